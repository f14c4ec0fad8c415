import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../contracts/common.ts';
import { Alive, Ready } from '../../contracts/health.ts';
import type { Deps } from '../../app/deps.ts';
import { isReachable } from '../../db/connect.ts';

export async function healthRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  // Probes for the load balancer, not part of the API: hidden from its description, their answers still checked in tests.
  app.get('/healthz', { schema: { hide: true, response: { 200: Alive } } }, async () => ({ status: 'ok' as const }));
  const readySchema = { hide: true, response: { 200: Ready, 503: ErrorBody.describe('Fel: database_unreachable') } };
  app.get('/readyz', { schema: readySchema }, async (_req, reply) => {
    if (await isReachable(deps.db)) return { status: 'ok' as const, database: 'ok' as const };
    return reply.status(503).send({
      code: 'database_unreachable',
      message: 'Databasen går inte att nå',
      messageEn: 'The database cannot be reached',
    });
  });
}
