/**
 * `lofte backup` and `lofte restore` as an operator uses them: the full demo
 * (promise sets with progress, follow-ups, surveys with answers, the audit
 * log) backed up and restored into an empty database answers every read
 * exactly as before, on the kind of database the suite runs on (PGlite, or
 * PostgreSQL with DATABASE_URL; from one kind to the other:
 * test/postgres/db-copy.test.ts). Every wrong use is one line, a non-zero
 * exit, and changes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, usingPostgres, type TestContext } from '../helpers.ts';
import { seedDemoStory } from '../../src/app/demo/story.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/seed.ts';
import { dumpDatabase } from '../../src/db/backup/dump.ts';
import { writeBackupFile } from '../../src/db/backup/format.ts';
import { connectDb } from '../../src/db/connect.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { apiAnswers, differences, emptyFolder, emptyPostgres, lofte, openApp, type Target } from './support.ts';

let ctx: TestContext;
let cookie: string;
let before: Map<string, string>;
let work: Target;
let file: string;
const targets: Target[] = [];

beforeAll(async () => {
  ctx = await startTestApp();
  await seedDemoStory(ctx.deps, DEMO_PASSWORD);
  // Signed in before the backup: the session is part of what is restored.
  cookie = (await signIn(ctx.app, DEMO.admin)).cookie;
  before = await apiAnswers(ctx.app, cookie);
  work = emptyFolder();
  file = `${work.env.DATA_DIR}.lofte-backup.gz`;
  await writeBackupFile(file, dumpDatabase(ctx.deps.db, usingPostgres ? 'postgresql' : 'pglite'));
}, 300_000);
afterAll(async () => {
  await ctx.close();
  for (const t of [...targets, work]) await t.drop();
});

async function restoredAnswers(target: Target) {
  targets.push(target);
  const restored = await lofte(['restore', file], target.env);
  expect(restored.err).toBe('');
  expect(restored.code).toBe(0);
  expect(restored.out).toMatch(/Återställt från .*: \d+ tabeller, \d+ rader/);
  const opened = await openApp(target.env);
  try {
    return await apiAnswers(opened.app, cookie);
  } finally {
    await opened.close();
  }
}

function expectSameAnswers(after: Map<string, string>) {
  expect(before.size).toBeGreaterThan(20);
  expect(differences(before, after)).toEqual([]);
}

describe('backup → restore round trip', () => {
  it('reads what the demo holds: sets with progress, follow-ups, survey results, the audit log', () => {
    expect([...before.keys()].filter((u) => u.endsWith('/progress')).length).toBeGreaterThanOrEqual(5);
    expect([...before.keys()].filter((u) => u.startsWith('/api/v1/follow-ups/')).length).toBeGreaterThan(3);
    const results = [...before.entries()].filter(([u]) => u.endsWith('/results'));
    expect(results.length).toBeGreaterThan(3);
    expect(results.every(([, a]) => a.startsWith('200 '))).toBe(true);
    expect(before.get('/api/v1/audit?from=2000-01-01&to=2100-01-01&limit=10000')).toMatch(/^200 .*"action"/);
  });

  it(`gives identical answers from the API after a restore into an empty ${usingPostgres ? 'PostgreSQL database' : 'folder'}`, async () => {
    const target = usingPostgres ? await emptyPostgres(process.env.DATABASE_URL!) : emptyFolder();
    expectSameAnswers(await restoredAnswers(target));
  }, 120_000);

  it('continues numbering audit entries after the restored ones', async () => {
    const target = targets[0]!;
    const opened = await openApp(target.env);
    try {
      const max = await opened.deps.db
        .selectFrom('audit_log')
        .select((e) => e.fn.max('id').as('id'))
        .executeTakeFirstOrThrow();
      const me = await signIn(opened.app, DEMO.kalixCoordinator);
      const created = await me.request('POST', '/api/v1/promise-sets', kalixPromise());
      expect(created.statusCode).toBe(201);
      const res = await opened.app.inject({ url: '/api/v1/audit?limit=1', cookies: { lofte_session: cookie } });
      expect(BigInt(res.json().entries[0].id)).toBeGreaterThan(BigInt(String(max.id)));
    } finally {
      await opened.close();
    }
  }, 60_000);
});

describe('refusals: one line, a non-zero exit, nothing changed', () => {
  it('refuses to restore into a database that has content, and leaves it as it was', async () => {
    const target = targets[0]!;
    const again = await lofte(['restore', file], target.env);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      /^Fel: Databasen är inte tom \(.*\); återställ bara i en tom databas.*Inget har ändrats\.$/,
    );
    expect(again.err.split('\n')).toHaveLength(1);
    const opened = await openApp(target.env);
    try {
      const users = await opened.deps.db.selectFrom('users').select('id').execute();
      const sourceUsers = await ctx.deps.db.selectFrom('users').select('id').execute();
      expect(users.length).toBe(sourceUsers.length);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('refuses a file that is not a backup without creating a database', async () => {
    const target = emptyFolder();
    targets.push(target);
    const bogus = `${target.env.DATA_DIR}.txt`;
    writeFileSync(bogus, 'namn;datum\n');
    const r = await lofte(['restore', bogus], target.env);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toBe(`Fel: Filen ${bogus} är ingen säkerhetskopia från lofte backup (not a gzip file).`);
    expect(existsSync(target.env.DATA_DIR!)).toBe(false);
    expect((await lofte(['restore', `${bogus}.saknas`], target.env)).err).toMatch(/finns inte eller kan inte läsas/);
    expect((await lofte(['restore'], target.env)).code).toBe(2);
  });

  it('rolls back a truncated backup: the database stays empty', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const target = emptyFolder();
    targets.push(target);
    const cut = `${target.env.DATA_DIR}.cut.gz`;
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const r = await lofte(['restore', cut], target.env);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Fel: Säkerhetskopian är ofullständig: slutet saknas (truncated); inget har återställts.');
    const db = await connectDb({ databaseUrl: null, dataDir: target.env.DATA_DIR! });
    try {
      expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
    // Once emptied of the half restore nothing remains to block a complete one.
    expect((await lofte(['restore', file], target.env)).code).toBe(0);
  }, 120_000);

  it('refuses a backup from a newer version and an edited row, naming the problem', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    const newer = { ...header, migrations: [...header.migrations, '9999_from_the_future'] };
    const target = emptyFolder();
    targets.push(target);
    const f1 = `${target.env.DATA_DIR}.newer.gz`;
    writeFileSync(f1, gzipSync([JSON.stringify(newer), ...lines.slice(1)].join('\n')));
    expect((await lofte(['restore', f1], target.env)).err).toMatch(
      /^Fel: Säkerhetskopian kommer från en nyare version av lofte \(migreringen 9999_from_the_future är okänd här\)/,
    );
    const row = lines.findIndex((l) => l.startsWith('['));
    const f2 = `${target.env.DATA_DIR}.edited.gz`;
    writeFileSync(f2, gzipSync([...lines.slice(0, row), '["bara ett värde"]', ...lines.slice(row + 1)].join('\n')));
    const r = await lofte(['restore', f2], target.env);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Fel: Tabellen \w+: en rad har fel antal värden/);
    // A changed value in a row of the right shape: the checksum on the last line tells.
    const users = lines.findIndex((l) => l.includes('"name":"users"'));
    const edited = lines[users + 1]!.replace('@demo.medborgarlofte.se', '@annan.example');
    expect(edited).not.toBe(lines[users + 1]);
    const f3 = `${target.env.DATA_DIR}.changed.gz`;
    writeFileSync(f3, gzipSync([...lines.slice(0, users + 1), edited, ...lines.slice(users + 2)].join('\n')));
    const changed = await lofte(['restore', f3], target.env);
    expect(changed.err).toBe(
      'Fel: Säkerhetskopians kontrollsumma stämmer inte: filen har ändrats eller skadats (checksum differs).',
    );
    const db = await connectDb({ databaseUrl: null, dataDir: target.env.DATA_DIR! });
    try {
      expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
  }, 120_000);

  it('never overwrites a file and never backs up a folder that is not there', async () => {
    const target = emptyFolder();
    targets.push(target);
    const exists = await lofte(['backup', file], target.env);
    expect(exists).toMatchObject({ code: 1, err: `Fel: filen ${file} finns redan; välj ett nytt namn.` });
    const missing = await lofte(['backup', `${target.env.DATA_DIR}.gz`], target.env);
    expect(missing.err).toBe(
      `Fel: databasmappen ${target.env.DATA_DIR} finns inte (DATA_DIR); det finns inget att läsa.`,
    );
    expect(existsSync(target.env.DATA_DIR!)).toBe(false);
    expect((await lofte(['backup'], target.env)).code).toBe(2);
  });

  it('respects the lock of an embedded database in use: the backup waits for the server to stop', async () => {
    const target = emptyFolder();
    targets.push(target);
    expect((await lofte(['restore', file], target.env)).code).toBe(0);
    const server = await openApp(target.env);
    try {
      const out = `${target.env.DATA_DIR}.while-open.gz`;
      const r = await lofte(['backup', out], target.env);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^Fel: Databasmappen .* används redan av en annan process/);
      expect(existsSync(out)).toBe(false);
    } finally {
      await server.close();
    }
    const after = `${target.env.DATA_DIR}.after.gz`;
    const ok = await lofte(['backup', after], target.env);
    expect(ok.out).toMatch(/^Säkerhetskopia skriven: .* \(\d+ tabeller, \d+ rader, \d+ kB, [\d.]+ s\)\.$/);
  }, 60_000);

  it('db copy refuses a target that is not a PostgreSQL address', async () => {
    const r = await lofte(['db', 'copy', '--to', 'http://example.se/db'], work.env);
    expect(r).toMatchObject({ code: 2, err: 'Fel: --to måste vara en PostgreSQL-adress (postgres://…), inte http:' });
    expect((await lofte(['db', 'copy'], work.env)).err).toMatch(/^Fel: ange målet: lofte db copy --to postgres:/);
  });
});
