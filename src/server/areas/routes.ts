import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { createArea, deleteArea, listAreas, renameArea } from '../../app/areas/areas.ts';
import { mergeArea } from '../../app/areas/merge.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Områden'];
/** The kommun by its 4-digit kommunkod or its organisation id. */
const kommun = z.string().min(1).max(40).describe('kommunkod (4 siffror) eller kommunens organisations-id');
const kommunParams = z.object({ kommun });
const areaParams = z.object({ kommun, id: z.uuid() });
// Trimmed and checked (1–100 characters) by the use case, which answers in Swedish and English.
const nameBody = z.object({ name: z.string().max(1000) });

export async function areaRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/municipalities/:kommun/areas',
    {
      schema: {
        tags,
        summary: 'Kommunens områden (delområden, stadsdelar, byar) och hur mycket vart och ett används',
        params: kommunParams,
      },
    },
    async (req) => listAreas(deps, requireActor(req), req.params.kommun),
  );

  app.post(
    '/api/v1/municipalities/:kommun/areas',
    {
      schema: { tags, summary: 'Lägg till ett område', params: kommunParams, body: nameBody },
    },
    async (req, reply) =>
      reply.status(201).send(await createArea(deps, requireActor(req), req.params.kommun, req.body)),
  );

  app.patch(
    '/api/v1/municipalities/:kommun/areas/:id',
    {
      schema: {
        tags,
        summary: 'Byt namn på ett område; enkäternas områdesfråga och titlar gjorda av namnet följer med',
        params: areaParams,
        body: nameBody,
      },
    },
    async (req) => renameArea(deps, requireActor(req), req.params.kommun, req.params.id, req.body),
  );

  app.delete(
    '/api/v1/municipalities/:kommun/areas/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort ett område som inget använder (409 med det som använder det annars)',
        params: areaParams,
      },
    },
    async (req, reply) => {
      await deleteArea(deps, requireActor(req), req.params.kommun, req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/municipalities/:kommun/areas/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Slå ihop en dubblett med området som ska behållas: allt som pekar på dubbletten flyttas, dubbletten tas bort',
        params: areaParams,
        body: z.object({ intoId: z.uuid() }),
      },
    },
    async (req) => mergeArea(deps, requireActor(req), req.params.kommun, req.params.id, req.body),
  );
}
