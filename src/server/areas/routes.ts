import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AreaList,
  AreaNameBody,
  AreaParams,
  AreaView,
  KommunParams,
  MergeAreaBody,
  MergeResult,
} from '../../contracts/areas.ts';
import { NoContent, responses } from '../../contracts/common.ts';
import type { Deps } from '../../app/deps.ts';
import { createArea, deleteArea, listAreas, renameArea } from '../../app/areas/areas.ts';
import { mergeArea } from '../../app/areas/merge.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Områden'];
const kommunParams = KommunParams;
const areaParams = AreaParams;
const nameBody = AreaNameBody;

export async function areaRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/municipalities/:kommun/areas',
    {
      schema: {
        tags,
        summary: 'Kommunens områden (delområden, stadsdelar, byar) och hur mycket vart och ett används',
        params: kommunParams,
        response: responses({ 200: AreaList }, ['not_found']),
      },
    },
    async (req) => listAreas(deps, requireActor(req), req.params.kommun),
  );

  app.post(
    '/api/v1/municipalities/:kommun/areas',
    {
      schema: {
        tags,
        summary: 'Lägg till ett område',
        params: kommunParams,
        body: nameBody,
        response: responses({ 201: AreaView }, ['not_found', 'conflict']),
      },
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
        response: responses({ 200: AreaView }, ['not_found', 'conflict']),
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
        response: responses({ 204: NoContent }, ['not_found', 'conflict']),
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
        body: MergeAreaBody,
        response: responses({ 200: MergeResult }, ['not_found', 'conflict']),
      },
    },
    async (req) => mergeArea(deps, requireActor(req), req.params.kommun, req.params.id, req.body),
  );
}
