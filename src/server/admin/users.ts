import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { getUser, listUsers, updateUser } from '../../app/users.ts';
import { addMembership, changeMembershipRole, removeMembership } from '../../app/memberships.ts';
import { createUserAndInvite, sendPasswordLink } from '../../app/password-links.ts';
import { ROLES } from '../../domain/access/permissions.ts';
import { requireActor } from '../plugins/auth.ts';

const id = z.object({ id: z.uuid() });
const role = z.enum(ROLES);

export async function userRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Användare'];

  app.get('/api/v1/users', { schema: { tags, summary: 'Användare i dina organisationer' } }, async (req) => ({
    users: await listUsers(deps, requireActor(req)),
  }));

  app.get('/api/v1/users/:id', { schema: { tags, summary: 'En användare', params: id } }, async (req) =>
    getUser(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Skapa en användare med ett första medlemskap; hen får en länk i e-post för att välja lösenord',
        body: z.object({
          email: z.string().min(3).max(320),
          name: z.string().min(1).max(200),
          password: z
            .string()
            .max(1000)
            .nullable()
            .optional()
            .describe('Tas inte emot: användaren väljer själv lösenord via länken'),
          organisationId: z.uuid(),
          role,
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await createUserAndInvite(deps, requireActor(req), req.body)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Ändra namn eller stäng av (administratör); byt ditt eget lösenord (med det nuvarande)',
        params: id,
        body: z.object({
          name: z.string().min(1).max(200).optional(),
          disabled: z.boolean().optional(),
          password: z.string().max(1000).optional().describe('Bara ditt eget konto, tillsammans med currentPassword'),
          currentPassword: z.string().max(1000).optional(),
        }),
      },
    },
    async (req) => updateUser(deps, requireActor(req), req.params.id, req.body, req.session?.token),
  );

  app.post(
    '/api/v1/users/:id/password-link',
    {
      schema: {
        tags,
        summary: 'Skicka en länk för nytt lösenord till användarens e-post (administratören väljer aldrig lösenordet)',
        params: id,
      },
    },
    async (req, reply) => reply.status(202).send(await sendPasswordLink(deps, requireActor(req), req.params.id)),
  );

  const mtags = ['Medlemskap'];
  app.post(
    '/api/v1/memberships',
    {
      schema: {
        tags: mtags,
        summary: 'Ge en användare en roll i en organisation',
        body: z.object({ userId: z.uuid(), organisationId: z.uuid(), role }),
      },
    },
    async (req, reply) => reply.status(201).send(await addMembership(deps, requireActor(req), req.body)),
  );

  app.patch(
    '/api/v1/memberships/:id',
    {
      schema: { tags: mtags, summary: 'Byt roll', params: id, body: z.object({ role }) },
    },
    async (req, reply) => {
      await changeMembershipRole(deps, requireActor(req), req.params.id, req.body.role);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/v1/memberships/:id',
    { schema: { tags: mtags, summary: 'Ta bort ett medlemskap', params: id } },
    async (req, reply) => {
      await removeMembership(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
