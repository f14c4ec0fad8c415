/**
 * A backup taken while activities are being logged (three officers' phones
 * at once, through the API) restores to a consistent state: every activity
 * with its audit entry and its share of the progress pieces, none half. On
 * PostgreSQL the loggers really run beside the backup's snapshot; on PGlite
 * they queue behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEMO, signIn, startTestApp, usingPostgres, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { dumpDatabase } from '../../src/db/backup/dump.ts';
import { writeBackupFile } from '../../src/db/backup/format.ts';
import type { Db } from '../../src/db/connect.ts';
import { emptyFolder, emptyPostgres, lofte, openApp, type Target } from './support.ts';

let ctx: TestContext;
let target: Target;
const files = emptyFolder();
let commitments: string[];

beforeAll(async () => {
  ctx = await startTestApp();
  const officer = await signIn(ctx.app, DEMO.officer);
  const set = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
  commitments = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  target = usingPostgres ? await emptyPostgres(process.env.DATABASE_URL!) : emptyFolder();
});
afterAll(async () => {
  await ctx.close();
  await target.drop();
  await files.drop();
});

const activityCount = async (db: Db) =>
  Number((await sql<{ n: string }>`select count(*)::text as n from activities`.execute(db)).rows[0]!.n);

/** Logs activities until stopped; each one a different day of 2019 and one of the set's commitments. */
function startLogging(officers: Awaited<ReturnType<typeof signIn>>[]) {
  let stop = false;
  let logged = 0;
  const runs = officers.map(async (officer, o) => {
    for (let i = 0; !stop; i++) {
      const day = new Date(Date.UTC(2019, 0, 1 + ((i * 7 + o) % 360))).toISOString().slice(0, 10);
      const res = await officer.request('POST', '/api/v1/activities', {
        commitmentId: commitments[(i + o) % commitments.length],
        date: day,
        quantity: 1 + (i % 3),
      });
      expect(res.statusCode, res.body).toBe(201);
      logged++;
    }
  });
  return {
    logged: () => logged,
    stop: async () => {
      stop = true;
      await Promise.all(runs);
    },
  };
}

describe('a backup taken while activities are logged', () => {
  it('restores every activity whole: with its audit entry and its progress pieces', async () => {
    const officers = await Promise.all([DEMO.officer, DEMO.officer, DEMO.officer].map((e) => signIn(ctx.app, e)));
    const logging = startLogging(officers);
    while (logging.logged() < 30) await new Promise((r) => setTimeout(r, 20));
    const atStart = await activityCount(ctx.deps.db);
    const file = `${files.env.DATA_DIR}.while-logging.gz`;
    await writeBackupFile(file, dumpDatabase(ctx.deps.db, usingPostgres ? 'postgresql' : 'pglite'));
    const atEnd = logging.logged();
    while (logging.logged() < atEnd + 10) await new Promise((r) => setTimeout(r, 20));
    await logging.stop();
    const total = await activityCount(ctx.deps.db);

    const restore = await lofte(['restore', file], target.env);
    expect(restore.err).toBe('');
    const opened = await openApp(target.env);
    try {
      const db = opened.deps.db;
      const restored = await activityCount(db);
      expect(restored).toBeGreaterThanOrEqual(atStart);
      expect(restored).toBeLessThan(total);
      const audited = await sql<{ n: string }>`
        select count(*)::text as n from audit_log where action = 'activity.create'`.execute(db);
      expect(Number(audited.rows[0]!.n)).toBe(restored);
      const sums = await sql<{ commitment: string; activities: string; pieces: string | null }>`
        select a.commitment_id as commitment, sum(a.quantity)::text as activities,
          (select sum(p.quantity)::text from activity_pieces p where p.commitment_id = a.commitment_id) as pieces
        from activities a group by a.commitment_id`.execute(db);
      expect(sums.rows.length).toBe(commitments.length);
      for (const row of sums.rows) expect(row.pieces, row.commitment).toBe(row.activities);
      // And the restored database takes new activities where the old one left off.
      const officer = await signIn(opened.app, DEMO.officer);
      const more = await officer.request('POST', '/api/v1/activities', {
        commitmentId: commitments[0],
        date: '2019-12-30',
      });
      expect(more.statusCode).toBe(201);
    } finally {
      await opened.close();
    }
  }, 120_000);
});
