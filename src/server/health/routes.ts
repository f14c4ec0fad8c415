import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { isReachable } from '../../db/connect.ts';

export async function healthRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    if (await isReachable(deps.db)) return { status: 'ok', database: 'ok' };
    return reply.status(503).send({
      code: 'database_unreachable',
      message: 'Databasen går inte att nå',
      messageEn: 'The database cannot be reached',
    });
  });
}
