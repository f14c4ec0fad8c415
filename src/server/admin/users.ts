import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NoContent, responses } from '../../contracts/common.ts';
import {
  AddMembershipBody,
  ChangeRoleBody,
  CreatedUser,
  CreateUserBody,
  IdParams,
  MembershipCreated,
  PasswordLinkSent,
  UpdateUserBody,
  User,
  UserList,
} from '../../contracts/users.ts';
import type { Deps } from '../../app/deps.ts';
import { getUser, listUsers, updateUser } from '../../app/admin/users.ts';
import { addMembership, changeMembershipRole, removeMembership } from '../../app/admin/memberships.ts';
import { createUserAndInvite, sendPasswordLink } from '../../app/auth/password-links.ts';
import { requireActor } from '../plugins/auth.ts';

const id = IdParams;

export async function userRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Användare'];

  app.get(
    '/api/v1/users',
    { schema: { tags, summary: 'Användare i dina organisationer', response: responses({ 200: UserList }) } },
    async (req) => ({ users: await listUsers(deps, requireActor(req)) }),
  );

  app.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: 'En användare', params: id, response: responses({ 200: User }, ['not_found']) } },
    async (req) => getUser(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Skapa en användare med ett första medlemskap; hen får en länk i e-post för att välja lösenord',
        body: CreateUserBody,
        response: responses({ 201: CreatedUser }, ['not_found', 'conflict']),
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
        body: UpdateUserBody,
        response: responses({ 200: User }, ['not_found', 'rate_limited']),
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
        response: responses({ 202: PasswordLinkSent }, ['not_found', 'rate_limited']),
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
        body: AddMembershipBody,
        response: responses({ 201: MembershipCreated }, ['not_found', 'conflict']),
      },
    },
    async (req, reply) => reply.status(201).send(await addMembership(deps, requireActor(req), req.body)),
  );

  app.patch(
    '/api/v1/memberships/:id',
    {
      schema: {
        tags: mtags,
        summary: 'Byt roll',
        params: id,
        body: ChangeRoleBody,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
    async (req, reply) => {
      await changeMembershipRole(deps, requireActor(req), req.params.id, req.body.role);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/v1/memberships/:id',
    {
      schema: {
        tags: mtags,
        summary: 'Ta bort ett medlemskap',
        params: id,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
    async (req, reply) => {
      await removeMembership(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
