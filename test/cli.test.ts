import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'lofte-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process on an embedded database in a temporary folder. */
async function lofte(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
    { DATA_DIR: join(dir, 'db') },
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('lofte CLI', () => {
  it('db migrate creates the schema, and a second run has nothing to do', async () => {
    expect((await lofte('db', 'migrate')).stdout).toContain('0001_foundation');
    expect((await lofte('db', 'migrate')).stdout).toContain('redan uppdaterad');
  });

  it('demo seeds an empty database once and prints the demo accounts', async () => {
    const first = await lofte('demo');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('admin@demo.medborgarlofte.se');
    const second = await lofte('demo');
    expect(second.code).toBe(1);
    expect(second.stderr.split('\n')).toHaveLength(1);
  });

  it('token create prints the token alone, and it works against the API; data survives a restart', async () => {
    const res = await lofte('token', 'create', '--org', '2514', '--role', 'viewer');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^lofte_[A-Za-z0-9_-]{40,}$/);
    const deps = await createDeps(loadConfig({ DATA_DIR: join(dir, 'db') }), { log: () => {} });
    const app = await buildApp(deps);
    const kalix = await app.inject({
      url: '/api/v1/organisations?kind=municipality',
      headers: { authorization: `Bearer ${res.stdout}` },
    });
    expect(kalix.statusCode).toBe(200);
    expect(kalix.json().organisations.map((o: { name: string }) => o.name)).toEqual(['Kalix']);
    await app.close();
    await deps.db.destroy();
  });

  it('user add creates a user who can sign in', async () => {
    const res = await lofte(
      'user',
      'add',
      '--email',
      'ny@kalix.se',
      '--name',
      'Ny Person',
      '--org',
      '2514',
      '--role',
      'officer',
      '--password',
      'ett-langt-losenord',
    );
    expect(res.code).toBe(0);
    const deps = await createDeps(loadConfig({ DATA_DIR: join(dir, 'db') }), { log: () => {} });
    const app = await buildApp(deps);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ny@kalix.se', password: 'ett-langt-losenord' },
    });
    expect(login.statusCode).toBe(200);
    await app.close();
    await deps.db.destroy();
  });

  it.each([
    [['token', 'create', '--org', '9999', '--role', 'viewer'], 1, 'finns inte'],
    [['token', 'create', '--org', '2514', '--role', 'chef'], 2, 'okänd roll'],
    [['token', 'create', '--role', 'viewer'], 2, 'kräver --org'],
    [
      ['user', 'add', '--email', 'ny@kalix.se', '--name', 'Igen', '--org', '2514', '--role', 'viewer'],
      1,
      'finns redan',
    ],
    [['user', 'add', '--bogus'], 2, 'Fel:'],
    [['fly'], 2, 'okänt kommando'],
  ])('bad input %j prints one line and exits %i', async (argv, code, text) => {
    const res = await lofte(...(argv as string[]));
    expect(res.code).toBe(code);
    expect(res.stdout).toBe('');
    expect(res.stderr.split('\n')).toHaveLength(1);
    expect(res.stderr).toContain(text);
  });
});
