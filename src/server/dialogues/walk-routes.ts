import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { closeWalk, planNextWalk, planWalk, recordFollowUp, recordWalk } from '../../app/dialogues/safety-walks.ts';
import { getDialogue, listDialogues } from '../../app/dialogues/dialogues.ts';
import { AppError } from '../../domain/errors.ts';
import { kommunRef, isoDate } from '../../domain/dialogues/dialogue.ts';
import { WALK_STAGES } from '../../domain/dialogues/safety-walk.ts';
import {
  followUpSchema,
  planNextWalkSchema,
  planWalkSchema,
  recordWalkSchema,
} from '../../domain/dialogues/walk-input.ts';
import { requireActor } from '../plugins/auth.ts';
import { idParams, tags } from './common.ts';

/** Trygghetsvandringar are dialogues of kind 'trygghetsvandring'; these routes take them through their steps. */
export async function walkRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/safety-walks',
    {
      schema: { tags, summary: 'Planera en trygghetsvandring (steg 1: förmöte)', body: planWalkSchema },
    },
    async (req, reply) => reply.status(201).send(await planWalk(deps, requireActor(req), req.body)),
  );

  app.get(
    '/api/v1/safety-walks',
    {
      schema: {
        tags,
        summary: 'Trygghetsvandringar du kan se',
        querystring: z.object({
          kommun: kommunRef.optional(),
          stage: z.enum(WALK_STAGES).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
      },
    },
    async (req) => ({
      walks: await listDialogues(deps, requireActor(req), { ...req.query, kind: 'trygghetsvandring' }),
    }),
  );

  app.get(
    '/api/v1/safety-walks/:id',
    { schema: { tags, summary: 'En trygghetsvandring med steg, iakttagelser och varningar', params: idParams } },
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
        params: idParams,
        body: recordWalkSchema,
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
        params: idParams,
        body: followUpSchema,
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
        params: idParams,
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
        params: idParams,
        body: planNextWalkSchema,
      },
    },
    async (req, reply) => reply.status(201).send(await planNextWalk(deps, requireActor(req), req.params.id, req.body)),
  );
}
