/**
 * SIGTERM under load, as a service manager or a rolling deploy sends it:
 * the process stops taking requests, finishes those in flight, closes the
 * database and exits 0, and every change it acknowledged is there
 * afterwards. On PostgreSQL (DATABASE_URL) two processes share the
 * database and the clients move to the other one, as behind a load
 * balancer; on the embedded database the one process is started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../helpers.ts';
import { main } from '../../src/cli/main.ts';

const bin = new URL('../../bin/lofte.mjs', import.meta.url).pathname;
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const clean of cleanups) await clean();
});

const ADMIN = { email: 'drift@kommun.se', password: 'ett-langt-losenord-1' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function serve(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_FORMAT: 'json', LOG_LEVEL: 'info', JOBS_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    child.stdout!.on('data', () => {
      if (out.includes('körs på')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => out, exited };
}

async function login(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

interface Load {
  acknowledged: Map<string, string>;
  /** Acknowledged after the signal although sent before it: requests the stopping process finished. */
  finishedInFlight: number;
  statuses: number[];
}

/**
 * `workers` clients creating organisations without pause until `done()`.
 * A refused or cut request is not acknowledged: the client tries the next
 * server, as a load balancer would, or gives up when there is none.
 */
function load(
  targets: () => string[],
  session: { cookie: string; csrfToken: string },
  signalledAt: () => number | null,
  done: () => boolean,
  workers = 12,
): { result: Load; finished: Promise<void> } {
  const result: Load = { acknowledged: new Map(), finishedInFlight: 0, statuses: [] };
  const worker = async (w: number) => {
    for (let i = 0; !done(); i++) {
      const name = `Lasttest ${w}-${i}`;
      let sent = false;
      for (const base of targets()) {
        const startedAt = Date.now();
        try {
          const res = await fetch(`${base}/api/v1/organisations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
            body: JSON.stringify({ kind: 'region', name }),
          });
          result.statuses.push(res.status);
          if (res.status !== 201) continue;
          const { id } = (await res.json()) as { id: string };
          result.acknowledged.set(id, name);
          const signal = signalledAt();
          if (signal !== null && startedAt < signal) result.finishedInFlight++;
          sent = true;
          break;
        } catch {
          // Refused or cut: not acknowledged, so nothing is owed; try the next server.
        }
      }
      if (!sent && targets().length === 0) return;
      if (!sent) await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { result, finished: Promise.all(Array.from({ length: workers }, (_, w) => worker(w))).then(() => {}) };
}

async function namesOn(base: string): Promise<Map<string, string>> {
  const { cookie } = await login(base);
  const res = await fetch(`${base}/api/v1/organisations?kind=region`, { headers: { cookie } });
  const { organisations } = (await res.json()) as { organisations: { id: string; name: string }[] };
  return new Map(organisations.map((o) => [o.id, o.name]));
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function database(): Promise<Record<string, string>> {
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL);
    cleanups.push(fresh.drop);
    return { DATABASE_URL: fresh.url };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lofte-shutdown-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return { DATABASE_URL: '', DATA_DIR: join(dir, 'data') };
}

const twoProcesses = Boolean(process.env.DATABASE_URL);

describe(`SIGTERM under load (${twoProcesses ? 'PostgreSQL, two processes' : 'embedded database, one process'})`, () => {
  it('finishes the requests in flight, closes the database, exits 0, and loses nothing it acknowledged', async () => {
    const env = await database();
    const errors: string[] = [];
    const args = ['user', 'add', '--email', ADMIN.email, '--name', 'Drift', '--org', 'platform', '--role', 'admin'];
    const io = { stdout: () => {}, stderr: (line: string) => void errors.push(line) };
    const added = await main([...args, '--password', ADMIN.password], io, { ...env, LOG_LEVEL: 'warn' });
    expect(added, errors.join('\n')).toBe(0);
    const first = await serve(env);
    const second = twoProcesses ? await serve(env) : null;
    const session = await login(first.base);

    let signalledAt: number | null = null;
    let firstGone = false;
    let stop = false;
    const targets = () => [...(firstGone ? [] : [first.base]), ...(second ? [second.base] : [])];
    const running = load(
      targets,
      session,
      () => signalledAt,
      () => stop,
    );
    await until(() => running.result.acknowledged.size >= 40, 60_000);

    signalledAt = Date.now();
    first.child.kill('SIGTERM');
    const code = await first.exited;
    firstGone = true;
    const tookMs = Date.now() - signalledAt;
    const ackedAtExit = running.result.acknowledged.size;
    if (second) await until(() => running.result.acknowledged.size >= ackedAtExit + 20, 30_000);
    stop = true;
    await running.finished;

    expect(code, first.output()).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    expect(first.output()).toContain('Stänger ner (SIGTERM)');
    expect(first.output()).toContain('Nedstängd: databasen stängd');
    // Requests already in flight were answered, not dropped; nothing failed on the server's side.
    expect(running.result.finishedInFlight).toBeGreaterThan(0);
    expect(running.result.statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);

    const reader = second ?? (await serve(env));
    const stored = await namesOn(reader.base);
    const lost = [...running.result.acknowledged].filter(([id, name]) => stored.get(id) !== name);
    expect(lost).toEqual([]);
    expect(running.result.acknowledged.size).toBeGreaterThanOrEqual(second ? ackedAtExit + 20 : 40);

    reader.child.kill('SIGTERM');
    expect(await reader.exited).toBe(0);
  }, 240_000);
});
