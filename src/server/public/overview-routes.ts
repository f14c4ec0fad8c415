/** /sverige (the national page) and /lpo/<slug> (one police area). */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { listPoliceAreas, nationalOverview, policeAreaOverview } from '../../app/public/overview.ts';
import { PUBLIC_STRINGS, publicLocale } from '../../i18n/public.ts';
import { notFoundPage } from './layout.ts';
import { HTML, sendCached } from './respond.ts';
import { overviewPage, policeAreaLinks } from './overview-page.ts';

type Query = { lang?: string };

export async function overviewRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get<{ Querystring: Query }>('/sverige', { schema: { hide: true } }, async (req, reply) => {
    const locale = publicLocale(req.query.lang);
    const t = PUBLIC_STRINGS[locale];
    return sendCached(deps, req, reply, {
      key: `/sverige?lang=${locale}`,
      scope: { kind: 'national' },
      render: async () => {
        const [view, areas] = [await nationalOverview(deps), await listPoliceAreas(deps)];
        const body = overviewPage({
          view,
          locale,
          path: '/sverige',
          title: t.nationalTitle,
          intro: t.nationalIntro,
          extra: policeAreaLinks(areas, locale),
        });
        return { contentType: HTML, body };
      },
    });
  });

  app.get('/nationellt', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/sverige', 301));

  app.get<{ Params: { slug: string }; Querystring: Query }>(
    '/lpo/:slug',
    { schema: { hide: true } },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang);
      const t = PUBLIC_STRINGS[locale];
      const { slug } = req.params;
      return sendCached(deps, req, reply, {
        key: `/lpo/${slug}?lang=${locale}`,
        scope: { kind: 'lpo', slug },
        render: async () => {
          const view = await policeAreaOverview(deps, slug);
          if (!view) return { status: 404, contentType: HTML, body: notFoundPage(locale) };
          const name = view.policeArea.name;
          return {
            contentType: HTML,
            body: overviewPage({
              view,
              locale,
              path: `/lpo/${slug}`,
              title: t.lpoTitle(name),
              intro: t.lpoIntro(name),
            }),
          };
        },
      });
    },
  );
}
