/** Routes of survey results from outside (Polisen, Brå's NTU, SCB) per kommun; registered by statistics/routes.ts. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import {
  OutsideDeleteQuery,
  OutsideDeleteResult,
  OutsideImportBody,
  OutsideImportResult,
  OutsideListQuery,
  OutsideParams,
  OutsideSurveyList,
  OutsideYearParams,
} from '../../contracts/outside-surveys.ts';
import type { Deps } from '../../app/deps.ts';
import { deleteOutsideSurvey, importOutsideSurvey, listOutsideSurveys } from '../../app/trygghet/outside-surveys.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Statistik'];

export async function outsideSurveyRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/outside-surveys/:kommun',
    {
      schema: {
        tags,
        summary:
          'Kommunens resultat från Polisens trygghetsmätning, Brå:s NTU och SCB:s medborgarundersökning, per import',
        params: OutsideParams,
        querystring: OutsideListQuery,
        response: responses({ 200: OutsideSurveyList }, ['not_found']),
      },
    },
    async (req) => listOutsideSurveys(deps, requireActor(req), req.params.kommun, req.query.year),
  );

  app.post(
    '/api/v1/outside-surveys/:kommun/imports',
    {
      schema: {
        tags,
        summary:
          'Läs in en mätnings resultattabell (CSV) för kommunen och året: en ny fil ersätter den förra från samma källa och år; en felaktig rad gör att inget sparas',
        params: OutsideParams,
        body: OutsideImportBody,
        // validation_failed carries every bad row in details (OutsideRowsDetails).
        response: responses({ 201: OutsideImportResult }, ['not_found', 'payload_too_large']),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await importOutsideSurvey(deps, requireActor(req), req.params.kommun, req.body)),
  );

  app.delete(
    '/api/v1/outside-surveys/:kommun/:year',
    {
      schema: {
        tags,
        summary: 'Ta bort kommunens import från en källa och ett år, med alla dess resultat',
        params: OutsideYearParams,
        querystring: OutsideDeleteQuery,
        response: responses({ 200: OutsideDeleteResult }, ['not_found']),
      },
    },
    async (req) => deleteOutsideSurvey(deps, requireActor(req), req.params.kommun, req.params.year, req.query.source),
  );
}
