/**
 * Two app processes draining the outbox at the same moment, on a real
 * PostgreSQL server (PGlite has one connection, so there nothing overlaps):
 * the database lock lets one of them hand each event to its consumers, so
 * every subscriber gets each mail exactly once.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgIdByCode, startTestApp, type TestContext } from '../helpers.ts';
import type { Mail } from '../../src/mail/mailer.ts';
import { drainEvents } from '../../src/app/events/drain.ts';
import { approvedFollowUp, publishedKalixSet, type Kalix } from '../events/support.ts';

const SUBSCRIBERS = 15;
const ROUNDS = 4;

let ctx: TestContext;
let kalix: Kalix;
const mails: Mail[] = [];

beforeAll(async () => {
  ctx = await startTestApp({
    mailer: {
      // A mail server that takes a moment per mail, so the two drains overlap.
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, 3));
        mails.push(mail);
      },
    },
  });
  ctx.deps.now = () => new Date('2019-07-10T10:00:00Z');
  kalix = await publishedKalixSet(ctx);
  const kommun = await orgIdByCode(ctx.deps, '2514');
  await ctx.deps.db
    .insertInto('public_subscriptions')
    .values(
      Array.from({ length: SUBSCRIBERS }, (_, i) => ({
        municipality_id: kommun,
        email: `invanare${i}@example.se`,
        confirmed_at: new Date('2019-01-01T00:00:00Z'),
        unsubscribe_token: randomBytes(32).toString('base64url'),
      })),
    )
    .execute();
});
afterAll(async () => ctx.close());

describe('two processes draining at once', () => {
  it('hand every event to its consumers once: one mail per subscriber and follow-up', async () => {
    const doubled: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      mails.length = 0;
      const id = await approvedFollowUp(ctx, kalix);
      const published = await kalix.coordinator.request('POST', `/api/v1/follow-ups/${id}/publish`);
      expect(published.statusCode, published.body).toBe(200);
      const reports = await Promise.all(
        ['process-a', 'process-b'].map((holder) => drainEvents(ctx.deps, { holder: `${holder}-${round}` })),
      );
      expect(reports.reduce((n, r) => n + r.failed, 0)).toBe(0);
      const perAddress = new Map<string, number>();
      for (const m of mails.filter((m) => m.subject.startsWith('Ny uppföljning i Kalix'))) {
        perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
      }
      if (perAddress.size !== SUBSCRIBERS || [...perAddress.values()].some((n) => n !== 1)) {
        doubled.push(`round ${round}: ${JSON.stringify(Object.fromEntries(perAddress))}`);
      }
      // The next round's follow-up is for the same period: remove this one.
      await ctx.deps.db.deleteFrom('follow_up_items').where('follow_up_id', '=', id).execute();
      await ctx.deps.db.deleteFrom('follow_ups').where('id', '=', id).execute();
    }
    expect(doubled).toEqual([]);
    const left = await ctx.deps.db.selectFrom('domain_events').select('kind').where('handled_at', 'is', null).execute();
    expect(left).toEqual([]);
  });
});
