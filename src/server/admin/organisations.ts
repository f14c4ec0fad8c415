import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import {
  CreateOrganisationBody,
  IdParams,
  Organisation,
  OrganisationList,
  OrganisationQuery,
  UpdateOrganisationBody,
} from '../../contracts/organisations.ts';
import type { Deps } from '../../app/deps.ts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '../../app/admin/organisations.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Organisationer'];
const id = IdParams;

export async function organisationRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Organisationer du kan se',
        querystring: OrganisationQuery,
        response: responses({ 200: OrganisationList }),
      },
    },
    async (req) => ({ organisations: await listOrganisations(deps, requireActor(req), req.query) }),
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: 'En organisation',
        params: id,
        response: responses({ 200: Organisation }, ['not_found']),
      },
    },
    async (req) => getOrganisation(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Skapa polisregion, lokalpolisområde eller samverkanspart',
        body: CreateOrganisationBody,
        response: responses({ 201: Organisation }, ['not_found']),
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
        body: UpdateOrganisationBody,
        response: responses({ 200: Organisation }, ['not_found']),
      },
    },
    async (req) => updateOrganisation(deps, requireActor(req), req.params.id, req.body),
  );
}
