/**
 * A large CSV import (100 000 activity rows, about 2.4 MB) through
 * POST /api/v1/activities/import, on PGlite (a data folder) and on
 * PostgreSQL, while a second client reads the set's progress in a loop.
 * Prints JSON: rows per second, the import's time as a ratio to the bare
 * database inserting the same rows (the same multi-row statements, no
 * checks, pieces or audit), the p95 of the concurrent progress read during
 * the import beside its p95 when idle, the longest read (on PGlite, how long
 * the one connection was held), and that a retry with the same
 * Idempotency-Key stored nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { seedDemo } from '../src/app/demo/seed.ts';
import { CLI_ACTOR } from '../src/app/audit.ts';
import { createToken } from '../src/app/auth/tokens.ts';
import { resolveOrganisationRef } from '../src/app/admin/organisations.ts';
import { withFreshDatabase } from './fresh-database.ts';

const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

const count = (n: number) => ({
  kind: 'count',
  count: n,
  atLeast: true,
  max: null,
  per: 'week',
  every: 1,
  average: false,
  unit: null,
});
const doc = {
  format: 'medborgarlofte/v1',
  title: 'Medborgarlöfte Kalix 2024',
  municipalities: [{ code: '2514', name: 'Kalix' }],
  policeArea: 'Östra Norrbotten',
  period: { from: '2024-01-01', to: '2024-12-31' },
  signedAt: null,
  signatories: [],
  focusAreas: [
    {
      title: 'Trygghet',
      commitments: Array.from({ length: 6 }, (_, i) => ({
        text: `Åtagande ${i + 1}: minst tre insatser per vecka.`,
        responsible: ['polisen'],
        partners: [],
        places: [],
        target: count(3),
        targets: [],
        followUp: ['deltagare'],
      })),
    },
  ],
  sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
  warnings: [],
};

function csvFile(commitments: string[]): string {
  const places = ['Centrum', 'Näsbyn', 'Stationen', 'Torget'];
  const lines = ['åtagande;datum;antal;platser;anteckning;utfall:deltagare'];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + (i % 360))).toISOString().slice(0, 10);
    lines.push(`${commitments[i % commitments.length]};${day};${1 + (i % 3)};${places[i % 4]};Rad ${i};${i % 20}`);
  }
  return lines.join('\n') + '\n';
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! * 10) / 10 : null;
};

/** Reads in a loop until told to stop: each read's time, and the answers that were not 200 (status and code). */
async function readLoop(
  url: string,
  headers: Record<string, string>,
  until: () => boolean,
): Promise<{ times: number[]; failed: string[] }> {
  const times: number[] = [];
  const failed: string[] = [];
  while (!until()) {
    const t = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.text();
    times.push(performance.now() - t);
    if (res.status !== 200) failed.push(`${res.status} ${body.slice(0, 80)}`);
  }
  return { times, failed };
}

/** Logs one activity at a time against the commitment the import also writes to, until told to stop: each write's time. */
async function writeLoop(
  url: string,
  headers: Record<string, string>,
  commitmentId: string,
  until: () => boolean,
): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/activities`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ commitmentId, date: '2024-06-03' }),
    });
    await res.arrayBuffer();
    if (res.status !== 201) throw new Error(`write ${res.status}`);
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
  return times;
}

/** The bare database doing the same inserts: the same chunked unnest statements, nothing else, rolled back. */
async function bareInsertMs(
  deps: Awaited<ReturnType<typeof createDeps>>,
  setId: string,
  commitments: string[],
): Promise<number> {
  const t = performance.now();
  await deps.db
    .transaction()
    .execute(async (trx) => {
      for (let from = 0; from < ROWS; from += 5000) {
        const n = Math.min(5000, ROWS - from);
        const idx = Array.from({ length: n }, (_, k) => from + k);
        await sql`insert into activities (id, commitment_id, promise_set_id, date, quantity, outcomes, note, created_by)
        select x.id, x.c, ${setId}::uuid, x.d, x.q, x.u, x.n, 'bare'
        from unnest(${idx.map(() => randomUUID())}::uuid[], ${idx.map((i) => commitments[i % commitments.length]!)}::uuid[],
          ${idx.map((i) => new Date(Date.UTC(2024, 0, 1 + (i % 360))).toISOString().slice(0, 10))}::date[],
          ${idx.map((i) => String(1 + (i % 3)))}::numeric[], ${idx.map((i) => JSON.stringify({ deltagare: i % 20 }))}::jsonb[],
          ${idx.map((i) => `Rad ${i}`)}::text[]) as x(id, c, d, q, u, n)`.execute(trx);
      }
      throw new RollBack();
    })
    .catch((err) => {
      if (!(err instanceof RollBack)) throw err;
    });
  return performance.now() - t;
}
class RollBack extends Error {}

async function measure(label: string, env: Record<string, string>) {
  const deps = await createDeps(loadConfig({ ...env, JOBS_ENABLED: 'false' }), { log: () => {} });
  await seedDemo(deps, { promises: false });
  const kalix = await resolveOrganisationRef(deps, '2514');
  const { token } = await createToken(deps, CLI_ACTOR, { organisationId: kalix, role: 'coordinator' });
  const headers = { authorization: `Bearer ${token}` };
  const app = await buildApp(deps);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const set = (await (
      await fetch(`${url}/api/v1/promise-sets`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      })
    ).json()) as { id: string; focusAreas: { commitments: { id: string }[] }[] };
    const commitments = set.focusAreas[0]!.commitments.map((c) => c.id);
    const file = csvFile(commitments);
    const progressUrl = `${url}/api/v1/promise-sets/${set.id}/progress?at=2024-12-31`;
    let stop = false;
    const idle = readLoop(progressUrl, headers, () => stop);
    await new Promise((r) => setTimeout(r, 1500));
    stop = true;
    const { times: idleTimes } = await idle;

    const bareMs = await bareInsertMs(deps, set.id, commitments);
    const key = randomUUID();
    const post = () =>
      fetch(`${url}/api/v1/activities/import`, {
        method: 'POST',
        body: file,
        headers: { ...headers, 'content-type': 'text/csv', 'idempotency-key': key },
      });
    let importing = true;
    const during = readLoop(progressUrl, headers, () => !importing);
    const writes = writeLoop(url, headers, commitments[0]!, () => !importing);
    const t0 = performance.now();
    const res = await post();
    const importMs = performance.now() - t0;
    importing = false;
    const { times: duringTimes, failed } = await during;
    const writeTimes = await writes;
    if (res.status !== 201) throw new Error(`import ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const t1 = performance.now();
    const retry = await post();
    const retryMs = performance.now() - t1;
    const stored = Number(
      (await sql<{ n: string }>`select count(*) as n from activities where note like 'Rad %'`.execute(deps.db)).rows[0]!
        .n,
    );
    return {
      database: label,
      rows: ROWS,
      bytes: Buffer.byteLength(file),
      importSeconds: Math.round(importMs) / 1000,
      rowsPerSecond: Math.round(ROWS / (importMs / 1000)),
      bareInsertSeconds: Math.round(bareMs) / 1000,
      ratioToBareInsert: Math.round((importMs / bareMs) * 100) / 100,
      progressReadP95Ms: { idle: p95(idleTimes), duringImport: p95(duringTimes) },
      progressReadsDuringImport: duringTimes.length,
      failedReadsDuringImport: failed.length,
      firstFailure: failed[0] ?? null,
      longestReadDuringImportMs: Math.round(Math.max(0, ...duringTimes)),
      // One activity logged against the import's busiest commitment, every 100 ms while it runs.
      sameCommitmentWritesDuringImport: {
        count: writeTimes.length,
        p95Ms: p95(writeTimes),
        longestMs: Math.round(Math.max(0, ...writeTimes)),
      },
      retry: {
        status: retry.status,
        replayed: retry.headers.get('idempotent-replayed') === 'true',
        ms: Math.round(retryMs),
        storedOnce: stored === ROWS,
      },
    };
  } finally {
    await app.close();
    await deps.db.destroy();
  }
}

const results = [];
const dir = await mkdtemp(join(tmpdir(), 'lofte-intake-'));
try {
  results.push(await measure('pglite', { DATA_DIR: dir }));
} finally {
  await rm(dir, { recursive: true, force: true });
}
results.push(await withFreshDatabase(base, (dbUrl) => measure('postgresql', { DATABASE_URL: dbUrl })));
console.log(JSON.stringify({ bench: 'intake', results }, null, 2));
