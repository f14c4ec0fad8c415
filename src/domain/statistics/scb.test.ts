import { describe, expect, it } from 'vitest';
import { parseScbPopulation } from './scb.ts';

const columns = [
  { code: 'Region', type: 'd' },
  { code: 'Tid', type: 't' },
  { code: 'BE0101N1', type: 'c' },
];
const answer = (data: unknown[], cols: unknown = columns) => JSON.stringify({ columns: cols, data });

describe('SCB population (PxWeb JSON)', () => {
  it('reads population per kommun and year', () => {
    const r = parseScbPopulation(
      answer([
        { key: ['2514', '2023'], values: ['16 852'] },
        { key: ['1384', '2024'], values: ['39910'] },
      ]),
    );
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { line: 1, code: '2514', year: 2023, population: 16852 },
      { line: 2, code: '1384', year: 2024, population: 39910 },
    ]);
  });

  it('follows the key order that "columns" gives', () => {
    const r = parseScbPopulation(
      answer([{ key: ['2023', '2514'], values: ['16852'] }], [columns[1], columns[0], columns[2]]),
    );
    expect(r.rows[0]).toMatchObject({ code: '2514', year: 2023 });
  });

  it('skips ".." with a notice, and keeps the country as "00" and a län under its code', () => {
    const r = parseScbPopulation(
      answer([
        { key: ['2514', '2023'], values: ['..'] },
        { key: ['00', '2023'], values: ['10551707'] },
        { key: ['25', '2023'], values: ['248 480'] },
        { key: ['2583', '2023'], values: ['9 500'] },
      ]),
    );
    expect(r.layout).toBe('scb-pxweb-json');
    expect(r.rows.map((x) => [x.code, x.population])).toEqual([
      ['00', 10551707],
      ['25', 248480],
      ['2583', 9500],
    ]);
    expect(r.skipped.map((s) => s.line)).toEqual([1]);
  });

  it('reports unknown codes, bad years and bad numbers by entry', () => {
    const r = parseScbPopulation(
      answer([
        { key: ['9999', '2023'], values: ['1'] },
        { key: ['2514', '20x3'], values: ['1'] },
        { key: ['2514', '2023'], values: ['många'] },
        { key: ['2514'] },
      ]),
    );
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'okänd kommunkod "9999"'],
      [2, 'ogiltigt år "20x3"'],
      [3, 'ogiltig folkmängd "många"'],
      [4, 'post 4 saknar "key" eller "values"'],
    ]);
  });

  it.each([
    ['a list', '[1,2]', 'Fel JSON-format'],
    ['no data', '{"columns": []}', 'Fel JSON-format'],
    [
      'more variables than Region and Tid',
      answer(
        [],
        [
          { code: 'Region', type: 'd' },
          { code: 'Kon', type: 'd' },
          { code: 'Tid', type: 't' },
        ],
      ),
      'Region och Tid',
    ],
    ['broken JSON', '{"data": [', 'Ogiltig JSON'],
    ['a CSV without a population column', 'Region;Tid\n2514;2023', 'Ingen rubrikrad'],
    ['empty data', answer([]), 'ingen folkmängd'],
  ])('refuses %s', (_what, text, word) => {
    expect(parseScbPopulation(text).problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining(word) }),
    ]);
  });
});
