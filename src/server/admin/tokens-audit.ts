import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDaySchema } from '../../domain/iso-day.ts';
import type { Deps } from '../../app/deps.ts';
import { createToken, listTokens, revokeToken } from '../../app/tokens.ts';
import { auditCsv, listAudit } from '../../app/audit-log.ts';
import { ROLES } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { requireActor } from '../plugins/auth.ts';

const day = isoDaySchema;

export async function tokenAndAuditRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['API-nycklar'];

  app.get('/api/v1/tokens', { schema: { tags, summary: 'API-nycklar för integrationer' } }, async (req) => ({
    tokens: await listTokens(deps, requireActor(req)),
  }));

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags,
        summary: 'Skapa en API-nyckel (visas bara en gång)',
        body: z.object({ organisationId: z.uuid(), role: z.enum(ROLES), name: z.string().max(200).optional() }),
      },
    },
    async (req, reply) => {
      const { token, view } = await createToken(deps, requireActor(req), req.body);
      return reply.status(201).send({ ...view, token });
    },
  );

  app.post(
    '/api/v1/tokens/:id/revoke',
    {
      schema: { tags, summary: 'Återkalla en API-nyckel', params: z.object({ id: z.uuid() }) },
    },
    async (req) => revokeToken(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['Händelselogg'],
        summary: 'Händelseloggen (JSON, eller CSV med format=csv)',
        querystring: z.object({
          from: day.optional(),
          to: day.optional(),
          action: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(10000).optional(),
          beforeId: z.string().regex(/^\d+$/).optional(),
          format: z.enum(['json', 'csv']).optional(),
        }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!actor.grants.some((g) => g.role === 'admin')) {
        throw new AppError(
          'forbidden',
          'Bara administratörer kan läsa händelseloggen',
          'Only admins can read the audit log',
        );
      }
      const { format, ...filter } = req.query;
      const entries = await listAudit(deps, actor, {
        ...filter,
        limit: filter.limit ?? (format === 'csv' ? 10000 : 200),
      });
      if (format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="handelselogg.csv"')
          .send(auditCsv(entries));
      }
      return { entries };
    },
  );
}
