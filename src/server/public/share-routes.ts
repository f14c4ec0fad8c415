/**
 * Sharing: for a published follow-up or a performed activity, a page with
 * a suggested text and an image card, and the card itself as PNG.
 * /kommun/<slug>/dela/uppfoljning/<id>[.png], /kommun/<slug>/dela/aktivitet/<id>[.png]
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { activityShare, followUpShare, type Share } from '../../app/public/share.ts';
import { PUBLIC_CATALOGUES, PUBLIC_STRINGS, publicLocale, sharedLocale, type PublicLocale } from '../../i18n/public.ts';
import { html } from './html.ts';
import { notFoundPage, page, withLang } from './layout.ts';
import { HTML, sendCached, type Rendered } from './respond.ts';
import { renderPng, shareCardSvg } from './share-card.ts';
import { LOADABLE_ANYWHERE } from '../plugins/security-headers.ts';

const KINDS = { uppfoljning: followUpShare, aktivitet: activityShare } as const;

function sharePage(share: Share, path: string, locale: PublicLocale): string {
  const t = PUBLIC_STRINGS[locale];
  const what = `${share.card.kommunName}, ${share.card.when}: ${share.card.headline}`;
  // The share text and card exist in Swedish and English: a Finnish or Meänkieli page shows the Swedish, marked so.
  const swedish = sharedLocale(locale) !== locale;
  const when = swedish ? html`<span lang="sv">${share.card.when}</span>` : share.card.when;
  const body = html`<p class="breadcrumb"><a href="${withLang(share.path, locale)}">${t.backTo(share.kommun.name)}</a></p>
<h1>${t.shareTitle}: ${share.card.kommunName}, ${when}</h1>${swedish ? html`\n<p class="only-in-swedish">${PUBLIC_CATALOGUES[locale].onlyInSwedish}</p>` : ''}
<label for="share-text">${t.shareText}</label>
<textarea id="share-text" rows="5" readonly${swedish ? html` lang="sv"` : ''}>${share.text}</textarea>
<h2>${t.shareImage}</h2>
<p><img class="share-image" src="${path}.png${locale === 'en' ? '?lang=en' : ''}" width="1200" height="630" alt="${t.shareImageAlt(what)}"></p>
<p><a href="${path}.png${locale === 'en' ? '?lang=en' : ''}" download>${t.downloadImage}</a></p>`;
  return page({ locale, title: `${t.shareTitle}: ${share.card.kommunName}`, path, body });
}

function cardPng(share: Share, locale: PublicLocale): Buffer {
  const t = PUBLIC_STRINGS[locale];
  const footer =
    locale === 'sv' ? `Polisen och ${share.kommun.name} kommun` : `The police and ${share.kommun.name} municipality`;
  return renderPng(shareCardSvg(share.card, { product: t.siteName, tagline: t.tagline, footer }));
}

export async function shareRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get<{ Params: { slug: string; kind: string; id: string }; Querystring: { lang?: string } }>(
    '/kommun/:slug/dela/:kind/:id',
    { schema: { hide: true }, helmet: LOADABLE_ANYWHERE },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang);
      const { slug, kind } = req.params;
      const load = KINDS[kind as keyof typeof KINDS];
      const png = req.params.id.endsWith('.png');
      const id = png ? req.params.id.slice(0, -4) : req.params.id;
      const path = `/kommun/${slug}/dela/${kind}/${id}`;
      const notFound: Rendered = { status: 404, contentType: HTML, body: notFoundPage(locale) };
      return sendCached(deps, req, reply, {
        key: `${path}${png ? '.png' : ''}?lang=${locale}`,
        scope: { kind: 'kommun', slug },
        render: async () => {
          const share = Object.hasOwn(KINDS, kind) ? await load(deps, slug, id, sharedLocale(locale)) : undefined;
          if (!share) return notFound;
          return png
            ? { contentType: 'image/png', body: cardPng(share, locale) }
            : { contentType: HTML, body: sharePage(share, path, locale) };
        },
      });
    },
  );
}
