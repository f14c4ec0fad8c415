/** /kommun/<slug>, its follow-ups and its Atom feed: rendered once per change, served from the database cache. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { kommunPageView } from '../../app/public/kommun.ts';
import { publishedFollowUp, publishedFollowUpReport } from '../../app/public/follow-ups.ts';
import { renderFollowUpPdf } from '../../reports/follow-up-report.ts';
import { kommunFeed } from '../../app/public/feed.ts';
import { kommunBy } from '../../app/public/published.ts';
import { publicLocale, type PublicLocale } from '../../i18n/public.ts';
import { publicLanguagesOf } from '../../app/public-languages/settings.ts';
import { notFoundPage } from './layout.ts';
import { HTML, sendCached, type Rendered } from './respond.ts';
import { kommunPage } from './kommun-page.ts';
import { followUpPage } from './follow-up-page.ts';
import { atomFeed } from './atom.ts';

type Params = { slug: string; id: string };
type Query = { lang?: string };

/** Published follow-ups link their report as PDF (rendered by src/reports/follow-up-report.ts). */
export const FOLLOW_UP_PDF = true;

const notFound = (locale: PublicLocale): Rendered => ({ status: 404, contentType: HTML, body: notFoundPage(locale) });

export async function kommunRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const base = deps.config.publicBaseUrl;

  app.get<{ Params: Pick<Params, 'slug'>; Querystring: Query }>(
    '/kommun/:slug',
    { schema: { hide: true } },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang);
      const { slug } = req.params;
      return sendCached(deps, req, reply, {
        key: `/kommun/${slug}?lang=${locale}`,
        scope: { kind: 'kommun', slug },
        render: async () => {
          const view = await kommunPageView(deps, slug);
          if (!view) return notFound(locale);
          const languages = await publicLanguagesOf(deps.db, slug);
          return { contentType: HTML, body: kommunPage(view, locale, base, FOLLOW_UP_PDF, languages) };
        },
      });
    },
  );

  app.get<{ Params: Params; Querystring: Query }>(
    '/kommun/:slug/uppfoljning/:id',
    { schema: { hide: true } },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang);
      const { slug, id } = req.params;
      if (id.endsWith('.pdf')) return sendFollowUpPdf(req, reply, slug, id.slice(0, -4));
      return sendCached(deps, req, reply, {
        key: `/kommun/${slug}/uppfoljning/${id}?lang=${locale}`,
        scope: { kind: 'kommun', slug },
        render: async () => {
          const kommun = await kommunBy(deps, { slug });
          const f = kommun?.active ? await publishedFollowUp(deps, kommun.id, id) : undefined;
          if (!kommun || !f) return notFound(locale);
          const languages = await publicLanguagesOf(deps.db, slug);
          return { contentType: HTML, body: followUpPage(kommun, f, locale, base, FOLLOW_UP_PDF, languages) };
        },
      });
    },
  );

  /** The report as PDF, in Swedish (the report renderers write Swedish). */
  function sendFollowUpPdf(req: FastifyRequest, reply: FastifyReply, slug: string, id: string) {
    return sendCached(deps, req, reply, {
      key: `/kommun/${slug}/uppfoljning/${id}.pdf`,
      scope: { kind: 'kommun', slug },
      headers: { 'content-disposition': `inline; filename="uppfoljning-${slug.replace(/[^a-z0-9-]/g, '')}.pdf"` },
      render: async () => {
        const kommun = await kommunBy(deps, { slug });
        const view = kommun?.active ? await publishedFollowUpReport(deps, kommun.id, id) : undefined;
        return view
          ? { contentType: 'application/pdf', body: await renderFollowUpPdf(view, { generatedAt: deps.now() }) }
          : notFound('sv');
      },
    });
  }

  app.get<{ Params: Pick<Params, 'slug'> }>(
    '/kommun/:slug/flode.atom',
    { schema: { hide: true } },
    async (req, reply) => {
      const { slug } = req.params;
      return sendCached(deps, req, reply, {
        key: `/kommun/${slug}/flode.atom`,
        scope: { kind: 'kommun', slug },
        headers: { 'access-control-allow-origin': '*' },
        render: async () => {
          const feed = await kommunFeed(deps, slug);
          return feed
            ? { contentType: 'application/atom+xml; charset=utf-8', body: atomFeed(feed, base) }
            : notFound('sv');
        },
      });
    },
  );
}
