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
    const link = `${deps.config.publicBaseUrl}/kommun/${k.slug}/uppfoljning/${f.id}`;
    const text = [
      `Polisen och ${k.name} kommun har publicerat uppföljningen av medborgarlöftet för ${f.label.toLowerCase()}:`,
      `${followUpHeadline(f.counts, 'sv')}.`,
      '',
      f.summary ?? '',
      '',
      `Läs hela uppföljningen: ${link}`,
    ].join('\n');
    sent += await notifySubscribers(deps, k.id, `Ny uppföljning i ${k.name}: ${f.label}`, text, deliver);
  }
  return sent;
}

/** After a promise set is published (event promise_set.published). Returns mails sent. */
export async function notifyPromiseSetPublished(deps: Deps, setId: string, deliver?: Deliver): Promise<number> {
  const set = await setPublication(deps.db, setId);
  if (!set || set.status !== 'published' || !set.published_at) return 0;
  let sent = 0;
  for (const k of await kommunerOfSet(deps, setId)) {
    const text = [
      `Polisen och ${k.name} kommun har publicerat ett nytt medborgarlöfte: ${set.title ?? 'Medborgarlöfte'}.`,
      '',
      `Se vad vi lovar och hur långt vi har kommit: ${deps.config.publicBaseUrl}/kommun/${k.slug}`,
    ].join('\n');
    sent += await notifySubscribers(deps, k.id, `Nytt medborgarlöfte i ${k.name}`, text, deliver);
  }
  return sent;
}
