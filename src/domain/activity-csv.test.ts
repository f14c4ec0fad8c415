import { describe, expect, it } from 'vitest';
import { readActivityCsv, parseSwedishNumber } from './activity-csv.ts';
import { csvCell, parseCsv } from './csv.ts';

const ID = '3f2b8c1e-1111-4222-8333-444455556666';

describe('CSV reading', () => {
  it('reads ; or , separated files with a BOM, quotes and CRLF', () => {
    const t = parseCsv('\uFEFFa;b;c\r\n1;"x; ""y""";3\r\n\r\n4;5;"rad\nbrytning"\r\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x; "y"', '3'] },
      { line: 4, cells: ['4', '5', 'rad\nbrytning'] },
    ]);
    expect(parseCsv('a,b\n1,2').rows[0]!.cells).toEqual(['1', '2']);
  });

  it('a quote that never closes, or closes mid-cell, breaks only its own line', () => {
    const t = parseCsv('a;b\n1;"öppen\n2;3\n4;"x"y\n5;"rad\nbrytning"\n6;7\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '"öppen'], broken: true },
      { line: 3, cells: ['2', '3'] },
      { line: 4, cells: ['4', '"x"y'], broken: true },
      { line: 5, cells: ['5', 'rad\nbrytning'] },
      { line: 7, cells: ['6', '7'] },
    ]);
    expect(
      readActivityCsv(`åtagande;datum;anteckning\n${ID};2024-03-01;"slut saknas\n${ID};2024-03-02;ok\n`),
    ).toMatchObject({
      activities: [{ line: 3, date: '2024-03-02' }],
      problems: [{ line: 2, message: expect.stringContaining('citattecken') }],
    });
  });

  it('neutralises spreadsheet formulas when writing', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('a;b')).toBe('"a;b"');
  });

  it('reads Swedish numbers', () => {
    expect(parseSwedishNumber('1 200')).toBe(1200);
    expect(parseSwedishNumber('2,5')).toBe(2.5);
    expect(parseSwedishNumber('-3')).toBeNull();
    expect(parseSwedishNumber('tio')).toBeNull();
  });
});

describe('activity upload format', () => {
  it('reads activities with default quantity, places and outcomes', () => {
    const { activities, problems } = readActivityCsv(
      `Åtagande;Åtagande (text);Datum;Antal;Platser;Anteckning;utfall:beslag gram\n${ID};Trafik;2024-03-01;;Centrum|Torget;Bra;12,5\n${ID};;2024-03-02;20;;;\n`,
    );
    expect(problems).toEqual([]);
    expect(activities).toEqual([
      {
        line: 2,
        commitmentId: ID,
        date: '2024-03-01',
        quantity: 1,
        places: ['Centrum', 'Torget'],
        note: 'Bra',
        outcomes: { 'beslag gram': 12.5 },
      },
      { line: 3, commitmentId: ID, date: '2024-03-02', quantity: 20, places: [], note: null, outcomes: {} },
    ]);
  });

  it('reports every bad row by its line number, in Swedish', () => {
    const { problems } = readActivityCsv(
      `åtagande;datum;antal\n${ID};2024-03-01;1\nfel;1/3/2024;två\n${ID};2024-03-03;x\n`,
    );
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0]!.message).toContain('åtagande saknas');
    expect(problems[0]!.message).toContain('1/3/2024');
    expect(problems[0]!.message).toContain('"två" är inget tal');
  });

  it('needs the two required columns', () => {
    expect(readActivityCsv('namn;antal\nx;1\n').problems[0]!.message).toContain('"åtagande" och "datum"');
  });
});
