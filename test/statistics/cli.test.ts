import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { createDeps } from '../../src/server/deps.ts';
import { startTestApp, usingPostgres, type TestContext } from '../helpers.ts';
import { BRA_2023, braFile, FEED_A } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'lofte-stats-cli-'));
let ctx: TestContext | null = null;
let env: Record<string, string>;

/** The CLI opens its own connection: a fresh PostgreSQL database when DATABASE_URL is set, else PGlite in a folder. */
beforeAll(async () => {
  if (usingPostgres) {
    ctx = await startTestApp({ demo: false });
    env = { DATABASE_URL: ctx.config.databaseUrl! };
  } else {
    env = { DATA_DIR: join(dir, 'db') };
  }
});
afterAll(async () => {
  await ctx?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function lofte(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, env);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function storedCrimeRows(): Promise<number> {
  const deps = await createDeps(loadConfig(env), { log: () => {} });
  try {
    const row = await deps.db
      .selectFrom('stats_crime_counts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await deps.db.destroy();
  }
}

describe('lofte import stats', () => {
  it("imports BRÅ's file and prints one summary line", async () => {
    const res = await lofte('import', 'stats', '--source', 'bra', '--year', '2023', file('bra-2023.csv', BRA_2023));
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout.split('\n')).toHaveLength(1);
    expect(res.stdout).toMatch(
      /^BRÅ 2023, samtliga brott: 5 kommuner sparade från .*bra-2023\.csv; 1 hoppades över \("Riket" är en riksnivå/,
    );
    expect(await storedCrimeRows()).toBe(5);
  });

  it('on a bad file prints ONE line naming the first bad rows, stores nothing and exits 1', async () => {
    const bad = file(
      'bad.csv',
      braFile([
        'Kommun;Antal;Per 100 000 inv.',
        'Kalix;1 204;7 025,3',
        'Luleå;1;1',
        'Piteå;2;2',
        'Atlantis;12;1,0',
        'Boden;3;3',
        'Älvsbyn;4;4',
        'Arjeplog;5;5',
        'Jokkmokk;nio;1,0',
        'Lemuria;1;1',
        'Mu;1;1',
      ]),
    );
    const res = await lofte('import', 'stats', '--source', 'bra', '--year', '2017', '--category', 'anmälda brott', bad);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.split('\n')).toHaveLength(1);
    expect(res.stderr).toBe(
      'Fel: 4 rader har fel (rad 5: okänd kommun "Atlantis"; rad 9: ogiltigt antal "nio"; rad 10: okänd kommun "Lemuria"; … och 1 till); inget sparades',
    );
    expect(await storedCrimeRows()).toBe(5);
  });

  it('reports binary garbage, a missing file and missing options in one line', async () => {
    const garbage = file(
      'garbage.bin',
      Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256),
    );
    const bin = await lofte('import', 'stats', '--source', 'bra', '--year', '2023', garbage);
    expect([bin.code, bin.stderr]).toEqual([
      1,
      'Fel: 1 rad har fel (rad 1: Filen ser ut att vara en binärfil, inte text); inget sparades',
    ]);
    const missing = await lofte('import', 'stats', '--source', 'scb', join(dir, 'finns-inte.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('finns inte');
    const noYear = await lofte('import', 'stats', '--source', 'bra', garbage);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr.split('\n')).toHaveLength(1);
  });

  it('reads a file that Excel saved as Windows-1252', async () => {
    const latin1 = file('bra-latin1.csv', Buffer.from('Kommun;Antal\r\nÖvertorneå;5\r\n', 'latin1'));
    const res = await lofte('import', 'stats', '--source', 'bra', '--year', '2016', latin1);
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(res.stdout).toMatch(/^BRÅ 2016, samtliga brott: 1 kommun sparade/);
    expect(await storedCrimeRows()).toBe(6);
  });

  it("imports Polisen's events and says how many were new", async () => {
    const feed = file('events.json', JSON.stringify(FEED_A));
    const first = await lofte('import', 'stats', '--source', 'polisen', feed);
    expect(first.stdout).toMatch(/^Polisens händelser: 5 nya, 0 fanns redan/);
    const again = await lofte('import', 'stats', '--source', 'polisen', feed);
    expect(again.stdout).toMatch(/^Polisens händelser: 0 nya, 5 fanns redan och uppdaterades/);
  });
});
