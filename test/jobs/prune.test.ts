/**
 * The daily job keeps tables that grow by themselves small: failed sign-ins,
 * expired sessions and links, sign-in states, cached pages, subscriptions
 * never confirmed. What still matters stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestContext } from '../helpers.ts';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => {
  await ctx.close();
});

const count = async (
  table: 'rate_limit_hits' | 'sessions' | 'oidc_states' | 'public_subscriptions' | 'public_page_cache',
) =>
  Number(
    (
      await ctx.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('daily pruning', () => {
  it('removes what nobody can use any more and keeps what still counts', async () => {
    const now = new Date('2026-12-02T03:00:00Z');
    ctx.deps.now = () => now;
    const ago = (hours: number) => new Date(now.getTime() - hours * 3600_000);

    // Failed sign-ins: a burst two days ago (useless) and one ten minutes ago (still limits).
    for (let i = 0; i < 20; i++) {
      const bad = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `nobody${i}@x.se`, password: 'fel-losenord' },
      });
      expect(bad.statusCode).toBe(401);
    }
    // The burst is two days old (the schema lets nothing else rewrite a hit's time).
    await sql`update rate_limit_hits set at = ${ago(48)}`.execute(ctx.deps.db);
    await ctx.deps.db
      .insertInto('rate_limit_hits')
      .values({ key_hash: 'recent', at: ago(0.2) })
      .execute();

    const user = await ctx.deps.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('sessions')
      .values([
        { id_hash: 'expired', user_id: user.id, csrf_token: 'x', expires_at: ago(1) },
        { id_hash: 'live', user_id: user.id, csrf_token: 'y', expires_at: ago(-24) },
      ])
      .execute();
    await ctx.deps.db
      .insertInto('oidc_states')
      .values([
        { state: 'old', nonce: 'n', code_verifier: 'v', return_to: '/', created_at: ago(30) },
        { state: 'fresh', nonce: 'n', code_verifier: 'v', return_to: '/', created_at: ago(0.01) },
      ])
      .execute();
    const kalix = await ctx.deps.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', '2514')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('public_subscriptions')
      .values([
        {
          municipality_id: kalix.id,
          email: 'glomde@x.se',
          unsubscribe_token: 'a',
          created_at: ago(24 * 40),
          confirm_sent_at: ago(24 * 40),
        },
        {
          municipality_id: kalix.id,
          email: 'ny@x.se',
          unsubscribe_token: 'b',
          created_at: ago(24 * 2),
          confirm_sent_at: ago(24 * 2),
        },
        {
          municipality_id: kalix.id,
          email: 'trogen@x.se',
          unsubscribe_token: 'c',
          created_at: ago(24 * 400),
          confirmed_at: ago(24 * 399),
        },
      ])
      .execute();
    await ctx.deps.db
      .insertInto('public_page_cache')
      .values([
        { key: '/kommun/kalix?utm=1', etag: 'e', content_type: 'text/html', body: 'x', created_at: ago(24 * 30) },
        { key: '/kommun/kalix', etag: 'e', content_type: 'text/html', body: 'x', created_at: ago(1) },
      ])
      .execute();

    expect(await count('rate_limit_hits')).toBeGreaterThanOrEqual(21);
    expect((await runDueJobs(ctx.deps, 'test')).ran).toBe(true);

    expect(await count('rate_limit_hits')).toBe(1);
    const sessions = await ctx.deps.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('id_hash', 'in', ['expired', 'live'])
      .execute();
    expect(sessions.map((s) => s.id_hash)).toEqual(['live']);
    expect((await ctx.deps.db.selectFrom('oidc_states').select('state').execute()).map((s) => s.state)).toEqual([
      'fresh',
    ]);
    const emails = (
      await ctx.deps.db.selectFrom('public_subscriptions').select('email').orderBy('email').execute()
    ).map((s) => s.email);
    expect(emails).toEqual(['ny@x.se', 'trogen@x.se']);
    expect((await ctx.deps.db.selectFrom('public_page_cache').select('key').execute()).map((r) => r.key)).toEqual([
      '/kommun/kalix',
    ]);
  });

  it('deletes outbox events handled over a month ago with their receipts; an event never handled stays', async () => {
    const now = new Date('2026-12-03T03:00:00Z');
    ctx.deps.now = () => now;
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86400_000);
    const subject = '00000000-0000-4000-8000-000000000001';
    const event = (kind: string, occurred: Date, handled: Date | null) => ({
      kind,
      subject_id: subject,
      payload: JSON.stringify({ promiseSetId: subject }),
      occurred_at: occurred,
      next_attempt_at: occurred,
      handled_at: handled,
    });
    const ids = await ctx.deps.db
      .insertInto('domain_events')
      .values([
        event('old.handled', daysAgo(45), daysAgo(44)),
        event('recent.handled', daysAgo(3), daysAgo(3)),
        event('old.failed', daysAgo(90), null),
      ])
      .returning('id')
      .execute();
    await ctx.deps.db
      .insertInto('domain_event_receipts')
      .values({ event_id: ids[0]!.id, consumer: 'subscriber-mail', item: 'a@x.se', done_at: daysAgo(44) })
      .execute();
    await runDueJobs(ctx.deps, 'test-events');
    const left = await ctx.deps.db.selectFrom('domain_events').select('kind').orderBy('id').execute();
    expect(left.map((e) => e.kind)).toEqual(['recent.handled', 'old.failed']);
    expect(await ctx.deps.db.selectFrom('domain_event_receipts').select('item').execute()).toEqual([]);
  });
});
