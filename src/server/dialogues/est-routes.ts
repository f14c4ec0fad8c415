import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { fileEstReport, getEstReport, listEstReports } from '../../app/dialogues/est.ts';
import { deleteEstReport, updateEstReport } from '../../app/dialogues/est-edit.ts';
import { estSummary, estWeekly } from '../../app/dialogues/est-views.ts';
import { EST_CHECKLIST, EST_LEVELS } from '../../domain/dialogues/est.ts';
import { NoContent, responses } from '../../contracts/common.ts';
import { IdParams } from '../../contracts/dialogues.ts';
import {
  EstChecklist,
  EstReportBody,
  EstReportList,
  EstReportListQuery,
  EstReportUpdateBody,
  EstReportView,
  EstSummary,
  EstSummaryQuery,
  EstWeekly,
  EstWeeklyQuery,
} from '../../contracts/est.ts';
import { requireActor } from '../plugins/auth.ts';
import { tags } from './common.ts';

export async function estRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/est/checklist',
    {
      schema: {
        tags,
        summary: 'EST-checklistan och svarsnivåerna (0 inget, 1 förekommer, 2 påtagligt)',
        security: [],
        response: responses({ 200: EstChecklist }, [], { public: true }),
      },
    },
    async () => ({ items: [...EST_CHECKLIST], levels: [...EST_LEVELS] }),
  );

  app.post(
    '/api/v1/est/reports',
    {
      schema: {
        tags,
        summary: 'Lämna en EST-rapport för ett område och en vecka',
        body: EstReportBody,
        response: responses({ 201: EstReportView }, ['conflict']),
      },
    },
    async (req, reply) => reply.status(201).send(await fileEstReport(deps, requireActor(req), req.body)),
  );

  app.get(
    '/api/v1/est/reports',
    {
      schema: {
        tags,
        summary: 'EST-rapporter du kan se',
        querystring: EstReportListQuery,
        response: responses({ 200: EstReportList }),
      },
    },
    async (req) => ({ reports: await listEstReports(deps, requireActor(req), req.query) }),
  );

  app.get(
    '/api/v1/est/reports/:id',
    {
      schema: {
        tags,
        summary: 'En EST-rapport',
        params: IdParams,
        response: responses({ 200: EstReportView }, ['not_found']),
      },
    },
    async (req) => getEstReport(deps, requireActor(req), req.params.id),
  );

  app.put(
    '/api/v1/est/reports/:id',
    {
      schema: {
        tags,
        summary: 'Ändra en EST-rapport: svaren och anteckningen, och veckan, området och iakttagelserna om de skickas',
        params: IdParams,
        body: EstReportUpdateBody,
        response: responses({ 200: EstReportView }, ['not_found', 'conflict']),
      },
    },
    async (req) => updateEstReport(deps, requireActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/est/reports/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort en EST-rapport',
        params: IdParams,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
    async (req, reply) => {
      await deleteEstReport(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/est/weekly',
    {
      schema: {
        tags,
        summary: 'Den gemensamma veckobilden: rapporterna sammanslagna per område och vecka',
        querystring: EstWeeklyQuery,
        response: responses({ 200: EstWeekly }, ['not_found']),
      },
    },
    async (req) => estWeekly(deps, requireActor(req), req.query),
  );

  app.get(
    '/api/v1/est/summary',
    {
      schema: {
        tags,
        summary: 'Områden med störst behov under ett kvartal, tertial, halvår eller år',
        querystring: EstSummaryQuery,
        response: responses({ 200: EstSummary }, ['not_found']),
      },
    },
    async (req) => estSummary(deps, requireActor(req), req.query),
  );
}
