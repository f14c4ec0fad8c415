import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AuthOptions,
  LoginBody,
  LoginResult,
  PasswordResetAnswer,
  PasswordResetBody,
  PasswordResetConfirmBody,
  SessionInfo,
} from '../../contracts/auth.ts';
import { NoContent, responses } from '../../contracts/common.ts';
import type { Deps } from '../../app/deps.ts';
import { confirmPasswordReset, login, logout, requestPasswordReset } from '../../app/auth/auth.ts';
import { getUser } from '../../app/admin/users.ts';
import { actorForUser } from '../../app/access.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../plugins/auth.ts';

const tags = ['Inloggning'];

export async function authRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags,
        summary: 'Logga in med e-post och lösenord',
        security: [],
        body: LoginBody,
        response: responses({ 200: LoginResult }, ['invalid_credentials', 'rate_limited', 'csrf_failed'], {
          public: true,
        }),
      },
    },
    async (req, reply) => {
      const session = await login(deps, { ...req.body, address: req.ip });
      setSessionCookie(reply, deps, session.token, session.expiresAt);
      const actor = await actorForUser(deps.db, session.userId);
      const user = actor ? await getUser(deps, actor, session.userId) : null;
      return { user, csrfToken: session.csrfToken };
    },
  );

  const sessionSchema = { tags, summary: 'Den inloggade användaren', response: responses({ 200: SessionInfo }) };
  app.get('/api/v1/auth/session', { schema: sessionSchema }, async (req) => {
    const actor = requireActor(req);
    if (!req.session) return { user: null, token: { label: actor.label }, csrfToken: null };
    return {
      user: await getUser(deps, actor, req.session.userId),
      csrfToken: req.session.csrfToken,
      oidc: deps.config.oidc ? { label: deps.config.oidc.label } : null,
    };
  });

  const logoutSchema = {
    tags,
    summary: 'Logga ut',
    security: [],
    response: responses({ 204: NoContent }, ['csrf_failed'], { public: true }),
  };
  app.post('/api/v1/auth/logout', { schema: logoutSchema }, async (req, reply) => {
    if (req.session) await logout(deps, req.session.token);
    clearSessionCookie(reply, deps);
    return reply.status(204).send();
  });

  const optionsSchema = {
    tags,
    summary: 'Inloggningssätt',
    security: [],
    response: responses({ 200: AuthOptions }, [], { public: true }),
  };
  app.get('/api/v1/auth/options', { schema: optionsSchema }, async () => ({
    password: true,
    oidc: deps.config.oidc ? { label: deps.config.oidc.label, url: '/api/v1/auth/oidc/login' } : null,
  }));

  app.post(
    '/api/v1/auth/password-reset',
    {
      schema: {
        tags,
        summary: 'Begär en länk för nytt lösenord',
        security: [],
        body: PasswordResetBody,
        response: responses({ 202: PasswordResetAnswer }, ['csrf_failed'], { public: true }),
      },
    },
    async (req, reply) => {
      await requestPasswordReset(deps, { email: req.body.email, address: req.ip });
      return reply.status(202).send({
        message: 'Om adressen hör till ett konto har vi skickat en länk för att välja nytt lösenord.',
        messageEn: 'If the address belongs to an account, we have sent a link to choose a new password.',
      });
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Välj nytt lösenord med länken från e-posten',
        security: [],
        body: PasswordResetConfirmBody,
        response: responses({ 204: NoContent }, ['invalid_token', 'csrf_failed'], { public: true }),
      },
    },
    async (req, reply) => {
      await confirmPasswordReset(deps, req.body);
      return reply.status(204).send();
    },
  );
}
