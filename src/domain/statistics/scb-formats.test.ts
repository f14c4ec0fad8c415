import { describe, expect, it } from 'vitest';
import { parseScbPopulation } from './scb.ts';

/** PxWeb API v2's answer (JSON-stat 2.0) for BE0101N1 by region and year: regions × contents × years, row-major. */
const JSON_STAT = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  label: 'Folkmängden per region och år',
  source: 'SCB',
  updated: '2025-02-20T07:00:00Z',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [3, 1, 3],
  dimension: {
    Region: {
      label: 'region',
      category: {
        index: { '00': 0, '25': 1, '2514': 2 },
        label: { '00': 'Riket', '25': 'Norrbottens län', '2514': 'Kalix' },
      },
    },
    ContentsCode: {
      label: 'tabellinnehåll',
      category: { index: { BE0101N1: 0 }, label: { BE0101N1: 'Folkmängd' }, unit: { BE0101N1: { base: 'antal' } } },
    },
    Tid: { label: 'år', category: { index: { '2021': 0, '2022': 1, '2023': 2 }, label: { '2021': '2021' } } },
  },
  value: [10452326, 10521556, 10551707, 249693, 249325, 248480, 16912, null, 16852],
  status: { '7': '..' },
  role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
});

describe('SCB population as PxWeb API v2 JSON-stat 2', () => {
  const r = parseScbPopulation(JSON_STAT);

  it('reads every region and year in row-major order, the country as "00" and the län by its code', () => {
    expect(r.layout).toBe('scb-json-stat');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.code, x.year, x.population])).toEqual([
      ['00', 2021, 10452326],
      ['00', 2022, 10521556],
      ['00', 2023, 10551707],
      ['25', 2021, 249693],
      ['25', 2022, 249325],
      ['25', 2023, 248480],
      ['2514', 2021, 16912],
      ['2514', 2023, 16852],
    ]);
  });

  it('skips a null value with the status SCB gave it', () => {
    expect(r.skipped).toEqual([
      expect.objectContaining({ line: 8, reason: expect.stringContaining('Kalix 2022 ("..")') }),
    ]);
  });

  it('takes the index as a list of codes too, and any order of dimensions', () => {
    const ds = JSON.parse(JSON_STAT);
    ds.id = ['Tid', 'Region'];
    ds.size = [2, 1];
    ds.dimension = {
      Tid: { category: { index: ['2022', '2023'] } },
      Region: { category: { index: ['2514'], label: { '2514': 'Kalix' } } },
    };
    ds.value = [16900, 16852];
    delete ds.status;
    expect(parseScbPopulation(JSON.stringify(ds)).rows.map((x) => [x.code, x.year, x.population])).toEqual([
      ['2514', 2022, 16900],
      ['2514', 2023, 16852],
    ]);
  });

  it.each([
    ['a dimension with several values', { size: [3, 2, 3] }, 'tabellinnehåll'],
    ['too few values', { value: [1, 2, 3] }, '"value" har 3 värden'],
    ['no Region', { id: ['Område', 'ContentsCode', 'Tid'] }, 'saknar'],
  ])('refuses %s', (_what, change, word) => {
    const ds = { ...JSON.parse(JSON_STAT), ...change };
    if ('size' in change) {
      ds.dimension.ContentsCode.category.index = { BE0101N2: 0, BE0101N3: 1 };
      ds.value = new Array(18).fill(1);
    }
    const problems = parseScbPopulation(JSON.stringify(ds)).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message.toLowerCase()).toContain(word.toLowerCase());
  });
});

describe('SCB population as a CSV download', () => {
  it('reads the long layout with code and text, quotes and a title line', () => {
    const r = parseScbPopulation(
      [
        '"Folkmängden per region och år"',
        '',
        '"region","år","Folkmängd"',
        '"00 Riket","2023",10551707',
        '"25 Norrbottens län","2023",248480',
        '"2514 Kalix","2022",16900',
        '"2514 Kalix","2023",16852',
      ].join('\r\n'),
    );
    expect(r.layout).toBe('scb-csv');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.line, x.code, x.year, x.population])).toEqual([
      [4, '00', 2023, 10551707],
      [5, '25', 2023, 248480],
      [6, '2514', 2022, 16900],
      [7, '2514', 2023, 16852],
    ]);
  });

  it('reads the years as columns, semicolon separated, with names only and ".."', () => {
    const r = parseScbPopulation(
      ['region;Folkmängd 2022;Folkmängd 2023', 'Kalix;16 900;16 852', 'Haparanda;..;9 500'].join('\n'),
    );
    expect(r.rows.map((x) => [x.code, x.year, x.population])).toEqual([
      ['2514', 2022, 16900],
      ['2514', 2023, 16852],
      ['2583', 2023, 9500],
    ]);
    expect(r.skipped).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringContaining('Haparanda 2022') }),
    ]);
  });

  it('reports an unknown region and a bad number by line, and refuses a table with more variables', () => {
    const r = parseScbPopulation(['"region","2023"', '"9999 Atlantis",1', '"2514 Kalix",många'].join('\n'));
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'okänd region "9999 Atlantis"'],
      [3, 'ogiltig folkmängd "många"'],
    ]);
    const more = parseScbPopulation(['"region","kön","2022","2023"', '"2514 Kalix","män",8600,8550'].join('\n'));
    expect(more.problems[0]!.message).toContain('fler variabler');
  });
});
