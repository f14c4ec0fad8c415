import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '../../contracts/audit-log.ts';
import { fileAnswer, responses } from '../../contracts/common.ts';
import { ApiToken, CreatedToken, CreateTokenBody, IdParams, TokenList } from '../../contracts/tokens.ts';
import type { Deps } from '../../app/deps.ts';
import { createToken, listTokens, revokeToken } from '../../app/auth/tokens.ts';
import { auditCsv, listAudit } from '../../app/admin/audit-log.ts';
import { AppError } from '../../domain/errors.ts';
import { requireActor } from '../plugins/auth.ts';

/** JSON, or with format=csv the same entries as a CSV file. */
const auditAnswer = {
  description: 'Händelseloggen',
  content: {
    'application/json': { schema: AuditList },
    ...fileAnswer('text/csv', 'Händelseloggen som CSV (semikolon, UTF-8 med BOM)').content,
  },
};

export async function tokenAndAuditRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['API-nycklar'];

  app.get(
    '/api/v1/tokens',
    { schema: { tags, summary: 'API-nycklar för integrationer', response: responses({ 200: TokenList }) } },
    async (req) => ({ tokens: await listTokens(deps, requireActor(req)) }),
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags,
        summary: 'Skapa en API-nyckel (visas bara en gång)',
        body: CreateTokenBody,
        response: responses({ 201: CreatedToken }, ['not_found']),
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
      schema: {
        tags,
        summary: 'Återkalla en API-nyckel',
        params: IdParams,
        response: responses({ 200: ApiToken }, ['not_found']),
      },
    },
    async (req) => revokeToken(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['Händelselogg'],
        summary: 'Händelseloggen (JSON, eller CSV med format=csv)',
        querystring: AuditQuery,
        response: responses({ 200: auditAnswer }),
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
