import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import { Overview, OverviewQuery } from '../../contracts/overview.ts';
import type { Deps } from '../../app/deps.ts';
import { overview } from '../../app/overview/overview.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { requireActor } from '../plugins/auth.ts';

/** The staff overview: every commitment as a traffic light, and what needs attention. */
export async function overviewRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/overview',
    {
      schema: {
        tags: ['Uppföljning'],
        summary: 'Översikt: varje åtagande som trafikljus, och det som behöver uppmärksamhet',
        querystring: OverviewQuery,
        response: responses({ 200: Overview }),
      },
    },
    async (req) =>
      overview(deps, requireActor(req), {
        scopeOrgId: req.query.organisationId ?? null,
        at: req.query.at ?? swedishDay(deps.now()),
      }),
  );
}
