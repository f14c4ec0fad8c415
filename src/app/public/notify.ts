/**
 * Update mails to subscribers, sent by the outbox consumer
 * (src/app/events/subscriber-mail.ts) once something is published, never
 * inside the request that published it. Only published content is read; a
 * call for something unpublished sends nothing.
 */
import type { Deps } from '../deps.ts';
import { notifySubscribers, type Deliver } from './subscriptions.ts';
import { publishedFollowUp } from './follow-ups.ts';
import { followUpHeadline } from '../../domain/progress/status.ts';
import { PUBLIC_CATALOGUES, type PublicLocale } from '../../i18n/public.ts';
import { shownText } from '../../domain/translations/index.ts';
import { followUpLabel } from './words.ts';
import { activeKommunerOfSet, followUpSetId, setPublication } from './queries/published.ts';

async function kommunerOfSet(deps: Deps, setId: string) {
  return activeKommunerOfSet(deps.db, setId);
}

/** After publishFollowUp (event follow_up.published): one mail per confirmed subscriber of each kommun of the set. Returns mails sent. */
export async function notifyFollowUpPublished(deps: Deps, followUpId: string, deliver?: Deliver): Promise<number> {
  const row = await followUpSetId(deps.db, followUpId);
  if (!row) return 0;
  let sent = 0;
  for (const k of await kommunerOfSet(deps, row.promise_set_id)) {
    const f = await publishedFollowUp(deps, k.id, followUpId);
    if (!f) continue;
    const page = `${deps.config.publicBaseUrl}/kommun/${k.slug}/uppfoljning/${f.id}`;
    const compose = (locale: PublicLocale) => {
      const c = PUBLIC_CATALOGUES[locale];
      const label = followUpLabel(f, locale);
      // The summary in the reader's language where staff translated it, else the Swedish after the note saying so.
      const summary = f.summary ? shownText(f.translations.followUp, 'summary', f.summary, locale) : null;
      const link = locale === 'sv' ? page : `${page}?lang=${locale}`;
      return {
        subject: c.mail.followUpSubject(k.name, label),
        text: [
          c.mail.followUpIntro(k.name, label),
          `${followUpHeadline(f.counts, locale)}.`,
          '',
          ...(summary ? [...(summary.swedish ? [c.onlyInSwedish] : []), summary.text] : []),
          '',
          c.mail.readFollowUp(link),
        ].join('\n'),
      };
    };
    sent += await notifySubscribers(deps, k.id, compose, deliver);
  }
  return sent;
}

/** After a promise set is published (event promise_set.published). Returns mails sent. */
export async function notifyPromiseSetPublished(deps: Deps, setId: string, deliver?: Deliver): Promise<number> {
  const set = await setPublication(deps.db, setId);
  if (!set || set.status !== 'published' || !set.published_at) return 0;
  let sent = 0;
  for (const k of await kommunerOfSet(deps, setId)) {
    const page = `${deps.config.publicBaseUrl}/kommun/${k.slug}`;
    const compose = (locale: PublicLocale) => {
      const c = PUBLIC_CATALOGUES[locale];
      return {
        subject: c.mail.promiseSubject(k.name),
        text: [
          c.mail.promiseIntro(k.name, set.title ?? c.page.setCol),
          '',
          c.mail.seePromise(locale === 'sv' ? page : `${page}?lang=${locale}`),
        ].join('\n'),
      };
    };
    sent += await notifySubscribers(deps, k.id, compose, deliver);
  }
  return sent;
}
