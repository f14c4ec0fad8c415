import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { addFindings, getDialogue, listDialogues, registerDialogue } from '../../app/dialogues/dialogues.ts';
import { openActions, updateFinding } from '../../app/dialogues/actions.ts';
import { deleteDialogue, updateDialogue } from '../../app/dialogues/edit.ts';
import { PROBLEM_CATEGORIES, SERIOUSNESS_LEVELS } from '../../domain/dialogues/categories.ts';
import { DIALOGUE_KIND_LABELS, type DialogueKind } from '../../domain/dialogues/dialogue.ts';
import { NoContent, responses } from '../../contracts/common.ts';
import {
  AddFindingsBody,
  Categories,
  DialogueBody,
  DialogueList,
  DialogueListQuery,
  DialogueUpdateBody,
  DialogueView,
  FindingParams,
  FindingPatchBody,
  FindingView,
  IdParams,
  OpenActions,
  OpenActionsQuery,
} from '../../contracts/dialogues.ts';
import { requireActor } from '../plugins/auth.ts';
import { walkRoutes } from './walk-routes.ts';
import { estRoutes } from './est-routes.ts';
import { tags } from './common.ts';

export async function dialogueRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/dialogues/categories',
    {
      schema: {
        tags,
        summary: 'Problemkategorier, allvarlighetsgrader (1–5) och dialogformer',
        security: [],
        response: responses({ 200: Categories }, [], { public: true }),
      },
    },
    async () => ({
      categories: [...PROBLEM_CATEGORIES],
      seriousness: [...SERIOUSNESS_LEVELS],
      kinds: Object.entries(DIALOGUE_KIND_LABELS).map(([key, v]) => ({ key: key as DialogueKind, ...v })),
    }),
  );

  app.post(
    '/api/v1/dialogues',
    {
      schema: {
        tags,
        summary:
          'Registrera en medborgardialog, medarbetardialog eller genomförd trygghetsvandring med deltagare och iakttagelser',
        body: DialogueBody,
        response: responses({ 201: DialogueView }, ['conflict']),
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
        querystring: DialogueListQuery,
        response: responses({ 200: DialogueList }, ['not_found']),
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
        querystring: OpenActionsQuery,
        response: responses({ 200: OpenActions }, ['not_found']),
      },
    },
    async (req) => openActions(deps, requireActor(req), req.query.kommun),
  );

  app.get(
    '/api/v1/dialogues/:id',
    {
      schema: {
        tags,
        summary: 'En dialog med iakttagelser och varningar',
        params: IdParams,
        response: responses({ 200: DialogueView }, ['not_found']),
      },
    },
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
        params: IdParams,
        body: DialogueUpdateBody,
        response: responses({ 200: DialogueView }, ['not_found', 'conflict']),
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
        params: IdParams,
        response: responses({ 204: NoContent }, ['not_found', 'conflict']),
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
      schema: {
        tags,
        summary: 'Lägg till iakttagelser i en dialog',
        params: IdParams,
        body: AddFindingsBody,
        response: responses({ 201: DialogueView }, ['not_found', 'conflict']),
      },
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
        params: FindingParams,
        body: FindingPatchBody,
        response: responses({ 200: FindingView }, ['not_found']),
      },
    },
    async (req) => updateFinding(deps, requireActor(req), req.params.id, req.params.findingId, req.body),
  );

  await app.register(async (scope) => walkRoutes(scope, deps));
  await app.register(async (scope) => estRoutes(scope, deps));
}
