import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { addFindings, getDialogue, listDialogues, registerDialogue } from '../../app/dialogues/dialogues.ts';
import { openActions, updateFinding } from '../../app/dialogues/actions.ts';
import { deleteDialogue, updateDialogue } from '../../app/dialogues/edit.ts';
import { dialogueUpdateSchema } from '../../domain/dialogues/dialogue-edit.ts';
import { PROBLEM_CATEGORIES, SERIOUSNESS_LEVELS } from '../../domain/dialogues/categories.ts';
import {
  addFindingsSchema,
  DIALOGUE_KIND_LABELS,
  dialogueInputSchema,
  findingPatchSchema,
  isoDate,
  kommunRef,
  REGISTERED_KINDS,
} from '../../domain/dialogues/dialogue.ts';
import { WALK_STAGES } from '../../domain/dialogues/safety-walk.ts';
import { requireActor } from '../plugins/auth.ts';
import { walkRoutes } from './walk-routes.ts';
import { estRoutes } from './est-routes.ts';
import { idParams, tags } from './common.ts';

export async function dialogueRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/dialogues/categories',
    {
      schema: { tags, summary: 'Problemkategorier, allvarlighetsgrader (1–5) och dialogformer', security: [] },
    },
    async () => ({
      categories: PROBLEM_CATEGORIES,
      seriousness: SERIOUSNESS_LEVELS,
      kinds: Object.entries(DIALOGUE_KIND_LABELS).map(([key, v]) => ({ key, ...v })),
    }),
  );

  app.post(
    '/api/v1/dialogues',
    {
      schema: {
        tags,
        summary:
          'Registrera en medborgardialog, medarbetardialog eller genomförd trygghetsvandring med deltagare och iakttagelser',
        body: dialogueInputSchema,
      },
    },
    async (req, reply) => reply.status(201).send(await registerDialogue(deps, requireActor(req), req.body)),
  );

  app.get(
    '/api/v1/dialogues',
    {
      schema: {
        tags,
        summary: 'Dialoger och trygghetsvandringar du kan se',
        querystring: z.object({
          kommun: kommunRef.optional(),
          kind: z.enum(REGISTERED_KINDS).optional(),
          stage: z.enum(WALK_STAGES).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
      },
    },
    async (req) => ({ dialogues: await listDialogues(deps, requireActor(req), req.query) }),
  );

  app.get(
    '/api/v1/dialogues/open-actions',
    {
      schema: {
        tags,
        summary: 'Öppna åtgärder i kommunen tills de är klara, tidigast datum först; försenade markeras',
        querystring: z.object({ kommun: kommunRef }),
      },
    },
    async (req) => openActions(deps, requireActor(req), req.query.kommun),
  );

  app.get(
    '/api/v1/dialogues/:id',
    { schema: { tags, summary: 'En dialog med iakttagelser och varningar', params: idParams } },
    async (req) => getDialogue(deps, requireActor(req), req.params.id),
  );

  app.patch(
    '/api/v1/dialogues/:id',
    {
      schema: {
        tags,
        summary:
          'Rätta en dialog: datum, plats, område, deltagare, anteckning och (om de skickas) hela listan med iakttagelser; ' +
          'en iakttagelse med id ändras, utan id läggs den till, en som saknas tas bort',
        params: idParams,
        body: dialogueUpdateSchema,
      },
    },
    async (req) => updateDialogue(deps, requireActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/dialogues/:id',
    {
      schema: {
        tags,
        summary:
          'Ta bort en dialog med dess iakttagelser; 409 om en iakttagelse har en åtgärd eller en senare vandring bygger på den',
        params: idParams,
      },
    },
    async (req, reply) => {
      await deleteDialogue(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/dialogues/:id/findings',
    {
      schema: { tags, summary: 'Lägg till iakttagelser i en dialog', params: idParams, body: addFindingsSchema },
    },
    async (req, reply) =>
      reply.status(201).send(await addFindings(deps, requireActor(req), req.params.id, req.body.findings)),
  );

  app.patch(
    '/api/v1/dialogues/:id/findings/:findingId',
    {
      schema: {
        tags,
        summary: 'Ansvarig, åtgärd och datum för en iakttagelse, eller markera den som klar (doneAt)',
        params: idParams.extend({ findingId: z.uuid({ error: 'Ogiltigt id' }) }),
        body: findingPatchSchema,
      },
    },
    async (req) => updateFinding(deps, requireActor(req), req.params.id, req.params.findingId, req.body),
  );

  await app.register(async (scope) => walkRoutes(scope, deps));
  await app.register(async (scope) => estRoutes(scope, deps));
}
