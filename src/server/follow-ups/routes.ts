import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fileAnswer, filesAnswer, responses } from '../../contracts/common.ts';
import {
  CarryOverBody,
  CarryOverResult,
  ExportParams,
  FollowUpEdit,
  FollowUpList,
  FollowUpParams,
  FollowUpView,
  NewFollowUp,
  SigningBody,
} from '../../contracts/follow-ups.ts';
import type { Deps } from '../../app/deps.ts';
import { createFollowUp, getFollowUp, listFollowUps, updateFollowUp } from '../../app/follow-ups/followups.ts';
import { approveFollowUp, publishFollowUp, reviewFollowUp } from '../../app/follow-ups/workflow.ts';
import { carryOver } from '../../app/follow-ups/carry-over.ts';
import { followUpCsv, followUpReportFor } from '../../app/follow-ups/attachments.ts';
import { renderFollowUpDocx, renderFollowUpPdf } from '../../reports/index.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Uppföljning'];
const id = FollowUpParams;
const party = SigningBody;

/**
 * The kommuner's ids serve the access checks (the use cases' answers carry them
 * though their types do not say so); the answer names the kommuner instead.
 */
function shown(view: FollowUpView & { municipalityIds?: string[] }): FollowUpView {
  const { municipalityIds: _m, ...rest } = view;
  return rest;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function followUpRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/promise-sets/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Gör en uppföljning för en period (ifylld från utfallet)',
        params: id,
        body: NewFollowUp,
        response: responses({ 201: FollowUpView }, ['not_found', 'conflict']),
      },
    },
    async (req, reply) =>
      reply.status(201).send(shown(await createFollowUp(deps, requireActor(req), req.params.id, req.body))),
  );

  app.get(
    '/api/v1/promise-sets/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Uppföljningar av ett medborgarlöfte',
        params: id,
        response: responses({ 200: FollowUpList }, ['not_found']),
      },
    },
    async (req) => ({ followUps: (await listFollowUps(deps, requireActor(req), req.params.id)).map(shown) }),
  );

  app.get(
    '/api/v1/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'En uppföljning',
        params: id,
        response: responses({ 200: FollowUpView }, ['not_found']),
      },
    },
    async (req) => shown(await getFollowUp(deps, requireActor(req), req.params.id)),
  );

  app.put(
    '/api/v1/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'Ändra ett utkast: texter, mottagare och bedömningar',
        params: id,
        body: FollowUpEdit,
        response: responses({ 200: FollowUpView }, ['not_found', 'conflict']),
      },
    },
    async (req) => shown(await updateFollowUp(deps, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/v1/follow-ups/:id/review',
    {
      schema: {
        tags,
        summary: 'Granska för en part (polisen eller kommunen)',
        params: id,
        body: party,
        response: responses({ 200: FollowUpView }, ['not_found', 'conflict']),
      },
    },
    async (req) => shown(await reviewFollowUp(deps, requireActor(req), req.params.id, req.body?.party)),
  );
  app.post(
    '/api/v1/follow-ups/:id/approve',
    {
      schema: {
        tags,
        summary: 'Godkänn (ledningen: LPO-chef, kommunalråd) när perioden är slut',
        params: id,
        body: party,
        response: responses({ 200: FollowUpView }, ['not_found', 'conflict', 'period_not_ended']),
      },
    },
    async (req) => shown(await approveFollowUp(deps, requireActor(req), req.params.id, req.body?.party)),
  );
  app.post(
    '/api/v1/follow-ups/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publicera på kommunens sida',
        params: id,
        response: responses({ 200: FollowUpView }, ['not_found', 'conflict']),
      },
    },
    async (req) => shown(await publishFollowUp(deps, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/v1/follow-ups/:id/export.csv',
    {
      schema: {
        tags,
        summary: 'Uppföljningens siffror som CSV',
        params: id,
        response: responses({ 200: fileAnswer('text/csv', 'Uppföljningens siffror som CSV') }, ['not_found']),
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="uppfoljning.csv"')
        .send(followUpCsv(await getFollowUp(deps, requireActor(req), req.params.id))),
  );

  app.get(
    '/api/v1/follow-ups/:id/export.:format',
    {
      schema: {
        tags,
        summary: 'Uppföljningen som PDF eller Word',
        params: ExportParams,
        response: responses({ 200: filesAnswer('Uppföljningen som PDF eller Word', [PDF, DOCX]) }, ['not_found']),
      },
    },
    async (req, reply) => {
      const view = await followUpReportFor(deps, requireActor(req), req.params.id);
      const pdf = req.params.format === 'pdf';
      return reply
        .header('content-type', pdf ? PDF : DOCX)
        .header('content-disposition', `attachment; filename="uppfoljning-${view.period.from}.${req.params.format}"`)
        .send(pdf ? await renderFollowUpPdf(view) : await renderFollowUpDocx(view));
    },
  );

  app.post(
    '/api/v1/promise-sets/:id/carry-over',
    {
      schema: {
        tags,
        summary: 'För över ofullbordade åtaganden till nästa medborgarlöfte (ett utkast)',
        params: id,
        body: CarryOverBody,
        response: responses({ 200: CarryOverResult }, ['not_found', 'conflict']),
      },
    },
    async (req) => carryOver(deps, requireActor(req), req.params.id, req.body),
  );
}
