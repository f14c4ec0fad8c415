/**
 * For the backup tests: an empty database of either kind to restore into,
 * the `lofte` command run in-process, an app opened on a restored database,
 * and the API's answers that a round trip must leave unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { createDeps } from '../../src/server/deps.ts';
import { buildApp } from '../../src/server/app.ts';
import { main } from '../../src/cli/main.ts';
import type { Deps } from '../../src/app/deps.ts';
import { freshPostgresDatabase } from '../helpers.ts';

export interface Target {
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** A new empty folder for the embedded database (not created yet: restore makes it). */
export function emptyFolder(): Target {
  const parent = mkdtempSync(join(tmpdir(), 'lofte-backup-'));
  return {
    env: { DATA_DIR: join(parent, 'data') },
    drop: async () => rmSync(parent, { recursive: true, force: true }),
  };
}

export async function emptyPostgres(baseUrl: string): Promise<Target> {
  const fresh = await freshPostgresDatabase(baseUrl);
  return { env: { DATABASE_URL: fresh.url }, drop: fresh.drop };
}

export async function lofte(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
    { ...env, LOG_LEVEL: 'warn' },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export interface OpenedApp {
  app: FastifyInstance;
  deps: Deps;
  close: () => Promise<void>;
}

/** The app on an existing database, as `lofte serve` would open it. */
export async function openApp(env: Record<string, string>): Promise<OpenedApp> {
  const config = loadConfig({ ...env, CHECK_RESPONSES: 'true' });
  const deps = await createDeps(config, { mailer: { send: async () => {} }, log: () => {} });
  const app = await buildApp(deps);
  return {
    app,
    deps,
    close: async () => {
      await app.close();
      await deps.db.destroy();
    },
  };
}

const ALL_TIME = 'from=2000-01-01&to=2100-01-01&limit=10000';

/**
 * What a signed-in platform admin reads: promise sets, their progress and follow-ups, survey results, the
 * audit log, the overview, and the public pages and open data. URL → status and body.
 */
export async function apiAnswers(app: FastifyInstance, cookie: string): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  const get = async (url: string) => {
    const res = await app.inject({ url, cookies: { lofte_session: cookie } });
    const body = res.statusCode === 200 ? (byId(res.json()) as Record<string, unknown[]>) : null;
    answers.set(url, `${res.statusCode} ${body ? JSON.stringify(body) : res.body}`);
    return body;
  };
  const sets = ((await get('/api/v1/promise-sets'))?.promiseSets ?? []) as { id: string }[];
  for (const s of sets) {
    await get(`/api/v1/promise-sets/${s.id}`);
    await get(`/api/v1/promise-sets/${s.id}/progress`);
    const followUps = ((await get(`/api/v1/promise-sets/${s.id}/follow-ups`))?.followUps ?? []) as { id: string }[];
    for (const f of followUps) await get(`/api/v1/follow-ups/${f.id}`);
  }
  const surveys = ((await get('/api/v1/surveys'))?.surveys ?? []) as { id: string }[];
  for (const s of surveys) await get(`/api/v1/surveys/${s.id}/results`);
  await get(`/api/v1/audit?${ALL_TIME}`);
  await get('/api/v1/overview');
  await get('/api/v1/users');
  for (const url of ['/', '/kommun/kalix', '/kommun/norsjo', '/oppna-data/kommuner.json']) {
    const res = await app.inject({ url });
    answers.set(url, `${res.statusCode} ${res.body}`);
  }
  return answers;
}

/**
 * Lists sorted by id. Some lists order by a time that the demo gives several rows at once (one transaction's
 * now()); among those the database returns them in storage order, which a restore does not keep.
 */
function byId(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const list =
      Array.isArray(value) && value.every((v) => typeof v?.id === 'string') ? (value as { id: string }[]) : null;
    out[key] = list ? [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : value;
  }
  return out;
}

/** Every URL answered the same; a difference is reported as the URL and the text around its first differing character. */
export function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const url of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(url) ?? '(inget svar)';
    const b = after.get(url) ?? '(inget svar)';
    if (a === b) continue;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    out.push(
      `${url} @${i}: before …${a.slice(Math.max(0, i - 80), i + 80)}… after …${b.slice(Math.max(0, i - 80), i + 80)}…`,
    );
  }
  return out;
}
