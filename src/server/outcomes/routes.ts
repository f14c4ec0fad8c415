import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NoContent, responses } from '../../contracts/common.ts';
import {
  IndicatorBody,
  IndicatorList,
  IndicatorParams,
  IndicatorPatch,
  IndicatorProposals,
  IndicatorView,
  OutcomesAnswer,
  OutcomesQuery,
  SetParams,
} from '../../contracts/outcomes.ts';
import type { Deps } from '../../app/deps.ts';
import {
  addIndicator,
  changeIndicator,
  listIndicators,
  proposedIndicators,
  removeIndicator,
  setOutcomes,
} from '../../app/outcomes/indicators.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Effektmått'];

export async function outcomeRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/promise-sets/:id/outcome-indicators',
    {
      schema: {
        tags,
        summary: 'Medborgarlöftets effektmått: vad arbetet ska förändra och åt vilket håll',
        params: SetParams,
        response: responses({ 200: IndicatorList }, ['not_found']),
      },
    },
    async (req) => listIndicators(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/promise-sets/:id/outcome-indicators/proposals',
    {
      schema: {
        tags,
        summary: 'Effektmått som föreslås av lägesbildens problem som löftena besvarar (ännu inte tillagda)',
        params: SetParams,
        response: responses({ 200: IndicatorProposals }, ['not_found']),
      },
    },
    async (req) => proposedIndicators(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/promise-sets/:id/outcome-indicators',
    {
      schema: {
        tags,
        summary: 'Lägg till ett effektmått (brott, andel i en enkät, index eller summa ur aktiviteterna)',
        params: SetParams,
        body: IndicatorBody,
        response: responses({ 201: IndicatorView }, ['not_found']),
      },
    },
    async (req, reply) => reply.status(201).send(await addIndicator(deps, requireActor(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/v1/outcome-indicators/:id',
    {
      schema: {
        tags,
        summary: 'Ändra ett effektmått (namn, riktning, källa eller jämförelseperiod)',
        params: IndicatorParams,
        body: IndicatorPatch,
        response: responses({ 200: IndicatorView }, ['not_found']),
      },
    },
    async (req) => changeIndicator(deps, requireActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/outcome-indicators/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort ett effektmått',
        params: IndicatorParams,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
    async (req, reply) => {
      await removeIndicator(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/promise-sets/:id/outcomes',
    {
      schema: {
        tags,
        summary:
          'Har det gjort skillnad? Varje effektmått före och under perioden, förändringen med 95 % osäkerhetsintervall och en bedömning',
        params: SetParams,
        querystring: OutcomesQuery,
        response: responses({ 200: OutcomesAnswer }, ['not_found']),
      },
    },
    async (req) => setOutcomes(deps, requireActor(req), req.params.id, req.query),
  );
}
