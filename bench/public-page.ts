/**
 * The public kommun page under load: /kommun/kalix (a published set with a
 * year of activities, a published follow-up) served by the real app from
 * its database cache, against a bare Fastify route serving the same bytes
 * from memory, both loaded by autocannon (100 connections) in a separate
 * process. Also times one page rendered from scratch against one cached hit.
 * Prints one JSON object; the target is ratio ≥ 0.5.
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node bench/public-page.ts
 *   (BENCH_SECONDS=10 per phase; BENCH_DATABASE_URL=postgres://… for a fresh database on that server instead of PGlite)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/app/demo/seed.ts';
import type { PromiseSetDocument } from '../src/domain/promise-set.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;

interface Load {
  rps: number;
  p95Ms: number;
  errors: number;
  non2xx: number;
}

/** Child mode: run autocannon against one URL and print rps and p95 from every response's time. */
async function loadOnly(url: string): Promise<void> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  const out: Load = {
    rps: Math.round(result.requests.average),
    p95Ms: Math.round(p95 * 100) / 100,
    errors: result.errors,
    non2xx: result.non2xx,
  };
  process.stdout.write(JSON.stringify(out));
}

function loadInChild(url: string): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--load', url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Load) : reject(new Error(`load exited ${code}`)),
    );
  });
}

const count = (n: number, per: string) => ({
  kind: 'count',
  count: n,
  atLeast: true,
  max: null,
  per,
  every: 1,
  average: false,
  unit: null,
});

function kalixDocument(): PromiseSetDocument {
  const commitment = (text: string, target: object) => ({
    text,
    responsible: ['polisen', 'kommunen'],
    partners: [],
    places: [],
    target,
    targets: [],
    followUp: [],
  });
  return {
    format: 'medborgarlofte/v1',
    title: 'Medborgarlöfte Kalix 2025',
    municipalities: [{ code: '2514', name: 'Kalix' }],
    policeArea: 'Östra Norrbotten',
    period: { from: '2025-01-01', to: '2025-12-31' },
    signedAt: null,
    signatories: [],
    focusAreas: [
      {
        title: 'Narkotika',
        commitments: [
          commitment('Polisen genomför minst två riktade narkotikainsatser per halvår.', count(2, 'halfyear')),
          commitment(
            'Polisen och skolan håller drogförebyggande lektioner i årskurs 8 varje termin.',
            count(4, 'term'),
          ),
        ],
      },
      {
        title: 'Trafik',
        commitments: [
          commitment('Polisen genomför minst tio trafikkontroller per månad i byarna.', count(10, 'month')),
          commitment('Kommunen och polisen gör en hastighetsmätning vid varje skola per kvartal.', count(6, 'quarter')),
        ],
      },
      {
        title: 'Trygghet',
        commitments: [
          commitment('Två trygghetsvandringar per termin i centrum och Furuhed.', count(2, 'term')),
          commitment('Fältassistenter och polis är ute i centrum varje fredag kväll.', count(1, 'week')),
          commitment('Medborgardialog om tryggheten en gång per år.', count(1, 'year')),
          commitment('Löpande arbete med grannsamverkan i villaområdena.', { kind: 'none' }),
        ],
      },
    ],
    sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
    warnings: [],
  } as PromiseSetDocument;
}

/** Through the API, as the demo kommunpolis would: create, agree, publish, log a year of activities. */
async function seedKalix(app: FastifyInstance): Promise<void> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'kommunpolis.ostranorrbotten@demo.medborgarlofte.se', password: DEMO_PASSWORD },
  });
  const cookies = { lofte_session: login.cookies.find((c) => c.name === 'lofte_session')!.value };
  const headers = { 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
  const post = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, payload, cookies, headers });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const set = await post('/api/v1/promise-sets', kalixDocument());
  await post(`/api/v1/promise-sets/${set.id}/agree`, {
    signatures: [
      { name: 'LPO-chef', role: 'LPO-chef', party: 'polisen', signedAt: '2025-01-10' },
      { name: 'KSO', role: 'KSO', party: 'kommunen', signedAt: '2025-01-10' },
    ],
  });
  await post(`/api/v1/promise-sets/${set.id}/publish`, {});
  const ids: string[] = set.focusAreas.flatMap((a: { commitments: { id: string }[] }) =>
    a.commitments.map((c) => c.id),
  );
  const activities = Array.from({ length: 400 }, (_, i) => ({
    commitmentId: ids[i % ids.length]!,
    date: `2025-${String(1 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
  }));
  await post('/api/v1/activities/batch', { activities });
}

async function freshDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL;
  if (!base) return { env: { DATA_DIR: 'memory://' }, drop: async () => {} };
  const name = `lofte_bench_public_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function median(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(n / 2)]! * 100) / 100;
}

async function main(): Promise<void> {
  const db = await freshDatabase();
  const deps = await createDeps(loadConfig({ ...db.env, JOBS_ENABLED: 'false' }), { log: () => {} });
  await seedDemo(deps);
  deps.now = () => new Date('2025-09-30T12:00:00Z');
  const app = await buildApp(deps);
  await seedKalix(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/kommun/kalix`;
  const first = await app.inject({ url: '/kommun/kalix' });
  const bytes = first.rawPayload;
  const renderMs = await median(9, async () => {
    await deps.db.deleteFrom('public_page_cache').execute();
    await app.inject({ url: '/kommun/kalix' });
  });
  const cachedMs = await median(31, () => app.inject({ url: '/kommun/kalix' }));
  const page = await loadInChild(url);
  await app.close();

  const bare = Fastify();
  bare.get('/kommun/kalix', async (_req, reply) =>
    reply.header('content-type', 'text/html; charset=utf-8').send(bytes),
  );
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await loadInChild(`http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/kommun/kalix`);
  await bare.close();
  await deps.db.destroy();
  await db.drop();

  console.log(
    JSON.stringify({
      name: 'public-page',
      database: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite',
      connections: CONNECTIONS,
      seconds,
      rps: page.rps,
      p95Ms: page.p95Ms,
      baselineRps: baseline.rps,
      baselineP95Ms: baseline.p95Ms,
      ratio: Math.round((page.rps / baseline.rps) * 100) / 100,
      htmlBytes: bytes.length,
      renderMs,
      cachedMs,
      errors: page.errors + page.non2xx + baseline.errors + baseline.non2xx,
    }),
  );
}

if (process.argv[2] === '--load') await loadOnly(process.argv[3]!);
else await main();
