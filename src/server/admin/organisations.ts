import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import {
  PARTNER_TYPES,
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '../../app/organisations.ts';
import { requireActor } from '../plugins/auth.ts';
import { ORGANISATION_KINDS } from '../../domain/organisation-kinds.ts';

const tags = ['Organisationer'];
const id = z.object({ id: z.uuid() });
const kind = z.enum(ORGANISATION_KINDS);

export async function organisationRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Organisationer du kan se',
        querystring: z.object({ kind: kind.optional(), q: z.string().max(100).optional() }),
      },
    },
    async (req) => ({ organisations: await listOrganisations(deps, requireActor(req), req.query) }),
  );

  app.get('/api/v1/organisations/:id', { schema: { tags, summary: 'En organisation', params: id } }, async (req) =>
    getOrganisation(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Skapa polisregion, lokalpolisområde eller samverkanspart',
        body: z.object({
          kind: z.enum(['region', 'police_area', 'partner']),
          name: z.string().min(1).max(200),
          parentId: z.uuid().nullable().optional(),
          partnerType: z.enum(PARTNER_TYPES).nullable().optional(),
          covers: z.array(z.uuid()).max(300).optional(),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await createOrganisation(deps, requireActor(req), req.body)),
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Ändra en organisation',
        params: id,
        body: z.object({
          name: z.string().min(1).max(200).optional(),
          active: z.boolean().optional(),
          partnerType: z.enum(PARTNER_TYPES).optional(),
          covers: z.array(z.uuid()).max(300).optional(),
        }),
      },
    },
    async (req) => updateOrganisation(deps, requireActor(req), req.params.id, req.body),
  );
}
