/**
 * The real server as a user starts it: `lofte serve --demo` in its own
 * process on the embedded database. Data survives a restart and a kill in
 * the middle of work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/app/demo/seed.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'lofte-serve-'));
const bin = new URL('../bin/lofte.mjs', import.meta.url).pathname;
const children: ChildProcess[] = [];
const secondDir = mkdtempSync(join(tmpdir(), 'lofte-serve-'));
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(secondDir, { recursive: true, force: true });
});

/** Runs one `lofte` command on the data folder to its end. */
function lofte(args: string[], dir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `lofte serve --demo` and resolves once it says it is running. */
async function serve(port: number, dir = dataDir): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--demo'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout!.on('data', () => {
      if (out.includes('körs på')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return { child, output: () => out };
}

async function login(base: string, email: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('lofte serve --demo', () => {
  it('starts with demo data, prints the demo accounts, and keeps everything across a kill and restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await serve(port);
    expect(first.output()).toContain('admin@demo.medborgarlofte.se');
    expect(first.output()).toContain(DEMO_PASSWORD);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${base}/`)).text()).toContain('/kommun/kalix');

    const { cookie, csrfToken } = await login(base, 'admin@demo.medborgarlofte.se');
    const created = await fetch(`${base}/api/v1/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ kind: 'region', name: 'Polisregion Stockholm' }),
    });
    expect(created.status).toBe(201);
    // Killed without warning, as a crash or a power cut would.
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await serve(port);
    expect(second.output()).not.toContain('Demodata inlagd');
    const again = await login(base, 'admin@demo.medborgarlofte.se');
    const list = await fetch(`${base}/api/v1/organisations?kind=region`, { headers: { cookie: again.cookie } });
    const names = ((await list.json()) as { organisations: { name: string }[] }).organisations.map((o) => o.name);
    expect(names).toContain('Polisregion Stockholm');
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  }, 180_000);

  it('refuses a second server and every database command while a server holds the folder, and frees it after a crash', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await serve(port, secondDir);
    const countUsers = async () => {
      const { cookie } = await login(base, 'admin@demo.medborgarlofte.se');
      const res = await fetch(`${base}/api/v1/users`, { headers: { cookie } });
      return ((await res.json()) as { users: unknown[] }).users.length;
    };
    const before = await countUsers();
    const contenders = [
      ['serve', '--demo'],
      ['demo'],
      ['db', 'migrate'],
      [
        'user',
        'add',
        '--email',
        'ny@kalix.se',
        '--name',
        'Ny Person',
        '--org',
        '2514',
        '--role',
        'viewer',
        '--password',
        'ett-langt-losenord-1',
      ],
      ['token', 'create', '--org', '2514', '--role', 'viewer'],
    ];
    for (const args of contenders) {
      const { code, output } = await lofte(args, secondDir);
      expect(code, args.join(' ')).not.toBe(0);
      const lines = output.trim().split('\n');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toContain('används redan av en annan process');
      expect(lines[0]).toContain(`pid ${first.child.pid}`);
      expect(lines[0]).toContain('PostgreSQL');
    }
    // The holder goes on untouched: it answers, and nothing was added behind its back.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await countUsers()).toBe(before);

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const migrate = await lofte(['db', 'migrate'], secondDir);
    expect(migrate.output).not.toContain('används redan');
    expect(migrate.code).toBe(0);
  }, 180_000);
});
