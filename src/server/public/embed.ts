/**
 * The embeddable box: /inbaddning/kommun/<slug> is a compact page without
 * the site's chrome that any site may frame; /inbaddning/lofte.js puts it in
 * an iframe wherever <div data-medborgarlofte="kalix"></div> stands.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { kommunPageView, type KommunPageView } from '../../app/public/kommun.ts';
import { PUBLIC_STRINGS, publicLocale, type PublicLocale } from '../../i18n/public.ts';
import { html } from './html.ts';
import { embedPage, notFoundPage, withLang } from './layout.ts';
import { HTML, sendCached } from './respond.ts';
import { EMBEDDABLE_ANYWHERE, LOADABLE_ANYWHERE } from '../plugins/security-headers.ts';
import { longDate, progressBlock, targetText } from './promise-section.ts';
import { planWhat } from '../../domain/promise-set.ts';

export const EMBED_SCRIPT = `/* Medborgarlöften: <div data-medborgarlofte="kalix" data-title="Medborgarlöften i Kalix"></div> */
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : '';
  function mount(el) {
    var slug = el.getAttribute('data-medborgarlofte') || '';
    if (el.getAttribute('data-medborgarlofte-klar') || !/^[a-z0-9-]+$/.test(slug)) return;
    var en = el.getAttribute('data-lang') === 'en';
    var frame = document.createElement('iframe');
    frame.src = origin + '/inbaddning/kommun/' + slug + (en ? '?lang=en' : '');
    frame.title = el.getAttribute('data-title') || (en ? 'Citizen promises of the police and the municipality' : 'Polisens och kommunens medborgarlöften');
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = (parseInt(el.getAttribute('data-height') || '', 10) || 640) + 'px';
    el.setAttribute('data-medborgarlofte-klar', '1');
    el.appendChild(frame);
  }
  function run() { Array.prototype.forEach.call(document.querySelectorAll('[data-medborgarlofte]'), mount); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run); else run();
})();
`;

function embedBody(view: KommunPageView, locale: PublicLocale) {
  const t = PUBLIC_STRINGS[locale];
  const { kommun, published } = view;
  const commitments = published?.set.focusAreas.flatMap((a) => a.commitments.map((c) => ({ c, area: a.title }))) ?? [];
  return html`<h1>${t.promisesHeading}: ${kommun.name}</h1>
${published?.set.title ? html`<p class="period">${published.set.title}</p>` : ''}
${view.lastUpdated ? html`<p class="updated">${t.lastUpdated}: ${longDate(view.lastUpdated, locale)}</p>` : ''}
${
  commitments.length
    ? html`<ul class="commitments">${commitments.map(({ c, area }) => {
        const p = c.id ? view.progress.get(c.id) : undefined;
        return html`<li class="commitment"><p>${planWhat(c, area)}</p><p class="target"><strong>${t.promiseWord}:</strong> ${locale === 'fi' || locale === 'fit' ? html`<span lang="sv">${targetText(c, 'sv')}</span>` : targetText(c, locale)}</p>${
          p ? progressBlock(c.target, p, view.at, locale, published?.set.period?.from ?? null) : ''
        }</li>`;
      })}</ul>`
    : html`<p>${kommun.active ? (view.ended.length || view.coming.length ? t.noCurrentPromise(kommun.name) : t.noPromises) : t.notUsing(kommun.name)}</p>`
}
<p><a href="${withLang(`/kommun/${kommun.slug}`, locale)}" target="_top">${t.embedMore(kommun.name)}</a></p>`;
}

export async function embedRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/inbaddning/lofte.js', { schema: { hide: true }, helmet: LOADABLE_ANYWHERE }, async (_req, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .header('access-control-allow-origin', '*')
      .send(EMBED_SCRIPT),
  );

  app.get<{ Params: { slug: string }; Querystring: { lang?: string } }>(
    '/inbaddning/kommun/:slug',
    { schema: { hide: true }, helmet: EMBEDDABLE_ANYWHERE },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang);
      const { slug } = req.params;
      return sendCached(deps, req, reply, {
        key: `/inbaddning/kommun/${slug}?lang=${locale}`,
        scope: { kind: 'kommun', slug },
        render: async () => {
          const view = await kommunPageView(deps, slug);
          if (!view) return { status: 404, contentType: HTML, body: notFoundPage(locale) };
          return {
            contentType: HTML,
            body: embedPage({ locale, title: view.kommun.name, body: embedBody(view, locale) }),
          };
        },
      });
    },
  );
}
