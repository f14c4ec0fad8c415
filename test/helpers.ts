/**
 * Test fixtures: a fresh database per test file (PGlite in memory by default,
 * a new database on the PostgreSQL server when DATABASE_URL is set), the
 * built app, and signed-in clients.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../src/config.ts';
import type { Deps } from '../src/app/deps.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import type { Mail, Mailer } from '../src/mail/mailer.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/app/demo/seed.ts';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/** Creates an empty database on the server named by DATABASE_URL and returns its URL. */
export async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `lofte_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestContext {
  deps: Deps;
  app: FastifyInstance;
  config: Config;
  mails: Mail[];
  close: () => Promise<void>;
}

export async function startTestApp(
  options: { env?: Record<string, string>; demo?: boolean; mailer?: Mailer } = {},
): Promise<TestContext> {
  let dropDb: (() => Promise<void>) | null = null;
  const env: Record<string, string> = { DATA_DIR: 'memory://', CHECK_RESPONSES: 'true', ...options.env };
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = fresh.url;
    dropDb = fresh.drop;
  }
  const config = loadConfig(env);
  const mails: Mail[] = [];
  const mailer: Mailer = options.mailer ?? { send: async (m) => void mails.push(m) };
  const deps = await createDeps(config, { mailer, log: () => {} });
  // Accounts and organisations only: each test writes the promise sets it needs.
  if (options.demo !== false) await seedDemo(deps, { promises: false });
  const app = await buildApp(deps);
  return {
    deps,
    app,
    config,
    mails,
    close: async () => {
      await app.close();
      await deps.db.destroy();
      if (dropDb) await dropDb();
    },
  };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF header on changes. */
export interface Client {
  csrfToken: string;
  cookie: string;
  request: (method: string, url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lofte_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  const client: Client = {
    csrfToken,
    cookie: cookie.value,
    request: (method, url, payload) =>
      app.inject({
        method: method as 'GET',
        url,
        cookies: { lofte_session: cookie.value },
        headers: method === 'GET' ? {} : { 'x-csrf-token': csrfToken },
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
  };
  return client;
}

export const DEMO = {
  admin: 'admin@demo.medborgarlofte.se',
  kalixCoordinator: 'samordnare.kalix@demo.medborgarlofte.se',
  haparandaCoordinator: 'samordnare.haparanda@demo.medborgarlofte.se',
  officer: 'kommunpolis.ostranorrbotten@demo.medborgarlofte.se',
  lpoChief: 'lpochef.ostranorrbotten@demo.medborgarlofte.se',
  kalixPartner: 'skola.kalix@demo.medborgarlofte.se',
  kalixLeader: 'kommunalrad.kalix@demo.medborgarlofte.se',
} as const;

export async function orgIdByCode(deps: Deps, code: string): Promise<string> {
  const row = await deps.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

export async function orgIdByName(deps: Deps, name: string): Promise<string> {
  const row = await deps.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}
