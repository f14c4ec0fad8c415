/**
 * Moving a kommun's embedded installation to PostgreSQL: `lofte db copy
 * --to postgres://…` from a PGlite folder holding the full demo into an empty
 * PostgreSQL database; the app on PostgreSQL then answers every read as the
 * embedded one did. And the other way: a backup taken on PostgreSQL restores
 * into an embedded folder with the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn } from '../helpers.ts';
import { seedDemo, DEMO_PASSWORD } from '../../src/app/demo/seed.ts';
import { seedDemoStory } from '../../src/app/demo/story.ts';
import {
  apiAnswers,
  differences,
  emptyFolder,
  emptyPostgres,
  lofte,
  openApp,
  type OpenedApp,
  type Target,
} from '../ops/support.ts';

const BASE = process.env.DATABASE_URL!;
let source: Target;
let embedded: OpenedApp;
let cookie: string;
let before: Map<string, string>;
const targets: Target[] = [];

beforeAll(async () => {
  source = emptyFolder();
  embedded = await openApp(source.env);
  await seedDemo(embedded.deps, { promises: false });
  await seedDemoStory(embedded.deps, DEMO_PASSWORD);
  cookie = (await signIn(embedded.app, DEMO.admin)).cookie;
  before = await apiAnswers(embedded.app, cookie);
  // The embedded server stops before the move: db copy respects its lock.
  await embedded.close();
}, 300_000);
afterAll(async () => {
  for (const t of [source, ...targets]) await t.drop();
});

async function answersOn(env: Record<string, string>) {
  const app = await openApp(env);
  try {
    return await apiAnswers(app.app, cookie);
  } finally {
    await app.close();
  }
}

function expectSame(after: Map<string, string>) {
  expect(before.size).toBeGreaterThan(20);
  expect(differences(before, after)).toEqual([]);
}

describe('lofte db copy: embedded → PostgreSQL', () => {
  it('moves every table, checks it, prints what it moved, and the API answers the same', async () => {
    const target = await emptyPostgres(BASE);
    targets.push(target);
    const copy = await lofte(['db', 'copy', '--to', target.env.DATABASE_URL!], source.env);
    expect(copy.err).toBe('');
    expect(copy.code).toBe(0);
    expect(copy.out).toMatch(/^Kopierat till postgres:\/\/postgres@127\.0\.0\.1:5432\/lofte_test_\w+:\n/);
    expect(copy.out).toMatch(/\n {2}activities +[1-9]\d*\n/);
    expect(copy.out).toMatch(/\n {2}survey_responses +[1-9]\d*\n/);
    expect(copy.out).toMatch(
      /\n\d+ tabeller, \d+ rader, [\d.]+ s\.\nKontrollerat i målet: radantalet i varje tabell och summorna/,
    );
    expectSame(await answersOn(target.env));
  }, 180_000);

  it('refuses a target that already holds an installation, and an unreachable one', async () => {
    const again = await lofte(['db', 'copy', '--to', targets[0]!.env.DATABASE_URL!], source.env);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^Fel: målet postgres:\/\/\S+: Databasen är inte tom \(.*\).*Inget har ändrats\.$/);
    const away = await lofte(['db', 'copy', '--to', 'postgres://postgres@127.0.0.1:1/ingen'], source.env);
    expect(away.code).toBe(1);
    expect(away.err).toMatch(/^Fel: kan inte ansluta till postgres:\/\/postgres@127\.0\.0\.1:1\/ingen: /);
    expect(away.err.split('\n')).toHaveLength(1);
  }, 60_000);

  it('restores a backup taken on PostgreSQL into an embedded folder with the same answers', async () => {
    const files = emptyFolder();
    targets.push(files);
    const file = `${files.env.DATA_DIR}.gz`;
    const backup = await lofte(['backup', file], targets[0]!.env);
    expect(backup.code).toBe(0);
    const folder = emptyFolder();
    targets.push(folder);
    const restore = await lofte(['restore', file], folder.env);
    expect(restore.out).toMatch(/\(taget .*, postgresql\)/);
    expectSame(await answersOn(folder.env));
  }, 180_000);
});
