import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OidcCallbackQuery, OidcLoginQuery } from '../../contracts/auth.ts';
import { Redirect, responses } from '../../contracts/common.ts';
import type { Deps } from '../../app/deps.ts';
import { beginOidcSignIn, finishOidcSignIn, OIDC_STATE_VALID_MS, type OidcFailure } from '../../app/auth/oidc.ts';
import { setSessionCookie } from '../plugins/auth.ts';

const tags = ['Inloggning'];
const SIGN_IN_PAGE = '/app/logga-in';

/**
 * Ties a sign-in to the browser that started it. Path-scoped and short-lived;
 * SameSite=Lax still sends it on the provider's top-level redirect back.
 */
const STATE_COOKIE = 'lofte_oidc_state';
const STATE_COOKIE_PATH = '/api/v1/auth/oidc';

/** These routes are browser navigations, so failures go to the sign-in page rather than answering JSON. */
function toSignInPage(req: FastifyRequest, reply: FastifyReply, failure: OidcFailure): FastifyReply {
  req.log.warn({ code: failure.code, reason: failure.reason, err: failure.cause }, 'OIDC sign-in failed');
  return reply.redirect(`${SIGN_IN_PAGE}?fel=${encodeURIComponent(failure.code)}`, 302);
}

export async function oidcRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/auth/oidc/login',
    {
      schema: {
        tags,
        summary: 'Logga in med organisationens konto (OIDC): skickar vidare till identitetsleverantören',
        security: [],
        querystring: OidcLoginQuery,
        // Failures too are redirects, to the sign-in page with ?fel=<code>.
        response: responses({ 302: Redirect }, [], { public: true }),
      },
    },
    async (req, reply) => {
      const result = await beginOidcSignIn(deps, { returnTo: req.query.returnTo });
      if (!result.ok) return toSignInPage(req, reply, result);
      reply.setCookie(STATE_COOKIE, result.state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.secureCookies,
        maxAge: OIDC_STATE_VALID_MS / 1000,
      });
      return reply.redirect(result.url, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      schema: {
        tags,
        summary: 'Identitetsleverantören skickar tillbaka hit efter inloggningen',
        security: [],
        querystring: OidcCallbackQuery,
        response: responses({ 302: Redirect }, [], { public: true }),
      },
    },
    async (req, reply) => {
      const queryAt = req.url.indexOf('?');
      const result = await finishOidcSignIn(deps, {
        search: queryAt === -1 ? '' : req.url.slice(queryAt),
        browserState: req.cookies[STATE_COOKIE],
      });
      reply.clearCookie(STATE_COOKIE, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.secureCookies,
      });
      if (!result.ok) return toSignInPage(req, reply, result);
      setSessionCookie(reply, deps, result.session.token, result.session.expiresAt);
      return reply.redirect(result.returnTo, 302);
    },
  );
}
