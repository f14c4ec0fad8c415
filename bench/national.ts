/**
 * National scale on PostgreSQL: 290 kommuner × 12 commitments × 5 years,
 * ≈ 1.5 million activities a year. Measures, printing one JSON object:
 * - progress of one promise set under 50 concurrent clients (p95), against a
 *   bare Fastify route doing one `select 1` on the same pool;
 * - the national overview (all current promise sets), against one
 *   count(*) over the same year's activities;
 * - activity intake through the API (requests/s), against a bare Fastify
 *   route inserting the same row into the same table: a kommun logging
 *   against all its commitments over half a year, and (reported beside it)
 *   the worst case of every client logging one commitment in one week; the
 *   API and its baseline are loaded in turn, three rounds each.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/national.ts
 *   (BENCH_SCALE=0.1 for a quick run; BENCH_SECONDS for each load phase)
 */
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { CLI_ACTOR } from '../src/app/audit.ts';
import { createToken } from '../src/app/auth/tokens.ts';
import { resolveOrganisationRef } from '../src/app/admin/organisations.ts';
import { generateNational } from './national-data.ts';
import { load, loadInTurn } from './load.ts';
import { withFreshDatabase } from './fresh-database.ts';
import { halfYearOfLogging, startNationalServers } from './national-servers.ts';

const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const scale = Number(process.env.BENCH_SCALE ?? 1);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const YEARS = 5;
const FIRST = 2021;
const at = `${FIRST + YEARS - 1}-06-30`;

async function timeMedian(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(n / 2)]! * 10) / 10;
}

await withFreshDatabase(base, async (url) => {
  const deps = await createDeps(loadConfig({ DATABASE_URL: url, JOBS_ENABLED: 'false' }), { log: () => {} });
  const t0 = performance.now();
  await generateNational(deps.db, { firstYear: FIRST, years: YEARS, perYear: Math.round(1_500_000 * scale) });
  const generateSeconds = Math.round((performance.now() - t0) / 100) / 10;
  // As a database in service would be: vacuumed, with the generation's writes checkpointed, before anything is measured.
  await sql`vacuum analyze`.execute(deps.db);
  await sql`checkpoint`.execute(deps.db);
  const activities = Number(
    (await sql<{ n: string }>`select count(*) as n from activities`.execute(deps.db)).rows[0]!.n,
  );

  const { kalixToken, set, commitments, appUrl, bareUrl, close } = await startNationalServers(deps);
  const { token: adminToken } = await createToken(deps, CLI_ACTOR, {
    organisationId: await resolveOrganisationRef(deps, 'platform'),
    role: 'admin',
  });

  const auth = (t: string) => ({ authorization: `Bearer ${t}` });
  const progress = await load({
    url: `${appUrl}/api/v1/promise-sets/${set}/progress?at=${at}`,
    headers: auth(kalixToken),
    connections: 50,
    seconds,
  });
  const progressBase = await load({ url: `${bareUrl}/select`, connections: 50, seconds });

  const overviewMs = await timeMedian(5, async () => {
    const res = await fetch(`${appUrl}/api/v1/overview?at=${at}`, { headers: auth(adminToken) });
    if (res.status !== 200) throw new Error(`overview ${res.status}`);
    await res.json();
  });
  const overviewBaseMs = await timeMedian(5, () =>
    sql`select count(*) from activities where date between ${`${FIRST + YEARS - 1}-01-01`} and ${at}`.execute(deps.db),
  );

  // A kommun's logging: every commitment of its set, on days spread over the first half year.
  const bodies = halfYearOfLogging(commitments, FIRST + YEARS - 1);
  const [intake, intakeBase] = await loadInTurn(
    { url: `${appUrl}/api/v1/activities`, method: 'POST', headers: auth(kalixToken), bodies, connections: 20, seconds },
    { url: `${bareUrl}/activities`, method: 'POST', bodies, connections: 20, seconds },
    3,
  );
  // The worst case, shown beside it: every client logging against ONE commitment in one week, so each
  // insert waits for the previous one's lock on the same piece sum (a bare insert keeps no sum).
  const hot = Array.from({ length: 7 }, (_, i) =>
    JSON.stringify({ commitmentId: commitments[0], date: `${FIRST + YEARS - 1}-05-0${5 + (i % 5)}`, quantity: 1 }),
  );
  const [hotIntake, hotBase] = await loadInTurn(
    {
      url: `${appUrl}/api/v1/activities`,
      method: 'POST',
      headers: auth(kalixToken),
      bodies: hot,
      connections: 20,
      seconds,
    },
    { url: `${bareUrl}/activities`, method: 'POST', bodies: hot, connections: 20, seconds },
    3,
  );

  console.log(
    JSON.stringify(
      {
        name: 'national',
        data: { kommuner: 290, commitmentsPerSet: 12, years: YEARS, activities, generateSeconds },
        progressOneSet: {
          connections: 50,
          p50Ms: progress.p50,
          p95Ms: progress.p95,
          rps: progress.rps,
          errors: progress.errors,
          baselineP95Ms: progressBase.p95,
          ratio: Math.round((progress.p95 / progressBase.p95) * 100) / 100,
          targetP95Ms: 50,
        },
        nationalOverview: {
          medianMs: overviewMs,
          baselineMs: overviewBaseMs,
          ratio: Math.round((overviewMs / overviewBaseMs) * 100) / 100,
          targetMs: 1000,
        },
        activityIntake: {
          connections: 20,
          rps: intake.rps,
          errors: intake.errors,
          p95Ms: intake.p95,
          baselineRps: intakeBase.rps,
          ratio: Math.round((intake.rps / intakeBase.rps) * 100) / 100,
          targetRatio: 0.5,
        },
        activityIntakeOneCommitment: {
          connections: 20,
          rps: hotIntake.rps,
          errors: hotIntake.errors,
          baselineRps: hotBase.rps,
          ratio: Math.round((hotIntake.rps / hotBase.rps) * 100) / 100,
        },
      },
      null,
      2,
    ),
  );
  await close();
  await deps.db.destroy();
});
