/**
 * E-mail subscription pages. Every link in a mail leads to a page with a
 * button: a link checker or mail scanner that follows links never confirms
 * or ends anything; the unsubscribe address also takes the RFC 8058
 * one-click POST directly.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { responses } from '../../contracts/common.ts';
import { PublicPage, SubscribeForm, TokenForm, TokenQuery } from '../../contracts/public.ts';
import {
  confirmSubscription,
  pendingSubscription,
  subscribe,
  subscriptionByUnsubscribeToken,
  unsubscribe,
} from '../../app/public/subscriptions.ts';
import { kommunBy } from '../../app/public/published.ts';
import { SUBSCRIPTION_STRINGS, publicLocale, type PublicLocale } from '../../i18n/public.ts';
import { html, type Raw } from './html.ts';
import { notFoundPage, page, withLang } from './layout.ts';
import { sendHtml } from './respond.ts';

type Query = { token?: string; lang?: string };

const tags = ['Prenumeration'];
/** The forms are in the API description (contracts/public.ts); they answer with a page, in the visitor's language. */
const PAGE = responses({ 200: PublicPage }, ['not_found', 'rate_limited'], { public: true });
const tokenSchema = (summary: string) => ({
  tags,
  summary,
  security: [],
  querystring: TokenQuery,
  body: TokenForm,
  response: PAGE,
});

function send(
  reply: FastifyReply,
  locale: PublicLocale,
  title: string,
  body: Raw,
  status = 200,
  switchHref?: (l: PublicLocale) => string,
) {
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  const head = html`<meta name="robots" content="noindex">`;
  return sendHtml(reply, page({ locale, title, path: '/prenumeration', body, head, switchHref }), status);
}

function badLink(reply: FastifyReply, locale: PublicLocale) {
  const s = SUBSCRIPTION_STRINGS[locale];
  return send(reply, locale, s.badLinkTitle, html`<h1>${s.badLinkTitle}</h1><p>${s.badLinkText}</p>`, 404);
}

function tokenForm(action: string, token: string, locale: PublicLocale, button: string): Raw {
  return html`<form method="post" action="${withLang(action, locale)}"><input type="hidden" name="token" value="${token}"><button type="submit">${button}</button></form>`;
}

/** The language switch of a page reached by a mailed link keeps the token: the same page in language `l`. */
const switchFor = (path: string, token: string) => (l: PublicLocale) =>
  `${path}?token=${encodeURIComponent(token)}${l === 'sv' ? '' : `&lang=${l}`}`;

export async function subscriptionRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const schema = {
    tags,
    summary: 'Prenumerera på nyheter om kommunens medborgarlöfte (ett bekräftelsemejl skickas)',
    security: [],
    body: SubscribeForm,
    response: PAGE,
  };
  app.post('/prenumeration', { schema }, async (req, reply) => {
    const locale = publicLocale(req.body?.lang);
    const s = SUBSCRIPTION_STRINGS[locale];
    const slug = String(req.body?.kommun ?? '');
    const kommun = await kommunBy(deps, { slug });
    if (!kommun?.active) return sendHtml(reply, notFoundPage(locale), 404);
    const outcome = await subscribe(deps, {
      slug,
      email: String(req.body?.email ?? ''),
      locale,
      clientKey: req.ip,
    });
    const back = html`<p><a href="${withLang(`/kommun/${kommun.slug}#folj`, locale)}">${kommun.name}</a></p>`;
    if (outcome === 'invalid_email' || outcome === 'rate_limited') {
      const message = outcome === 'invalid_email' ? s.invalidEmail : s.rateLimited;
      const body = html`<h1>${s.errorSummary}</h1><div class="error-summary" role="alert"><p>${message}</p></div>${back}`;
      return send(reply, locale, s.errorSummary, body, outcome === 'invalid_email' ? 400 : 429);
    }
    if (outcome === 'not_found') return sendHtml(reply, notFoundPage(locale), 404);
    return send(
      reply,
      locale,
      s.checkMailTitle,
      html`<h1>${s.checkMailTitle}</h1><p>${s.checkMail(kommun.name)}</p>${back}`,
    );
  });

  app.get<{ Querystring: Query }>('/prenumeration/bekrafta', { schema: { hide: true } }, async (req, reply) => {
    const locale = publicLocale(req.query.lang);
    const s = SUBSCRIPTION_STRINGS[locale];
    const token = String(req.query.token ?? '');
    const sub = await pendingSubscription(deps, token);
    if (!sub) return badLink(reply, locale);
    const body = html`<h1>${s.confirmTitle}</h1><p>${s.confirmText(sub.kommunName)}</p>${tokenForm('/prenumeration/bekrafta', token, locale, s.confirmButton)}`;
    return send(reply, locale, s.confirmTitle, body, 200, switchFor('/prenumeration/bekrafta', token));
  });

  app.post(
    '/prenumeration/bekrafta',
    { schema: tokenSchema('Bekräfta en prenumeration med nyckeln från e-posten') },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang ?? req.body?.lang);
      const s = SUBSCRIPTION_STRINGS[locale];
      const sub = await confirmSubscription(deps, String(req.body?.token ?? req.query.token ?? ''));
      if (!sub) return badLink(reply, locale);
      return send(
        reply,
        locale,
        s.confirmedTitle,
        html`<h1>${s.confirmedTitle}</h1><p>${s.confirmedText(sub.kommunName)}</p>
<p><a href="${withLang(`/kommun/${sub.kommunSlug}`, locale)}">${sub.kommunName}</a></p>`,
      );
    },
  );

  app.get<{ Querystring: Query }>('/prenumeration/avsluta', { schema: { hide: true } }, async (req, reply) => {
    const locale = publicLocale(req.query.lang);
    const s = SUBSCRIPTION_STRINGS[locale];
    const token = String(req.query.token ?? '');
    const sub = await subscriptionByUnsubscribeToken(deps, token);
    if (!sub) return badLink(reply, locale);
    if (!sub.active)
      return send(
        reply,
        locale,
        s.unsubscribedTitle,
        html`<h1>${s.unsubscribedTitle}</h1><p>${s.unsubscribedText(sub.kommunName)}</p>`,
      );
    const body = html`<h1>${s.unsubscribeTitle}</h1><p>${s.unsubscribeText(sub.kommunName)}</p>${tokenForm('/prenumeration/avsluta', token, locale, s.unsubscribeButton)}`;
    return send(reply, locale, s.unsubscribeTitle, body, 200, switchFor('/prenumeration/avsluta', token));
  });

  app.post(
    '/prenumeration/avsluta',
    { schema: tokenSchema('Avsluta en prenumeration (även med ett klick, RFC 8058)') },
    async (req, reply) => {
      const locale = publicLocale(req.query.lang ?? req.body?.lang);
      const s = SUBSCRIPTION_STRINGS[locale];
      const sub = await unsubscribe(deps, String(req.body?.token ?? req.query.token ?? ''));
      if (!sub) return badLink(reply, locale);
      return send(
        reply,
        locale,
        s.unsubscribedTitle,
        html`<h1>${s.unsubscribedTitle}</h1><p>${s.unsubscribedText(sub.kommunName)}</p>`,
      );
    },
  );
}
