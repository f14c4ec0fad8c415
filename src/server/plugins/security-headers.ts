/**
 * Security headers on every answer, set by helmet through @fastify/helmet
 * (ENGINEERING.md: no hand-written header sets), and no-store on the API's answers so that
 * nothing signed-in (a session, a CSRF token, a kommun's unpublished work)
 * stays in a browser's or a proxy's cache.
 *
 * One Content-Security-Policy serves the staff app and the public pages,
 * because both are built the same way: scripts, styles and fonts come only
 * from this server, nothing inline runs. Two exceptions, each for a reason:
 * - style attributes (`style-src-attr 'unsafe-inline'`): the public pages
 *   draw progress bars with `style="width:…%"` and the server-rendered SVG
 *   charts carry their font settings in style attributes; in the staff app
 *   ECharts writes its tooltips as HTML with style attributes. A style
 *   attribute can neither run script nor load from another site (img-src
 *   and font-src still apply), while `<style>` elements stay forbidden.
 * - images may be `data:` URLs: Designsystemet's CSS draws its icons so.
 * No page may be framed, except the embeddable box (EMBEDDABLE_ANYWHERE).
 */
import { createHash } from 'node:crypto';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

type RouteHelmet = Omit<FastifyHelmetOptions, 'global'>;

const DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  // The staff app's service worker (/app/sw.js) and web app manifest (issue 16): from this server only.
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const satisfies Record<string, readonly string[]>;

function csp(overrides: Partial<Record<keyof typeof DIRECTIVES, string[]>> = {}) {
  return { useDefaults: false, directives: { ...DIRECTIVES, ...overrides } };
}

const OPTIONS: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: csp(),
  // The old header for browsers that ignore frame-ancestors.
  frameguard: { action: 'deny' },
  // Survey and subscription addresses carry codes and tokens: other sites never see our paths.
  referrerPolicy: { policy: 'same-origin' },
};

/** Route option for the embeddable box: any site may frame it (the old X-Frame-Options cannot say so, hence off). */
export const EMBEDDABLE_ANYWHERE: RouteHelmet = {
  contentSecurityPolicy: csp({ frameAncestors: ['*'] }),
  frameguard: false,
};

/** Route option for public files other sites may load (the embed script, open data, share images). */
export const LOADABLE_ANYWHERE: RouteHelmet = {
  crossOriginResourcePolicy: { policy: 'cross-origin' },
};

/** Route option for a page that must carry one inline `<style>` (a printable page saved to disk): allowed by its hash only. */
export function withInlineStyle(css: string): RouteHelmet {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return { contentSecurityPolicy: csp({ styleSrc: ["'self'", `'sha256-${hash}'`] }) };
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // @fastify/helmet builds helmet's middleware anew on every request (parsing the CSP each time, about a
  // twentieth of a small request's CPU); the common headers come from one middleware built once by helmet
  // itself, and @fastify/helmet serves the routes that carry their own options (the route option `helmet`).
  const { global: _global, ...common } = OPTIONS;
  const commonHeaders = helmet(common as Parameters<typeof helmet>[0]);
  await app.register(fastifyHelmet, { ...OPTIONS, global: false });
  app.addHook('onRequest', (req, reply, done) => {
    if ((req.routeOptions.config as { helmet?: unknown } | undefined)?.helmet !== undefined) return done();
    commonHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  app.addHook('onSend', async (req, reply, payload) => {
    // Signed-in answers are never cached; other API answers only when their route says how (none does today).
    if (req.actor || (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
