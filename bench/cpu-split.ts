/**
 * Where a request's CPU goes, on PostgreSQL at 1 % of national scale (BENCH_SCALE): the
 * server's main thread, the whole Node process (with the load generator's
 * thread) and the database's processes, in milliseconds per request, for
 * activity intake and progress beside their bare baselines (an insert of
 * the same row, a `select 1`). On a small machine the two share the cores,
 * so their sum decides the throughput; this is the measurement that showed
 * parsing and planning, authentication round trips and one hot row lock to
 * be most of the cost. Prints one JSON object.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/cpu-split.ts
 *   (BENCH_SECONDS for each phase; Linux only: it reads /proc)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { generateNational } from './national-data.ts';
import { load, type LoadOptions } from './load.ts';
import { withFreshDatabase } from './fresh-database.ts';
import { halfYearOfLogging, startNationalServers } from './national-servers.ts';

const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const scale = Number(process.env.BENCH_SCALE ?? 0.01);
const TICK_MS = 10; // /proc counts CPU time in ticks of 1/100 s

/** User + system CPU ticks of a process, or of one of its threads. */
function ticks(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function postgresTicks(): number {
  let sum = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') sum += ticks(Number(entry));
    } catch {
      // gone already
    }
  }
  return sum;
}

async function measure(options: LoadOptions) {
  const before = { main: ticks(process.pid, process.pid), node: ticks(process.pid), db: postgresTicks() };
  const r = await load(options);
  const per = (t: number) => Math.round(((t * TICK_MS) / Math.max(1, r.requests)) * 1000) / 1000;
  return {
    rps: Math.round(r.rps),
    p95Ms: r.p95,
    errors: r.errors,
    mainThreadMsPerRequest: per(ticks(process.pid, process.pid) - before.main),
    nodeMsPerRequest: per(ticks(process.pid) - before.node),
    databaseMsPerRequest: per(postgresTicks() - before.db),
  };
}

await withFreshDatabase(base, async (url) => {
  const deps = await createDeps(loadConfig({ DATABASE_URL: url, JOBS_ENABLED: 'false' }), { log: () => {} });
  await generateNational(deps.db, { firstYear: 2021, years: 5, perYear: Math.round(1_500_000 * scale) });
  const { kalixToken: token, set, commitments, appUrl, bareUrl, close } = await startNationalServers(deps);
  const bodies = halfYearOfLogging(commitments, 2025);
  const headers = { authorization: `Bearer ${token}` };
  const intakeBase = await measure({ url: `${bareUrl}/activities`, method: 'POST', bodies, connections: 20, seconds });
  const intake = await measure({
    url: `${appUrl}/api/v1/activities`,
    method: 'POST',
    headers,
    bodies,
    connections: 20,
    seconds,
  });
  const progressBase = await measure({ url: `${bareUrl}/select`, connections: 50, seconds });
  const progress = await measure({
    url: `${appUrl}/api/v1/promise-sets/${set}/progress?at=2025-06-30`,
    headers,
    connections: 50,
    seconds,
  });

  console.log(
    JSON.stringify(
      {
        name: 'cpu-split',
        activityIntake: {
          ...intake,
          baseline: intakeBase,
          ratio: Math.round((intake.rps / intakeBase.rps) * 100) / 100,
        },
        progressOneSet: {
          ...progress,
          baseline: progressBase,
          ratio: Math.round((progress.p95Ms / progressBase.p95Ms) * 100) / 100,
        },
      },
      null,
      2,
    ),
  );
  await close();
  await deps.db.destroy();
});
