/**
 * The outbox as a user notices it: what is published, approved or logged
 * leaves one event, committed with the change (a refused change leaves
 * none); the consumers then refresh the public pages and send the mails,
 * once each, retrying what failed a bounded number of times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import type { Mail } from '../../src/mail/mailer.ts';
import { drainEvents, failedEvents, MAX_ATTEMPTS, retryDelayMs } from '../../src/app/events/drain.ts';
import { recordEvent } from '../../src/app/events/record.ts';
import type { Consumer } from '../../src/app/events/consumer.ts';
import { approvedFollowUp, events, publishedKalixSet, subscribe, type Kalix } from './support.ts';

let ctx: TestContext;
let kalix: Kalix;
let clock = new Date('2019-07-10T10:00:00Z');
const mails: Mail[] = [];
/** Addresses the mail server refuses, as a server that is down for some recipients would. */
const refused = new Set<string>();

beforeAll(async () => {
  ctx = await startTestApp({
    mailer: {
      async send(mail) {
        if (refused.has(mail.to)) throw new Error(`421 try again later (${mail.to})`);
        mails.push(mail);
      },
    },
  });
  ctx.deps.now = () => clock;
  kalix = await publishedKalixSet(ctx);
});
afterAll(async () => ctx.close());

const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const kinds = async () => (await events(ctx)).map((e) => e.kind);

describe('events recorded with the change', () => {
  it('publishing a promise set leaves one event, and a second publish (409) none', async () => {
    expect(await kinds()).toEqual(['promise_set.published']);
    const again = await kalix.officer.request('POST', `/api/v1/promise-sets/${kalix.setId}/publish`);
    expect(again.statusCode).toBe(409);
    expect(await kinds()).toEqual(['promise_set.published']);
  });

  it('logging one activity, a batch and a file each leave one event per set; a refused batch leaves none', async () => {
    const [first, second] = kalix.commitmentIds;
    const before = (await events(ctx)).length;
    const one = await kalix.officer.request('POST', '/api/v1/activities', { commitmentId: first, date: '2019-03-10' });
    expect(one.statusCode, one.body).toBe(201);
    const batch = await kalix.officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        { commitmentId: first, date: '2019-03-11' },
        { commitmentId: second, date: '2019-04-02' },
      ],
    });
    expect(batch.statusCode, batch.body).toBe(201);
    const bad = await kalix.officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        { commitmentId: first, date: '2019-03-12' },
        { commitmentId: first, date: '2999-01-01' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    const file = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/activities/import',
      cookies: { lofte_session: kalix.officer.cookie },
      headers: { 'x-csrf-token': kalix.officer.csrfToken, 'content-type': 'text/csv' },
      payload: `åtagande;datum;antal\n${first};2019-05-01;2\n${second};2019-05-02;1\n`,
    });
    expect(file.statusCode, file.body).toBe(201);
    const logged = (await events(ctx)).slice(before);
    expect(logged.map((e) => [e.kind, e.subject_id, e.payload])).toEqual([
      ['activities.logged', kalix.setId, { promiseSetId: kalix.setId, count: 1 }],
      ['activities.logged', kalix.setId, { promiseSetId: kalix.setId, count: 2 }],
      ['activities.logged', kalix.setId, { promiseSetId: kalix.setId, count: 2 }],
    ]);
  });

  it('correcting and deleting an activity leave an event each, about that activity', async () => {
    const id = (
      await kalix.officer.request('POST', '/api/v1/activities', {
        commitmentId: kalix.commitmentIds[0],
        date: '2019-06-01',
      })
    ).json().id;
    expect((await kalix.officer.request('PATCH', `/api/v1/activities/${id}`, { quantity: 3 })).statusCode).toBe(200);
    expect((await kalix.officer.request('DELETE', `/api/v1/activities/${id}`)).statusCode).toBe(204);
    const last = (await events(ctx)).slice(-2);
    expect(last.map((e) => [e.kind, e.subject_id])).toEqual([
      ['activity.corrected', id],
      ['activity.deleted', id],
    ]);
  });

  it('an event recorded in a transaction that rolls back is gone with it', async () => {
    const before = (await events(ctx)).length;
    await expect(
      ctx.deps.db.transaction().execute(async (trx) => {
        await recordEvent(trx, clock, {
          kind: 'activity.deleted',
          subjectId: kalix.setId,
          payload: { promiseSetId: kalix.setId },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await events(ctx)).toHaveLength(before);
  });

  it('handles all of them, after which nothing is left to do', async () => {
    expect(await drainEvents(ctx.deps)).toMatchObject({ failed: 0, busy: false });
    expect((await events(ctx)).filter((e) => !e.handled_at)).toEqual([]);
    expect(await drainEvents(ctx.deps)).toEqual({ handled: 0, failed: 0, gaveUp: 0, busy: false });
  });
});

describe('a follow-up approved and published', () => {
  let id: string;

  it('mails the report to each recipient once, even when one recipient failed the first time', async () => {
    id = await approvedFollowUp(ctx, kalix, ['kso@kalix.se', 'lpochef@polisen.se']);
    expect(mails.filter((m) => m.subject.startsWith('Uppföljning godkänd'))).toHaveLength(0);
    refused.add('lpochef@polisen.se');
    expect(await drainEvents(ctx.deps)).toMatchObject({ handled: 0, failed: 1 });
    refused.clear();
    later(retryDelayMs(1));
    expect(await drainEvents(ctx.deps)).toMatchObject({ handled: 1, failed: 0 });
    const reports = mails.filter((m) => m.subject.startsWith('Uppföljning godkänd')).map((m) => m.to);
    expect(reports).toEqual(['kso@kalix.se', 'lpochef@polisen.se']);
  });

  it('shows on the public page right after publishing; the stored pages showing the kommun are dropped', async () => {
    const otherLpo = await ctx.deps.db
      .selectFrom('organisations')
      .select('slug')
      .where('kind', '=', 'police_area')
      .where('slug', '!=', 'lpo-ostra-norrbotten')
      .orderBy('slug')
      .executeTakeFirstOrThrow();
    const pages = ['/kommun/kalix', '/kommun/haparanda', '/lpo/lpo-ostra-norrbotten', `/lpo/${otherLpo.slug}`];
    for (const url of pages) expect((await ctx.app.inject({ url })).statusCode, url).toBe(200);
    const stored = async () =>
      (await ctx.deps.db.selectFrom('public_page_cache').select('key').execute()).map((r) => r.key).sort();
    expect(await stored()).toEqual(pages.map((p) => `${p}?lang=sv`).sort());
    expect((await kalix.coordinator.request('POST', `/api/v1/follow-ups/${id}/publish`)).statusCode).toBe(200);
    await drainEvents(ctx.deps);
    // Haparanda's own page and the other police area's do not show Kalix; Kalix's LPO page does.
    expect(await stored()).toEqual(['/kommun/haparanda?lang=sv', `/lpo/${otherLpo.slug}?lang=sv`]);
    const page = await ctx.app.inject({ url: '/kommun/kalix' });
    expect(page.body).toContain(`/kommun/kalix/uppfoljning/${id}`);
  });
});

describe('subscribers', () => {
  it('hear of a published promise set once, however often the outbox is drained', async () => {
    await subscribe(ctx, 'invanare@example.se', () => mails.at(-1)!.text);
    const other = await publishedKalixSet(ctx);
    await drainEvents(ctx.deps);
    later(retryDelayMs(MAX_ATTEMPTS));
    await drainEvents(ctx.deps);
    const news = mails.filter((m) => m.to === 'invanare@example.se' && m.subject === 'Nytt medborgarlöfte i Kalix');
    expect(news).toHaveLength(1);
    expect(news[0]!.text).toContain('http://localhost:3000/kommun/kalix');
    expect(other.setId).not.toBe(kalix.setId);
  });
});

describe('retries', () => {
  it('are bounded: a consumer that keeps failing gets MAX_ATTEMPTS tries, the others do their part once', async () => {
    let good = 0;
    let bad = 0;
    const consumers: Consumer[] = [
      { name: 'good', kinds: ['activity.deleted'], handle: async () => void good++ },
      {
        name: 'bad',
        kinds: ['activity.deleted'],
        handle: async () => {
          bad++;
          throw new Error('always broken');
        },
      },
    ];
    await recordEvent(ctx.deps.db, clock, {
      kind: 'activity.deleted',
      subjectId: kalix.setId,
      payload: { promiseSetId: kalix.setId },
    });
    let gaveUp = 0;
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) {
      gaveUp += (await drainEvents(ctx.deps, { consumers })).gaveUp;
      later(retryDelayMs(MAX_ATTEMPTS));
    }
    expect({ good, bad, gaveUp }).toEqual({ good: 1, bad: MAX_ATTEMPTS, gaveUp: 1 });
    const failed = await failedEvents(ctx.deps);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ kind: 'activity.deleted', attempts: MAX_ATTEMPTS });
    expect(failed[0]!.last_error).toBe('bad: always broken');
  });
});
