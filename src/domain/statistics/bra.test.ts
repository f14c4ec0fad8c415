import { describe, expect, it } from 'vitest';
import { parseBraCsv } from './bra.ts';

const file = (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('BRÅ yearly file, 2023+ layout (with header)', () => {
  const parsed = parseBraCsv(
    file([
      'Kommun;Antal;Per 100 000 inv.',
      'Riket;1 477 386;14 034,6',
      'Kalix;1 204;7 025,3',
      'Haparanda;..;..',
      'Övertorneå;-;0',
      'Arjeplog;180;',
    ]),
  );

  it('joins rows to kommunkod and reads thousands separators, "..", "-" (flagged) and decimal commas', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.slice(1)).toEqual([
      { line: 3, code: '2514', name: 'Kalix', count: 1204, ratePer100k: 7025.3, dash: false },
      { line: 4, code: '2583', name: 'Haparanda', count: null, ratePer100k: null, dash: false },
      { line: 5, code: '2518', name: 'Övertorneå', count: 0, ratePer100k: 0, dash: true },
      { line: 6, code: '2506', name: 'Arjeplog', count: 180, ratePer100k: null, dash: false },
    ]);
  });

  it('keeps the national total as region "00", and a län under its code', () => {
    expect(parsed.skipped).toEqual([]);
    expect(parsed.rows[0]).toEqual({
      line: 2,
      code: '00',
      name: 'Riket',
      count: 1477386,
      ratePer100k: 14034.6,
      dash: false,
    });
    const lan = parseBraCsv(file(['Kommun;Antal', 'Norrbottens län;17 950', 'Kalix;1 204']));
    expect(lan.rows.map((r) => [r.code, r.name, r.count])).toEqual([
      ['25', 'Norrbottens län', 17950],
      ['2514', 'Kalix', 1204],
    ]);
  });

  it('finds the columns by their names, whatever their order', () => {
    const r = parseBraCsv(file(['Kommun;Per 100 000 inv.;Antal', 'Kalix;7 025,3;1 204']));
    expect(r.rows[0]).toMatchObject({ count: 1204, ratePer100k: 7025.3 });
  });
});

describe('BRÅ yearly file, 2021 layout (no header)', () => {
  const parsed = parseBraCsv(
    file([
      'Hela landet;1 509 592;14 517,0',
      'Ale kommun;2 537;7 946,4',
      'Arjeplogs kommun;211;7 130,2',
      'Falu kommun;5 402;9 008,1',
      'Malung–Sälens kommun;687;6 610,5',
      'Stockholms stad;160 112;16 182,2',
      'Rinkeby-Kista;9 870;19 601,3',
      'Stockholm: Södermalm;21 004;15 120,9',
    ]),
  );

  it('reads the first line as data and resolves "X kommun", genitives, dashes and "Falu"', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.code, r.count])).toEqual([
      [1, '00', 1509592],
      [2, '1440', 2537],
      [3, '2506', 211],
      [4, '2080', 5402],
      [5, '2023', 687],
      [6, '0180', 160112],
    ]);
  });

  it("skips Stockholm's city districts with notices: districts are not kommuner", () => {
    expect(parsed.skipped.map((s) => s.line)).toEqual([7, 8]);
    expect(parsed.skipped[0]!.reason).toContain('stadsdel i Stockholm');
  });
});

describe('broken BRÅ files', () => {
  it('reports an unknown kommun and a bad number on their own lines, and keeps going', () => {
    const r = parseBraCsv(
      file([
        'Kommun;Antal;Per 100 000 inv.',
        'Kalix;1 204;7 025,3',
        'Atlantis;12;1,0',
        'Haparanda;tolv;1,0',
        'Luleå;1 2 3;x',
      ]),
    );
    expect(r.problems).toEqual([
      { line: 3, message: 'okänd kommun "Atlantis"', messageEn: 'unknown kommun "Atlantis"' },
      expect.objectContaining({ line: 4, message: 'ogiltigt antal "tolv"' }),
      expect.objectContaining({ line: 5, message: 'ogiltigt antal "1 2 3"' }),
      expect.objectContaining({ line: 5, message: expect.stringContaining('per 100 000') }),
    ]);
  });

  it.each([
    ['comma separated', 'Kommun,Antal,Per 100 000 inv.\r\nKalix,1204,"7025,3"\r\n', 'semikolon'],
    ['tab separated', 'Kommun\tAntal\r\nKalix\t1204\r\n', 'semikolon'],
    ['empty', '\uFEFF\r\n  \r\n', 'tom'],
    ['binary', '\u0000\u0001PK\u0003\u0004\u0000garbage', 'binärfil'],
    ['an Excel workbook (.xlsx)', 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml', 'spara den som CSV'],
    ['JSON', '[{"id":1}]', 'JSON'],
    ['a header without Antal', file(['Kommun;Brott', 'Kalix;1']), 'Antal'],
    ['only a national total', file(['Kommun;Antal', 'Riket;1 000']), 'inga kommuner'],
  ])('refuses a file that is %s', (_what, text, word) => {
    const r = parseBraCsv(text);
    expect(r.rows).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 1, message: expect.stringContaining(word) });
  });

  it('reports a kommun listed twice, a missing count and too few columns', () => {
    const r = parseBraCsv(file(['Kommun;Antal', 'Kalix;1', 'Kalix kommun;2', 'Luleå;', 'Piteå']));
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Kalix finns redan på rad 2'],
      [4, 'ogiltigt antal ""'],
      [5, expect.stringContaining('för få kolumner')],
    ]);
  });

  it('counts lines as the file has them, blank lines included', () => {
    const r = parseBraCsv('Kommun;Antal\n\nKalix;1\nAtlantis;2\n');
    expect(r.problems[0]!.line).toBe(4);
  });
});
