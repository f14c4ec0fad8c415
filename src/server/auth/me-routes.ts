import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NotificationSettings } from '../../contracts/auth.ts';
import { responses } from '../../contracts/common.ts';
import type { Deps } from '../../app/deps.ts';
import { getNotificationSettings, setNotificationSettings } from '../../app/admin/users.ts';
import { requireActor } from '../plugins/auth.ts';

export async function meRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Mina inställningar'];
  const response = responses({ 200: NotificationSettings });
  app.get(
    '/api/v1/me/notifications',
    { schema: { tags, summary: 'Mina e-postinställningar', response } },
    async (req) => getNotificationSettings(deps, requireActor(req)),
  );
  app.put(
    '/api/v1/me/notifications',
    {
      schema: {
        tags,
        summary: 'Slå på eller av påminnelser och veckobrev',
        body: NotificationSettings,
        response,
      },
    },
    async (req) => setNotificationSettings(deps, requireActor(req), req.body),
  );
}
