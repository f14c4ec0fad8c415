import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { resolveSession } from '../../app/auth/auth.ts';
import { authenticateToken } from '../../app/auth/tokens.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';

export const SESSION_COOKIE = 'lofte_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from a session cookie (not a bearer token). */
    session: { token: string; csrfToken: string; userId: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who is asking: a bearer API token or a session cookie. Cookie requests
 * that change something must echo the session's CSRF token in a header.
 *
 * It runs on `onRequest`, before the body is parsed or validated, so a
 * request without a signed-in actor to a route that needs one answers 401
 * whatever its body: bad input never tells a stranger what a route expects.
 * A route is public only when its schema says `security: []` (the OpenAPI
 * way to say "no authentication"), so a new route is closed by default.
 */
export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    await identify(req, deps);
    if (!req.actor && needsSignIn(req)) throw unauthenticated();
  });
}

async function identify(req: FastifyRequest, deps: Deps): Promise<void> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    req.actor = await authenticateToken(deps, header.slice(7).trim());
    return;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const session = await resolveSession(deps, cookie);
  if (!session) return;
  req.actor = session.actor;
  req.session = { token: cookie, ...session };
  if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
    throw new AppError(
      'csrf_failed',
      'Säkerhetskontrollen misslyckades. Ladda om sidan och försök igen.',
      'The security check (CSRF) failed. Reload the page and try again.',
    );
  }
}

/** Routes marked `security: []` in their schema are open; unknown addresses fall through to the 404 handler. */
function needsSignIn(req: FastifyRequest): boolean {
  if (!req.routeOptions.url) return false;
  const security = (req.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return !(Array.isArray(security) && security.length === 0);
}

function unauthenticated(): AppError {
  return new AppError('unauthenticated', 'Du behöver logga in', 'You need to sign in');
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies });
}
