import { describe, expect, it } from 'vitest';
import { findTableHeader, parseBraTable } from './bra-table.ts';

const file = (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

/** The statistics database's export with one row per region, category and year, both measures side by side. */
const LONG = file([
  'Anmälda brott efter region, brottskategori och år',
  'Antal och per 100 000 invånare',
  'Region;Brottskategori;År;Antal;Per 100 000 inv.',
  'Kalix kommun;Samtliga brott;2022;1 150;6 800,0',
  'Kalix kommun;Misshandel inkl. grov;2022;98;582,1',
  'Kalix kommun;Misshandel inkl. grov;2023;..;..',
  'Norrbottens län;Misshandel inkl. grov;2023;1 702;680,4',
  'Riket;Misshandel inkl. grov;2023;86 021;816,9',
  ';;;;',
  '.. = uppgift saknas, - = noll',
  'Källa: Brottsförebyggande rådet (Brå)',
]);

/** The same database with the years as columns, rows grouped under their region, and a footnote. */
const WIDE = file([
  '"Anmälda brott, antal"',
  '',
  'Region;Brottskategori;2019;2020;2021;2022;2023',
  'Kalix;Misshandel inkl. grov;102;95;98;91;88',
  ';Skadegörelsebrott;250;231;-;244;260',
  ';Butiksstöld/snatteri;40;..;38;45;51',
  'Stockholms stad: Rinkeby-Kista;Misshandel inkl. grov;700;690;650;640;610',
  'Norrbottens län;Misshandel inkl. grov;1 800;1 750;1 702;1 690;1 650',
  'Riket;Misshandel inkl. grov;88 000;86 500;86 021;85 000;84 300',
  '',
  'Källa: Brå',
]);

describe("BRÅ's table export, one row per region, category and year", () => {
  const r = parseBraTable(LONG, 'samtliga brott');

  it('is recognised by its header, after the title lines', () => {
    expect(findTableHeader(LONG)).toMatchObject({ lineIndex: 2, region: 0, category: 1, year: 2, count: 3, rate: 4 });
    expect(findTableHeader(file(['Kommun;Antal;Per 100 000 inv.', 'Kalix;1 204;7 025,3']))).toBeNull();
    expect(findTableHeader(file(['Ale kommun;2 537;7 946,4']))).toBeNull();
    // Data above what looks like a header: not a table export.
    expect(findTableHeader(file(['Kommun;Antal', 'Region;Brottskategori;2023', 'Kalix;Rån;4']))).toBeNull();
  });

  it('reads kommun, län and country rows with a stable category key and the label the file wrote', () => {
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {
        line: 4,
        code: '2514',
        name: 'Kalix',
        year: 2022,
        category: 'samtliga brott',
        categoryLabel: 'Samtliga brott',
        count: 1150,
        ratePer100k: 6800,
        dash: false,
      },
      expect.objectContaining({
        line: 5,
        code: '2514',
        year: 2022,
        category: 'misshandel',
        count: 98,
        ratePer100k: 582.1,
      }),
      expect.objectContaining({ line: 6, code: '2514', year: 2023, count: null, ratePer100k: null }),
      expect.objectContaining({ line: 7, code: '25', name: 'Norrbottens län', count: 1702, ratePer100k: 680.4 }),
      expect.objectContaining({ line: 8, code: '00', name: 'Riket', count: 86021, ratePer100k: 816.9 }),
    ]);
    expect(r.rows[1]!.categoryLabel).toBe('Misshandel inkl. grov');
  });

  it('reads the footnotes after the table as notes, not as rows', () => {
    expect(r.skipped).toEqual([]);
  });
});

describe("BRÅ's table export with the years as columns", () => {
  const r = parseBraTable(WIDE, 'samtliga brott');

  it('gives one row per year, repeats the region of the row above, and flags "-" as a dash year', () => {
    expect(r.problems).toEqual([]);
    const kalix = r.rows.filter((x) => x.code === '2514');
    expect(kalix).toHaveLength(15);
    const damage = kalix.filter((x) => x.category === 'skadegörelse');
    expect(damage.map((x) => [x.year, x.count, x.dash])).toEqual([
      [2019, 250, false],
      [2020, 231, false],
      [2021, 0, true],
      [2022, 244, false],
      [2023, 260, false],
    ]);
    const theft = kalix.filter((x) => x.category === 'butiksstöld');
    expect(theft.map((x) => x.count)).toEqual([40, null, 38, 45, 51]);
    expect(theft[0]!.categoryLabel).toBe('Butiksstöld, snatteri');
  });

  it('keeps the län and the country, and leaves a city district out with a notice', () => {
    expect(r.rows.filter((x) => x.code === '25').map((x) => x.count)).toEqual([1800, 1750, 1702, 1690, 1650]);
    expect(r.rows.filter((x) => x.code === '00')).toHaveLength(5);
    expect(r.skipped).toEqual([expect.objectContaining({ line: 7, reason: expect.stringContaining('stadsdel') })]);
  });

  it('reads rates from a Mått column, tab separated with comma decimals, into the same rows as the counts', () => {
    const t = parseBraTable(
      file([
        'Region\tBrottskategori\tMått\t2022\t2023',
        'Kalix\tRån inkl. grovt\tAntal\t4\t6',
        'Kalix\tRån inkl. grovt\tPer 100 000 invånare\t23,6\t35,6',
      ]),
      'samtliga brott',
    );
    expect(t.problems).toEqual([]);
    expect(t.rows.map((x) => [x.year, x.category, x.count, x.ratePer100k])).toEqual([
      [2022, 'rån', 4, 23.6],
      [2023, 'rån', 6, 35.6],
    ]);
  });

  it('takes the category from the form when the table has none, and reads a table of rates by its title', () => {
    const t = parseBraTable(
      file(['Anmälda brott per 100 000 invånare', 'Region;2022;2023', 'Kalix;6 800,0;7 025,3']),
      'Narkotikabrott',
    );
    expect(t.rows.map((x) => [x.category, x.year, x.count, x.ratePer100k])).toEqual([
      ['narkotikabrott', 2022, null, 6800],
      ['narkotikabrott', 2023, null, 7025.3],
    ]);
  });
});

describe('a broken table export', () => {
  it('names each bad row: unknown region, bad number, a quarter instead of a year, a row given twice', () => {
    const r = parseBraTable(
      file([
        'Region;Brottskategori;År;Antal',
        'Atlantis;Rån;2023;4',
        'Kalix;Rån;2023;fyra',
        'Kalix;Rån;2023K1;1',
        'Luleå;Rån;2023;5',
        'Luleå kommun;Rån inkl. grovt;2023;5',
      ]),
      'samtliga brott',
    );
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'okänd region "Atlantis"'],
      [3, 'ogiltigt antal "fyra" (2023)'],
      [4, expect.stringContaining('inte ett helt år')],
      [6, 'Luleå, Rån inkl. grovt, 2023 finns redan på rad 5'],
    ]);
  });

  it('refuses a header with neither a year column with counts nor years as columns', () => {
    const r = parseBraTable(file(['Region;Brottskategori;Kommentar', 'Kalix;Rån;x']), 'samtliga brott');
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('Rubrikraden') })]);
  });
});
