/**
 * E-mail updates for citizens: double opt-in (nothing is sent to an address
 * until its owner confirms through the link mailed to it) and one-click
 * unsubscribe (every mail carries its own link). Tokens are 256 random bits;
 * the confirm token is kept only as its hash. Answers never tell whether an
 * address was already subscribed.
 */
import type { Deps } from '../deps.ts';
import { randomSecret, sha256 } from '../auth/crypto.ts';
import { hitRateLimit } from '../auth/rate-limit.ts';
import {
  activeSubscribers,
  insertSubscription,
  markConfirmed,
  markUnsubscribed,
  restartSubscription,
  subscriptionByConfirmHash,
  subscriptionByUnsubscribe,
  subscriptionOf,
} from './queries/subscriptions.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit.ts';
import { kommunBy } from './published.ts';
import type { Mail } from '../../mail/mailer.ts';
import { PUBLIC_CATALOGUES, publicLocale, type PublicLocale } from '../../i18n/public.ts';

/** Sends one mail. */
export type Deliver = (mail: Mail) => Promise<void>;

/** An update written in the subscriber's language (the language the subscription was made in). */
export type Compose = (locale: PublicLocale) => { subject: string; text: string };

const PUBLIC_ACTOR = SYSTEM_ACTOR('allmänheten (prenumeration)');
const CONFIRM_DAYS = 7;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

export type SubscribeOutcome = 'sent' | 'invalid_email' | 'rate_limited' | 'not_found';

export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

function confirmMail(base: string, kommunName: string, token: string, locale: PublicLocale) {
  const m = PUBLIC_CATALOGUES[locale].mail;
  const link = `${base}/prenumeration/bekrafta?token=${encodeURIComponent(token)}${locale === 'sv' ? '' : `&lang=${locale}`}`;
  return {
    subject: m.confirmSubject(kommunName),
    text: [m.confirmAsked(kommunName), '', m.confirmHere(link), '', m.confirmIgnore(CONFIRM_DAYS)].join('\n'),
  };
}

/** Starts a subscription (or restarts an unconfirmed or ended one) and mails the confirmation link. */
export async function subscribe(
  deps: Deps,
  input: { slug: string; email: string; locale: PublicLocale; clientKey: string },
): Promise<SubscribeOutcome> {
  const email = normaliseEmail(input.email);
  if (!email) return 'invalid_email';
  const byClient = await hitRateLimit(deps, `subscribe:client:${input.clientKey}`, 10, 3600_000);
  if (!byClient.allowed) return 'rate_limited';
  const byAddress = await hitRateLimit(deps, `subscribe:email:${email}`, 3, 24 * 3600_000);
  if (!byAddress.allowed) return 'rate_limited';
  const kommun = await kommunBy(deps, { slug: input.slug });
  if (!kommun || !kommun.active) return 'not_found';
  const existing = await subscriptionOf(deps.db, kommun.id, email);
  if (existing?.confirmed_at && !existing.unsubscribed_at) return 'sent'; // already confirmed: say the same, send nothing
  const token = randomSecret('', 32);
  const values = {
    confirm_token_hash: sha256(token),
    confirm_sent_at: deps.now(),
    confirmed_at: null,
    unsubscribed_at: null,
    locale: input.locale,
  };
  await deps.db.transaction().execute(async (trx) => {
    const row = existing
      ? await restartSubscription(trx, existing.id, values)
      : await insertSubscription(trx, {
          ...values,
          municipality_id: kommun.id,
          email,
          unsubscribe_token: randomSecret('', 32),
        });
    await writeAudit(trx, PUBLIC_ACTOR, {
      action: 'subscription.request',
      entityType: 'public_subscription',
      entityId: row.id,
      organisationId: kommun.id,
    });
  });
  await deps.mailer.send({ to: email, ...confirmMail(deps.config.publicBaseUrl, kommun.name, token, input.locale) });
  return 'sent';
}

export interface SubscriptionRef {
  id: string;
  kommunId: string;
  kommunName: string;
  kommunSlug: string;
}

async function byConfirmToken(deps: Deps, token: string): Promise<SubscriptionRef | undefined> {
  if (!token) return undefined;
  const since = new Date(deps.now().getTime() - CONFIRM_DAYS * 24 * 3600_000);
  const row = await subscriptionByConfirmHash(deps.db, sha256(token), since);
  return row
    ? { id: row.id, kommunId: row.municipality_id, kommunName: row.name, kommunSlug: row.slug ?? '' }
    : undefined;
}

/** For the confirm page: is this a valid, unused confirmation link? */
export const pendingSubscription = byConfirmToken;

export async function confirmSubscription(deps: Deps, token: string): Promise<SubscriptionRef | undefined> {
  const sub = await byConfirmToken(deps, token);
  if (!sub) return undefined;
  await deps.db.transaction().execute(async (trx) => {
    await markConfirmed(trx, sub.id, deps.now());
    await writeAudit(trx, PUBLIC_ACTOR, {
      action: 'subscription.confirm',
      entityType: 'public_subscription',
      entityId: sub.id,
      organisationId: sub.kommunId,
    });
  });
  return sub;
}

export async function subscriptionByUnsubscribeToken(
  deps: Deps,
  token: string,
): Promise<(SubscriptionRef & { active: boolean }) | undefined> {
  if (!token) return undefined;
  const row = await subscriptionByUnsubscribe(deps.db, token);
  return row
    ? {
        id: row.id,
        kommunId: row.municipality_id,
        kommunName: row.name,
        kommunSlug: row.slug ?? '',
        active: !row.unsubscribed_at,
      }
    : undefined;
}

/** Ends the subscription the token belongs to; a used token answers the same, so a second click is harmless. */
export async function unsubscribe(deps: Deps, token: string): Promise<SubscriptionRef | undefined> {
  const sub = await subscriptionByUnsubscribeToken(deps, token);
  if (!sub) return undefined;
  if (sub.active) {
    await deps.db.transaction().execute(async (trx) => {
      await markUnsubscribed(trx, sub.id, deps.now());
      await writeAudit(trx, PUBLIC_ACTOR, {
        action: 'subscription.end',
        entityType: 'public_subscription',
        entityId: sub.id,
        organisationId: sub.kommunId,
      });
    });
  }
  return sub;
}

export function unsubscribeUrl(base: string, token: string): string {
  return `${base}/prenumeration/avsluta?token=${encodeURIComponent(token)}`;
}

/**
 * Mails an update to every confirmed, not unsubscribed address of the kommun.
 * The Mail type has no headers, so the List-Unsubscribe line is written at
 * the end of the text; the link also takes RFC 8058 one-click POSTs.
 * Returns how many mails were sent. `deliver` sends one mail (the event
 * consumer passes one that skips addresses already mailed for the event).
 */
export async function notifySubscribers(
  deps: Deps,
  municipalityId: string,
  message: Compose | { subject: string; text: string },
  deliver: Deliver = (mail) => deps.mailer.send(mail),
): Promise<number> {
  const rows = await activeSubscribers(deps.db, municipalityId);
  const base = deps.config.publicBaseUrl;
  const compose = typeof message === 'function' ? message : () => message;
  const composed = new Map<PublicLocale, { subject: string; text: string }>();
  for (const r of rows) {
    const locale = publicLocale(r.locale);
    if (!composed.has(locale)) composed.set(locale, compose(locale));
    const { subject, text } = composed.get(locale)!;
    const link = unsubscribeUrl(base, r.unsubscribe_token);
    const footer = ['', '--', PUBLIC_CATALOGUES[locale].mail.stop(link)];
    await deliver({ to: r.email, subject, text: [text, ...footer, `List-Unsubscribe: <${link}>`].join('\n') });
  }
  return rows.length;
}
