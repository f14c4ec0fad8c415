import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { listActiveMunicipalities } from '../../app/admin/organisations.ts';
import { PUBLIC_STRINGS, publicLocale } from '../../i18n/public.ts';
import { html } from './html.ts';
import { notFoundPage, page, withLang } from './layout.ts';
import { sendHtml } from './respond.ts';
import { kommunRoutes } from './kommun-routes.ts';
import { overviewRoutes } from './overview-routes.ts';
import { openDataRoutes } from './open-data-routes.ts';
import { subscriptionRoutes } from './subscription-routes.ts';
import { embedRoutes } from './embed.ts';
import { shareRoutes } from './share-routes.ts';

export { notFoundPage };

const CSS = readFileSync(new URL('./public.css', import.meta.url), 'utf8');
// One icon for the public pages and the staff app, drawn here rather than left to each browser's default.
const FAVICON = readFileSync(new URL('./favicon.svg', import.meta.url), 'utf8');

export async function publicRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/static/public.css', { schema: { hide: true } }, async (_req, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CSS),
  );
  app.get('/favicon.svg', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(FAVICON),
  );
  // Browsers that ignore <link rel="icon"> still ask for /favicon.ico; point them at the SVG instead of a 404.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/favicon.svg', 301));

  app.get<{ Querystring: { lang?: string } }>('/', { schema: { hide: true } }, async (req, reply) => {
    const locale = publicLocale(req.query.lang);
    const t = PUBLIC_STRINGS[locale];
    const kommuner = await listActiveMunicipalities(deps);
    const list = kommuner.length
      ? html`<ul class="cards">${kommuner.map(
          (k) =>
            html`<li><a href="${withLang(`/kommun/${k.slug}`, locale)}">${k.name}<small>${t.municipality} ${k.code}</small></a></li>`,
        )}</ul>`
      : html`<p>${t.noMunicipalities}</p>`;
    const body = html`<h1>${t.siteName}</h1>
<p class="tagline">${t.tagline}</p>
<p class="lead">${t.intro}</p>
<h2>${t.municipalitiesHeading}</h2>
${list}
<p><a href="${withLang('/sverige', locale)}">${t.nationalTitle}</a></p>`;
    return sendHtml(reply, page({ locale, title: t.start, path: '/', body }));
  });

  await kommunRoutes(app, deps);
  await overviewRoutes(app, deps);
  await openDataRoutes(app, deps);
  await subscriptionRoutes(app, deps);
  await embedRoutes(app, deps);
  await shareRoutes(app, deps);
}
