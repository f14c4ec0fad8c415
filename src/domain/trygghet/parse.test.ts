import { describe, expect, it } from 'vitest';
import { municipalityByCode } from '../municipality/municipality.ts';
import { parseOutsideSurvey } from './parse.ts';

const kalix = municipalityByCode('2514')!;

/** Polisens trygghetsmätning for Kalix as its report's table reads, copied into Excel and saved as CSV (BOM, CRLF). */
const POLISEN = [
  '\uFEFFOmråde;Påstående;Index;Antal svar;Konfidensintervall',
  'Kalix totalt;Ungdomsgäng som bråkar och stör ordningen;2,1;1 184;1,9–2,3',
  'Kalix totalt;Narkotikapåverkade personer utomhus;1,4;1 184;',
  'Kalix totalt;Personer som kör för fort med bil;3,6;1 184;3,4–3,8',
  'Centrum;Ungdomsgäng som bråkar och stör ordningen;2,8;412;2,4-3,2',
  'Centrum;Nedskräpning;..;412;',
  'Töre;Personer som kör för fort med bil;4,0;96;',
].join('\r\n');

describe("Polisen's trygghetsmätning", () => {
  it('reads the total as the kommun, the delområden as areas, and skips an item the report shows no index for', () => {
    const r = parseOutsideSurvey('polisen_trygghetsmatning', POLISEN, kalix);
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(5);
    expect(r.rows[0]).toEqual({
      line: 2,
      level: 'kommun',
      areaName: null,
      item: 'Ungdomsgäng som bråkar och stör ordningen',
      category: 'ungdomar',
      measure: 'index_0_6',
      value: 2.1,
      answers: 1184,
      ciLow: 1.9,
      ciHigh: 2.3,
    });
    expect(r.rows[1]).toMatchObject({ category: 'narkotika', ciLow: null, ciHigh: null });
    expect(r.rows[3]).toMatchObject({ level: 'area', areaName: 'Centrum', value: 2.8, ciLow: 2.4, ciHigh: 3.2 });
    expect(r.rows.map((x) => x.category)).toEqual(['ungdomar', 'narkotika', 'trafik', 'ungdomar', 'trafik']);
    expect(r.skipped).toEqual([expect.objectContaining({ line: 6, reason: expect.stringContaining('Nedskräpning') })]);
  });

  it('reports every bad row with its line, in Swedish and English', () => {
    const bad = [
      'Område;Påstående;Index;Antal svar;Felmarginal',
      'Kalix;Inbrott i bostäder;6,4;900;', // over the scale
      'Luleå;Inbrott i bostäder;2,0;900;', // another kommun
      'Centrum;;2,0;900;', // no statement
      'Centrum;Skadegörelse;två;0;', // not a number, no answers
      'Centrum;Klotter;2,0;300;±x', // margin
      'Centrum;Klotter;2,2;300;',
      'centrum;klotter;2,3;300;', // the same item and area again
    ].join('\n');
    const r = parseOutsideSurvey('polisen_trygghetsmatning', bad, kalix);
    expect(r.rows.map((x) => x.line)).toEqual([7]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 5, 6, 8]);
    expect(r.problems[0]!.message).toContain('index 0–6');
    expect(r.problems[1]!.message).toContain('Luleå kommun');
    expect(r.problems[1]!.messageEn).toContain('imported for Kalix');
    expect(r.problems[6]!.message).toContain('finns redan på rad 7');
  });

  it('turns a margin of error into an interval within the scale', () => {
    const text = 'Område;Påstående;Index;Antal svar;Felmarginal (±)\nKalix;Nedskräpning;0,2;950;±0,3\n';
    const r = parseOutsideSurvey('polisen_trygghetsmatning', text, kalix);
    expect(r.rows[0]).toMatchObject({ value: 0.2, ciLow: 0, ciHigh: 0.5, category: 'ordningsstorningar' });
  });
});

describe("Brå's NTU", () => {
  it('reads shares for the kommun, its län, its LPO and the country, comma separated with quoted decimals', () => {
    const text = [
      'Region,Fråga,Andel (%),Felmarginal (±),Antal svar',
      'Kalix kommun,"Otrygghet vid utevistelse sen kväll","14,2","2,1",812',
      'Norrbottens län,"Otrygghet vid utevistelse sen kväll","17,5","0,9",6 840',
      'LPO Östra Norrbotten,"Otrygghet vid utevistelse sen kväll","15,0",..,',
      'Riket,"Otrygghet vid utevistelse sen kväll","23,8","0,3",',
    ].join('\r\n');
    const r = parseOutsideSurvey('bra_ntu', text, kalix);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.level, x.areaName, x.value, x.ciLow, x.ciHigh, x.answers])).toEqual([
      ['kommun', null, 14.2, 12.1, 16.3, 812],
      ['lan', 'Norrbottens län', 17.5, 16.6, 18.4, 6840],
      ['lpo', 'LPO Östra Norrbotten', 15, null, null, null],
      ['riket', 'Riket', 23.8, 23.5, 24.1, null],
    ]);
    expect(r.rows.every((x) => x.measure === 'share' && x.category === 'otrygga_platser')).toBe(true);
  });

  it("refuses another län, a share over 100 and a header that is not NTU's", () => {
    const text = 'Region;Fråga;Andel (%)\nStockholms län;Oro för brottslighet;12\nKalix;Oro för brottslighet;112 %\n';
    const r = parseOutsideSurvey('bra_ntu', text, kalix);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [2, expect.stringContaining('inte Kalixs län (Norrbottens län)')],
      [3, expect.stringContaining('andel i procent, 0–100')],
    ]);
    const header = parseOutsideSurvey('bra_ntu', '\n\nKommun;Antal;Per 100 000 inv\nKalix;1200;7000\n', kalix);
    expect(header.problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('Region;Fråga;Andel (%)') }),
    ]);
  });
});

describe("SCB's medborgarundersökning", () => {
  it('reads index values 0–100, the kommun and all kommuner', () => {
    const text = [
      'Kommun;Index/Betygsindex;Värde;Felmarginal;Antal svar',
      'Kalix;Nöjd-Region-Index (NRI);58;2;412',
      'Kalix;Trygghet;61;;412',
      'Samtliga kommuner;Trygghet;63;0,5;',
    ].join('\n');
    const r = parseOutsideSurvey('scb_medborgarundersokning', text, kalix);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.level, x.item, x.value, x.category])).toEqual([
      ['kommun', 'Nöjd-Region-Index (NRI)', 58, null],
      ['kommun', 'Trygghet', 61, 'otrygga_platser'],
      ['riket', 'Trygghet', 63, 'otrygga_platser'],
    ]);
    expect(r.rows[0]).toMatchObject({ measure: 'index_0_100', ciLow: 56, ciHigh: 60, answers: 412 });
  });

  it('says why an empty, binary or JSON file cannot be read', () => {
    for (const [text, words] of [
      ['', 'tom'],
      ['\u0000\u0001PK', 'binärfil'],
      ['{"data": []}', 'JSON'],
      ['Kommun;Index;Värde\n', 'inga resultat'],
    ] as const) {
      const r = parseOutsideSurvey('scb_medborgarundersokning', text, kalix);
      expect(r.rows).toEqual([]);
      expect(r.problems[0]!.message).toContain(words);
    }
  });
});
