import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { closeWalk, planNextWalk, planWalk, recordFollowUp, recordWalk } from '../../app/dialogues/safety-walks.ts';
import { getDialogue, listDialogues } from '../../app/dialogues/dialogues.ts';
import { AppError } from '../../domain/errors.ts';
import { responses } from '../../contracts/common.ts';
import {
  DialogueView,
  FollowUpBody,
  IdParams,
  PlanNextWalkBody,
  PlanWalkBody,
  RecordWalkBody,
  SafetyWalkList,
  SafetyWalkListQuery,
} from '../../contracts/dialogues.ts';
import { requireActor } from '../plugins/auth.ts';
import { tags } from './common.ts';

/** Trygghetsvandringar are dialogues of kind 'trygghetsvandring'; these routes take them through their steps. */
export async function walkRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/safety-walks',
    {
      schema: {
        tags,
        summary: 'Planera en trygghetsvandring (steg 1: förmöte)',
        body: PlanWalkBody,
        response: responses({ 201: DialogueView }, ['conflict']),
      },
    },
    async (req, reply) => reply.status(201).send(await planWalk(deps, requireActor(req), req.body)),
  );

  app.get(
    '/api/v1/safety-walks',
    {
      schema: {
        tags,
        summary: 'Trygghetsvandringar du kan se',
        querystring: SafetyWalkListQuery,
        response: responses({ 200: SafetyWalkList }, ['not_found']),
      },
    },
    async (req) => ({
      walks: await listDialogues(deps, requireActor(req), { ...req.query, kind: 'trygghetsvandring' }),
    }),
  );

  app.get(
    '/api/v1/safety-walks/:id',
    {
      schema: {
        tags,
        summary: 'En trygghetsvandring med steg, iakttagelser och varningar',
        params: IdParams,
        response: responses({ 200: DialogueView }, ['not_found']),
      },
    },
    async (req) => {
      const d = await getDialogue(deps, requireActor(req), req.params.id);
      if (d.kind !== 'trygghetsvandring')
        throw new AppError('not_found', 'Trygghetsvandringen finns inte', 'Safety walk not found');
      return d;
    },
  );

  app.post(
    '/api/v1/safety-walks/:id/walk',
    {
      schema: {
        tags,
        summary: 'Registrera vandringen (steg 2): datum, deltagare och iakttagelser',
        params: IdParams,
        body: RecordWalkBody,
        response: responses({ 200: DialogueView }, ['not_found', 'conflict']),
      },
    },
    async (req) => recordWalk(deps, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/safety-walks/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Återkopplingsmötet (steg 3): ansvarig, åtgärd och datum per iakttagelse',
        params: IdParams,
        body: FollowUpBody,
        response: responses({ 200: DialogueView }, ['not_found', 'conflict']),
      },
    },
    async (req) => recordFollowUp(deps, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/safety-walks/:id/close',
    {
      schema: {
        tags,
        summary: 'Markera vandringen som klar; öppna åtgärder visas ändå tills de är gjorda',
        params: IdParams,
        response: responses({ 200: DialogueView }, ['not_found', 'conflict']),
      },
    },
    async (req) => closeWalk(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/safety-walks/:id/plan-next',
    {
      schema: {
        tags,
        summary: 'Planera ny vandring på samma slinga och område',
        params: IdParams,
        body: PlanNextWalkBody,
        response: responses({ 201: DialogueView }, ['not_found', 'conflict']),
      },
    },
    async (req, reply) => reply.status(201).send(await planNextWalk(deps, requireActor(req), req.params.id, req.body)),
  );
}
