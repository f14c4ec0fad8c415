import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { createDeps } from '../../src/server/deps.ts';
import { startTestApp, usingPostgres, type TestContext } from '../helpers.ts';
import { BRA_2023, braFile, FEED_A, JSON_STAT } from './fixtures.ts';

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
      /^BRÅ 2023, samtliga brott: 6 nya, 0 ändrade, 0 oförändrade från .*bra-2023\.csv; 1 värde skrivet "-" \(noll\) flaggas i serierna\.$/,
    );
    expect(await storedCrimeRows()).toBe(6);
  });

  it('says what a re-import changed: new, changed and unchanged rows', async () => {
    const changed = file(
      'bra-2023-rev.csv',
      braFile(['Kommun;Antal;Per 100 000 inv.', 'Kalix;1 300;7 600,0', 'Haparanda;..;..', 'Luleå;9 000;11 500,0']),
    );
    const res = await lofte('import', 'stats', '--source', 'bra', '--year', '2023', changed);
    expect(res.stdout).toMatch(/^BRÅ 2023, samtliga brott: 1 nya, 1 ändrade, 1 oförändrade från /);
    expect(await storedCrimeRows()).toBe(7);
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
    expect(await storedCrimeRows()).toBe(7);
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
    const noYear = await lofte('import', 'stats', '--source', 'bra', file('no-year.csv', BRA_2023));
    expect(noYear.code).toBe(1);
    expect(noYear.stderr.split('\n')).toHaveLength(1);
    expect(noYear.stderr).toContain('Ange vilket år');
    const noSource = await lofte('import', 'stats', garbage);
    expect(noSource.code).toBe(2);
  });

  it('reads a file that Excel saved as Windows-1252', async () => {
    const latin1 = file('bra-latin1.csv', Buffer.from('Kommun;Antal\r\nÖvertorneå;5\r\n', 'latin1'));
    const res = await lofte('import', 'stats', '--source', 'bra', '--year', '2016', latin1);
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(res.stdout).toMatch(/^BRÅ 2016, samtliga brott: 1 nya, 0 ändrade, 0 oförändrade/);
    expect(await storedCrimeRows()).toBe(8);
  });

  it("imports Polisen's events and says how many were new", async () => {
    const feed = file('events.json', JSON.stringify(FEED_A));
    const first = await lofte('import', 'stats', '--source', 'polisen', feed);
    expect(first.stdout).toMatch(/^Polisens händelser: 5 nya, 0 ändrade, 0 oförändrade från /);
    const again = await lofte('import', 'stats', '--source', 'polisen', feed);
    expect(again.stdout).toMatch(/^Polisens händelser: 0 nya, 0 ändrade, 5 oförändrade från /);
  });

  it("imports a table from BRÅ's statistics database and SCB's JSON-stat answer without --year", async () => {
    const table = file(
      'bra-tabell.csv',
      braFile([
        'Anmälda brott, antal',
        'Region;Brottskategori;2021;2022;2023',
        'Kalix;Misshandel inkl. grov;98;91;88',
        'Norrbottens län;Misshandel inkl. grov;1 702;1 690;1 650',
      ]),
    );
    const bra = await lofte('import', 'stats', '--source', 'bra', table);
    expect([bra.code, bra.stderr]).toEqual([0, '']);
    expect(bra.stdout).toMatch(/^BRÅ tabell 2021–2023, misshandel: 6 nya, 0 ändrade, 0 oförändrade från /);
    const scb = await lofte('import', 'stats', '--source', 'scb', file('folkmangd.json', JSON_STAT));
    expect(scb.stdout).toMatch(/^SCB folkmängd 2021–2023: 8 nya, 0 ändrade, 0 oförändrade från .*; 1 hoppades över/);
  });
});
