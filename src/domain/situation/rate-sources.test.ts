import { describe, expect, it } from 'vitest';
import { crimeMeasures, eventMeasures, populationLookup, type CrimeRow, type EventCount } from './rate-sources.ts';
import { mapCrimeCategory, mapPoliceEvent } from './source-mapping.ts';

const KALIX = { code: '2514', nameSv: 'Kalix', nameEn: 'Kalix' };
const NORRBOTTEN = { code: '25', nameSv: 'Norrbottens län', nameEn: 'Norrbottens län' };
const RIKET = { code: '00', nameSv: 'riket', nameEn: 'the country' };
const population = populationLookup([
  { code: '2514', year: 2023, population: 16_000 },
  { code: '2580', year: 2025, population: 80_000 },
  { code: '2584', year: 2025, population: 24_000 },
  { code: '25', year: 2025, population: 250_000 },
  { code: '00', year: 2025, population: 10_500_000 },
]);
const row = (
  code: string,
  year: number,
  category: string,
  ratePer100k: number | null,
  count: number | null = null,
): CrimeRow => ({
  code,
  year,
  category,
  count,
  ratePer100k,
});

describe('the published mapping', () => {
  it("snatteri is theft; narcotics, traffic offences and totals are not residents' problems", () => {
    expect(mapCrimeCategory('Snatteri')).toEqual({ category: 'tillgreppsbrott' });
    expect(mapCrimeCategory('Stöld- och tillgreppsbrott')).toEqual({ category: 'tillgreppsbrott' });
    expect(mapCrimeCategory('Misshandel')).toEqual({ category: 'vald' });
    expect(mapCrimeCategory('Grov kvinnofridskränkning')).toEqual({ category: 'vald_i_nara_relationer' });
    expect(mapCrimeCategory('Narkotikabrott').category).toBeNull();
    expect(mapCrimeCategory('Trafikbrott').category).toBeNull();
    expect(mapCrimeCategory('butiksstöld')).toEqual({ category: 'tillgreppsbrott' });
    expect(mapCrimeCategory('mordbrand')).toEqual({ category: 'skadegorelse' });
    expect(mapCrimeCategory('Brott mot vapenlagen').category).toBeNull();
    expect(mapCrimeCategory('samtliga brott').category).toBeNull();
  });

  it('police-initiated events and wildlife collisions are left out, with the reason', () => {
    expect(mapPoliceEvent('Trafikolycka, vilt', 'trafik')).toMatchObject({ category: null, reasonSv: 'viltolycka' });
    expect(mapPoliceEvent('Trafikkontroll', 'trafik')).toMatchObject({
      category: null,
      reasonSv: 'upptäcks genom polisens eget arbete',
    });
    expect(mapPoliceEvent('Trafikolycka', 'trafik')).toEqual({ category: 'trafik' });
    expect(mapPoliceEvent('Brand', 'brand').category).toBeNull();
  });
});

describe('crime statistics against the län', () => {
  it('sums the BRÅ categories of a problem, compares with the län in the latest year and draws the trend', () => {
    const rows = [
      ...[2021, 2022, 2023, 2024, 2025].map((y, i) => row('2514', y, 'stöld och tillgrepp', 1000 + i * 100)),
      ...[2021, 2022, 2023, 2024, 2025].map((y) => row('2514', y, 'butiksstöld', 200)),
      row('25', 2025, 'stöld och tillgrepp', 1000),
      row('25', 2025, 'butiksstöld', 200),
      row('2514', 2025, 'samtliga brott', 9000),
    ];
    const { measures, evidence } = crimeMeasures(rows, population, '2514', [NORRBOTTEN, RIKET], 2025);
    expect(measures).toHaveLength(1);
    // (1400 + 200) / (1000 + 200) = 1,33 → 6,67, rising about 7 % a year → +1
    expect(measures[0]).toMatchObject({ source: 'statistics', category: 'tillgreppsbrott', points: 7.67, items: 1 });
    expect(measures[0]!.why).toContain('mot 1\u00a0200 i Norrbottens län (1,33 gånger); ökande trend');
    expect(evidence.map((e) => e.description)).toEqual([
      'BRÅ, Butiksstöld, snatteri 2025: 200 per 100\u00a0000 invånare (Norrbottens län 200)',
      'BRÅ, Stöld- och tillgreppsbrott 2025: 1\u00a0400 per 100\u00a0000 invånare (Norrbottens län 1\u00a0000)',
    ]);
  });

  it('without the län it compares with the country; without either it shows the rate and gives nothing', () => {
    const kalix = [row('2514', 2025, 'misshandel', null, 80)];
    const withRiket = crimeMeasures(
      [...kalix, row('00', 2025, 'misshandel', 1000)],
      population,
      '2514',
      [NORRBOTTEN, RIKET],
      2025,
    );
    // 80 / 16 000 (2023's population, the latest there is) = 500 per 100 000: half the country's
    expect(withRiket.measures[0]).toMatchObject({ category: 'vald', points: 2.5 });
    expect(withRiket.measures[0]!.why).toContain('i riket');
    const alone = crimeMeasures(kalix, population, '2514', [NORRBOTTEN, RIKET], 2025);
    expect(alone.measures[0]).toMatchObject({ points: 0 });
    expect(alone.measures[0]!.why).toContain('inget jämförelsetal');
  });

  it('a year where the source wrote "-" stops the trend; two years are no trend', () => {
    const rows = [
      row('2514', 2023, 'skadegörelse', 0),
      row('2514', 2024, 'skadegörelse', 900),
      row('2514', 2025, 'skadegörelse', 1000),
      row('25', 2025, 'skadegörelse', 1000),
    ];
    const dashed = rows.map((r) => (r.year === 2023 && r.code === '2514' ? { ...r, marker: 'dash' } : r));
    expect(crimeMeasures(dashed, population, '2514', [NORRBOTTEN], 2025).measures[0]).toMatchObject({ points: 5 });
    expect(crimeMeasures(rows.slice(1), population, '2514', [NORRBOTTEN], 2025).measures[0]!.why).toContain(
      'ingen trend',
    );
  });
});

describe("Polisen's events", () => {
  const ev = (code: string, type: string, category: string, count: number): EventCount => ({
    code,
    type,
    category,
    count,
  });

  it('45 wildlife collisions and 12 traffic controls do not lift traffic; they are listed as left out', () => {
    const base = [
      ev('2514', 'Trafikolycka', 'trafik', 8),
      ev('2580', 'Trafikolycka', 'trafik', 40),
      ev('2584', 'Trafikolycka', 'trafik', 12),
    ];
    const without = eventMeasures(base, population, KALIX, NORRBOTTEN, 2025);
    const withMore = eventMeasures(
      [...base, ev('2514', 'Trafikolycka, vilt', 'trafik', 45), ev('2514', 'Trafikkontroll', 'trafik', 12)],
      population,
      KALIX,
      NORRBOTTEN,
      2025,
    );
    expect(withMore.measures).toEqual(without.measures);
    // Kalix 8 / 16 000 = 50 per 100 000; the län's covered kommuner 60 / 120 000 = 50 → 5 points
    expect(without.measures[0]).toMatchObject({ source: 'events', category: 'trafik', points: 5 });
    expect(withMore.evidence.map((e) => e.description)).toContain(
      'Räknas inte: 45 × Trafikolycka, vilt 2025 (viltolycka)',
    );
  });

  it("with only the kommun's own events there is nothing to compare with", () => {
    const only = eventMeasures([ev('2514', 'Misshandel', 'våld och hot', 4)], population, KALIX, NORRBOTTEN, 2025);
    expect(only.measures[0]).toMatchObject({ category: 'vald', points: 0 });
  });
});
