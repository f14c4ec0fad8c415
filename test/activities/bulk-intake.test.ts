/**
 * Bulk intake: CSV files and batches are stored set-wise with one audit
 * entry, obey the same limits as the API, and a retry with the same
 * Idempotency-Key never stores twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';
import { sql } from 'kysely';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';

let ctx: TestContext;
let officer: Client;
let setId: string;
let narcotics: string;
let meetings: string;

beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
  const doc = kalixPromise();
  doc.focusAreas[0]!.commitments[1]!.followUp = ['deltagare'];
  const set = (await officer.request('POST', '/api/v1/promise-sets', doc)).json();
  setId = set.id;
  [narcotics, meetings] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id) as [string, string];
});
afterAll(async () => ctx.close());

const count = async () => (await ctx.deps.db.selectFrom('activities').select('id').execute()).length;

/** A request from the signed-in officer with extra headers (the test client sends none). */
function send(who: Client, url: string, payload: unknown, headers: Record<string, string> = {}) {
  const csv = typeof payload === 'string';
  return ctx.app.inject({
    method: 'POST',
    url,
    cookies: { lofte_session: who.cookie },
    headers: { 'x-csrf-token': who.csrfToken, ...(csv ? { 'content-type': 'text/csv' } : {}), ...headers },
    payload: payload as object,
  });
}

const done = async (commitmentId: string) => {
  const progress = (await officer.request('GET', `/api/v1/promise-sets/${setId}/progress?at=2019-12-31`)).json();
  return progress.commitments.find((c: { id: string }) => c.id === commitmentId).doneToDate as number;
};

describe('CSV import, set-wise', () => {
  it('stores every row, counts them in progress and writes one audit entry with the file digest', async () => {
    const before = await count();
    const doneBefore = await done(meetings);
    const rows = Array.from(
      { length: 1200 },
      (_, i) =>
        `${meetings};2019-${String(1 + (i % 6)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')};2;${i % 3 ? 'Centrum' : 'Nya torget|centrum'};;${i % 5}`,
    );
    const file = `åtagande;datum;antal;platser;anteckning;utfall:deltagare\n${rows.join('\n')}\n`;
    const res = await send(officer, '/api/v1/activities/import', file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: 1200 });
    expect(await count()).toBe(before + 1200);
    expect(await done(meetings)).toBe(doneBefore + 2400);
    // "Centrum" and "centrum" are one place; "Nya torget" was made once.
    const areas = await ctx.deps.db
      .selectFrom('areas')
      .select('name')
      .where('name', 'in', ['Nya torget', 'Centrum', 'centrum'])
      .execute();
    expect(areas.map((a) => a.name).sort()).toEqual(['Centrum', 'Nya torget']);
    const admin = await signIn(ctx.app, DEMO.admin);
    const log = (await admin.request('GET', '/api/v1/audit?action=activity.')).json().entries as {
      action: string;
      after: Record<string, unknown>;
    }[];
    const imports = log.filter((e) => e.action === 'activity.import');
    expect(imports).toHaveLength(1);
    expect(imports[0]!.after).toMatchObject({
      count: 1200,
      commitments: { [meetings]: 1200 },
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(log.filter((e) => e.action === 'activity.create')).toHaveLength(0);
  });

  it('a stray quote costs its own row only: the rows after it are still read and reported', async () => {
    const before = await count();
    const res = await send(
      officer,
      '/api/v1/activities/import',
      `åtagande;datum;antal;anteckning\n${narcotics};2019-03-01;1;bra\n${narcotics};2019-03-02;1;"började citera\n${narcotics};2019-03-03;många;x\n${narcotics};2019-03-04;1;"slut"\n`,
    );
    expect(res.statusCode).toBe(400);
    const rows = res.json().details.rows as { line: number; message: string }[];
    expect(rows.map((r) => r.line)).toEqual([3, 4]);
    expect(rows[0]!.message).toContain('citattecken');
    expect(rows[1]!.message).toContain('många');
    expect(await count()).toBe(before);
  });

  it('refuses what the API refuses: a quantity over its cap, an outcome the commitment does not follow up, overlong texts', async () => {
    const before = await count();
    const long = 'x'.repeat(5001);
    const res = await send(
      officer,
      '/api/v1/activities/import',
      [
        'åtagande;datum;antal;anteckning;platser;utfall:deltagare;utfall:beslag',
        `${meetings};2019-03-01;5000000;;;;`,
        `${meetings};2019-03-02;1;;;;3`,
        `${meetings};2019-03-03;1;${long};;;`,
        `${meetings};2019-03-04;1;;${'p'.repeat(101)};;`,
        `${meetings};2019-03-05;1;;;7;`,
      ].join('\n'),
    );
    expect(res.statusCode).toBe(400);
    const rows = res.json().details.rows as { line: number; message: string }[];
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(rows[0]!.message).toContain('1000000');
    expect(rows[1]!.message).toContain('"beslag"');
    expect(rows[2]!.message).toContain('5000');
    expect(rows[3]!.message).toContain('100 tecken');
    expect(await count()).toBe(before);
  });
});

describe('imports, batches and single activities at the same time', () => {
  it('all land, none deadlocks, and places named by several files at once are made once', async () => {
    const before = await count();
    const doneBefore = [await done(narcotics), await done(meetings)];
    const names = ['Ängen', 'Björkbacken', 'Åkern', 'Strandvägen'];
    const files = Array.from({ length: 4 }, (_, f) => {
      const order = f % 2 ? [...names].reverse() : names;
      const rows = Array.from(
        { length: 40 },
        (_, i) =>
          `${i % 2 ? narcotics : meetings};2019-02-${String(1 + (i % 28)).padStart(2, '0')};1;${order[i % 4]}|${order[(i + 1) % 4]!.toLowerCase()}`,
      );
      return `åtagande;datum;antal;platser\n${(f % 2 ? rows.reverse() : rows).join('\n')}\n`;
    });
    const batches = Array.from({ length: 4 }, (_, b) => ({
      activities: Array.from({ length: 20 }, (_, i) => ({
        commitmentId: (i + b) % 2 ? narcotics : meetings,
        date: `2019-03-${String(1 + i).padStart(2, '0')}`,
      })),
    }));
    const answers = await Promise.all([
      ...files.map((f) => send(officer, '/api/v1/activities/import', f)),
      ...batches.map((b) => officer.request('POST', '/api/v1/activities/batch', b)),
      ...Array.from({ length: 8 }, (_, i) =>
        officer.request('POST', '/api/v1/activities', {
          commitmentId: i % 2 ? narcotics : meetings,
          date: '2019-04-02',
        }),
      ),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 201));
    expect(await count()).toBe(before + 160 + 80 + 8);
    expect([await done(narcotics), await done(meetings)]).toEqual([
      doneBefore[0]! + 80 + 40 + 4,
      doneBefore[1]! + 80 + 40 + 4,
    ]);
    const made = await ctx.deps.db
      .selectFrom('areas')
      .select('name')
      .where('name', 'in', [...names, ...names.map((n) => n.toLowerCase())])
      .execute();
    // Each place once, spelt as the first file to name it spelt it.
    expect(made.map((a) => a.name.toLocaleLowerCase('sv')).sort()).toEqual(
      names.map((n) => n.toLocaleLowerCase('sv')).sort(),
    );
  });
});

describe('limits of the API', () => {
  it("a time must be a clock time, and outcomes only the commitment's indicators", async () => {
    const before = await count();
    for (const time of ['25:00', '12:60', '99:99']) {
      expect(
        (await officer.request('POST', '/api/v1/activities', { commitmentId: meetings, date: '2019-04-01', time }))
          .statusCode,
      ).toBe(400);
    }
    const unknown = await officer.request('POST', '/api/v1/activities', {
      commitmentId: meetings,
      date: '2019-04-01',
      outcomes: { deltagarna: 3 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('"deltagarna"');
    const batch = await officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        { commitmentId: meetings, date: '2019-04-01', outcomes: { deltagare: 3 } },
        { commitmentId: narcotics, date: '2019-04-01', outcomes: { deltagare: 3 } },
      ],
    });
    expect(batch.statusCode).toBe(400);
    expect(batch.json().details.rows.map((r: { index: number }) => r.index)).toEqual([1]);
    expect(await count()).toBe(before);
    const ok = await officer.request('POST', '/api/v1/activities', {
      commitmentId: meetings,
      date: '2019-04-01',
      time: '23:59',
      outcomes: { deltagare: 3 },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('Idempotency-Key', () => {
  it('a retry of one activity answers the first answer and stores nothing more', async () => {
    const before = await count();
    const body = { commitmentId: narcotics, date: '2019-05-05', note: 'Retry' };
    const first = await send(officer, '/api/v1/activities', body, { 'idempotency-key': 'one-activity-1' });
    const again = await send(officer, '/api/v1/activities', body, { 'idempotency-key': 'one-activity-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await count()).toBe(before + 1);
    // A new key is a new activity.
    expect((await send(officer, '/api/v1/activities', body, { 'idempotency-key': 'one-activity-2' })).statusCode).toBe(
      201,
    );
    expect(await count()).toBe(before + 2);
  });

  it('the same key with a different request is refused (409) and stores nothing', async () => {
    const before = await count();
    await send(
      officer,
      '/api/v1/activities',
      { commitmentId: narcotics, date: '2019-05-06' },
      { 'idempotency-key': 'reused' },
    );
    const other = await send(
      officer,
      '/api/v1/activities',
      { commitmentId: narcotics, date: '2019-05-07' },
      { 'idempotency-key': 'reused' },
    );
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await count()).toBe(before + 1);
  });

  it('keys are per actor, have a length limit, and a refused request leaves the key free', async () => {
    const before = await count();
    const body = { commitmentId: narcotics, date: '2019-05-08' };
    const admin = await signIn(ctx.app, DEMO.admin);
    expect((await send(officer, '/api/v1/activities', body, { 'idempotency-key': 'shared' })).statusCode).toBe(201);
    expect((await send(admin, '/api/v1/activities', body, { 'idempotency-key': 'shared' })).statusCode).toBe(201);
    expect(await count()).toBe(before + 2);
    expect((await send(officer, '/api/v1/activities', body, { 'idempotency-key': 'k'.repeat(201) })).statusCode).toBe(
      400,
    );
    const bad = { commitmentId: narcotics, date: '2019-05-09', quantity: -1 };
    expect(
      (await send(officer, '/api/v1/activities', { ...bad, time: '24:00' }, { 'idempotency-key': 'after-error' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await send(officer, '/api/v1/activities', { ...body, date: '2019-05-09' }, { 'idempotency-key': 'after-error' }))
        .statusCode,
    ).toBe(201);
    expect(await count()).toBe(before + 3);
  });

  it('a batch and a CSV file sent twice with one key are stored once, answered the same', async () => {
    const before = await count();
    const batch = {
      activities: [
        { commitmentId: narcotics, date: '2019-06-01' },
        { commitmentId: meetings, date: '2019-06-02' },
      ],
    };
    const b1 = await send(officer, '/api/v1/activities/batch', batch, { 'idempotency-key': 'batch-1' });
    const b2 = await send(officer, '/api/v1/activities/batch', batch, { 'idempotency-key': 'batch-1' });
    expect(b1.statusCode).toBe(201);
    expect(b2.statusCode).toBe(201);
    expect(b2.json().activities.map((a: { id: string }) => a.id)).toEqual(
      b1.json().activities.map((a: { id: string }) => a.id),
    );
    const file = `åtagande;datum\n${narcotics};2019-06-03\n${narcotics};2019-06-04\n`;
    const c1 = await send(officer, '/api/v1/activities/import', file, { 'idempotency-key': 'file-1' });
    const c2 = await send(officer, '/api/v1/activities/import', file, { 'idempotency-key': 'file-1' });
    expect([c1.statusCode, c2.statusCode]).toEqual([201, 201]);
    expect(c2.json()).toEqual({ imported: 2 });
    expect(await count()).toBe(before + 4);
  });

  it('requests sent at the same time with one key store once and all get the same answer', async () => {
    const before = await count();
    const body = {
      activities: Array.from({ length: 50 }, (_, i) => ({
        commitmentId: narcotics,
        date: `2019-07-${String(1 + (i % 28)).padStart(2, '0')}`,
      })),
    };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        send(officer, '/api/v1/activities/batch', body, { 'idempotency-key': 'at-once' }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    const ids = answers.map((a) => JSON.stringify(a.json().activities.map((x: { id: string }) => x.id)));
    expect(new Set(ids).size).toBe(1);
    expect(await count()).toBe(before + 50);
  });

  it('a key expired but not yet pruned is taken over by a new request', async () => {
    const before = await count();
    await send(
      officer,
      '/api/v1/activities',
      { commitmentId: narcotics, date: '2019-08-03' },
      { 'idempotency-key': 'stale' },
    );
    await sql`update idempotency_keys set created_at = created_at - interval '25 hours' where key = 'stale'`.execute(
      ctx.deps.db,
    );
    expect(
      (
        await send(
          officer,
          '/api/v1/activities',
          { commitmentId: narcotics, date: '2019-08-04' },
          { 'idempotency-key': 'stale' },
        )
      ).statusCode,
    ).toBe(201);
    expect(await count()).toBe(before + 2);
  });

  it('a key expires after a day: the daily job forgets it and it may be used again', async () => {
    const before = await count();
    await send(
      officer,
      '/api/v1/activities',
      { commitmentId: narcotics, date: '2019-08-01' },
      { 'idempotency-key': 'old' },
    );
    const stored = async () =>
      Number((await sql<{ n: string }>`select count(*) as n from idempotency_keys`.execute(ctx.deps.db)).rows[0]!.n);
    expect(await stored()).toBeGreaterThan(0);
    const realNow = ctx.deps.now;
    ctx.deps.now = () => new Date(realNow().getTime() + 25 * 3600_000);
    expect((await runDueJobs(ctx.deps, 'test')).ran).toBe(true);
    ctx.deps.now = realNow;
    expect(await stored()).toBe(0);
    const again = await signIn(ctx.app, DEMO.officer);
    const reused = await send(
      again,
      '/api/v1/activities',
      { commitmentId: narcotics, date: '2019-08-02' },
      { 'idempotency-key': 'old' },
    );
    expect(reused.statusCode).toBe(201);
    expect(await count()).toBe(before + 2);
  });
});
