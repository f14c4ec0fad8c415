import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { confirmPasswordReset, login, logout, requestPasswordReset } from '../../app/auth.ts';
import { getUser } from '../../app/users.ts';
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
        body: z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1000) }),
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

  app.get('/api/v1/auth/session', { schema: { tags, summary: 'Den inloggade användaren' } }, async (req) => {
    const actor = requireActor(req);
    if (!req.session) return { user: null, token: { label: actor.label }, csrfToken: null };
    return {
      user: await getUser(deps, actor, req.session.userId),
      csrfToken: req.session.csrfToken,
      oidc: deps.config.oidc ? { label: deps.config.oidc.label } : null,
    };
  });

  app.post('/api/v1/auth/logout', { schema: { tags, summary: 'Logga ut', security: [] } }, async (req, reply) => {
    if (req.session) await logout(deps, req.session.token);
    clearSessionCookie(reply, deps);
    return reply.status(204).send();
  });

  app.get('/api/v1/auth/options', { schema: { tags, summary: 'Inloggningssätt', security: [] } }, async () => ({
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
        body: z.object({ email: z.string().max(320) }),
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
        body: z.object({ token: z.string().min(1).max(200), password: z.string().max(1000) }),
      },
    },
    async (req, reply) => {
      await confirmPasswordReset(deps, req.body);
      return reply.status(204).send();
    },
  );
}
