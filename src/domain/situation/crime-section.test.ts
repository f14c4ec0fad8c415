import { describe, expect, it } from 'vitest';
import {
  buildCrimeSection,
  lastVsMean,
  type CrimeRow,
  type CrimeSectionInput,
  type PopulationRow,
} from './crime-section.ts';
import { changeSv, dateSv } from './crime-draft.ts';

const IMPORTED = new Date('2025-01-10T08:00:00Z');
const POP_IMPORTED = new Date('2025-02-03T08:00:00Z');

function row(
  region: string,
  year: number,
  category: string,
  count: number | null,
  rate: number | null = null,
): CrimeRow {
  return { region, year, category, count, ratePer100k: rate, dash: false, source: 'bra', importedAt: IMPORTED };
}

const pop = (region: string, year: number, population: number): PopulationRow => ({
  region,
  year,
  population,
  importedAt: POP_IMPORTED,
});

/** Text with the no-break spaces of Swedish numbers as plain spaces. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

function input(overrides: Partial<CrimeSectionInput> = {}): CrimeSectionInput {
  return {
    kommun: { code: '2514', name: 'Kalix' },
    lan: { code: '25', name: 'Norrbottens län' },
    year: 2024,
    crimes: [
      // Kalix: counts only; rates from SCB's population of 16 000.
      row('2514', 2021, 'samtliga brott', 1000),
      row('2514', 2022, 'samtliga brott', 1100),
      row('2514', 2023, 'samtliga brott', 1200),
      row('2514', 2024, 'samtliga brott', 1400),
      // After the lägesbild's year: left out.
      row('2514', 2025, 'samtliga brott', 9999),
      // The län: BRÅ's own rates.
      row('25', 2021, 'samtliga brott', 20000, 8000),
      row('25', 2022, 'samtliga brott', 21000, 8400),
      row('25', 2023, 'samtliga brott', 22000, 8800),
      row('25', 2024, 'samtliga brott', 21500, 8600),
      // The country: counts without rates or population.
      row('00', 2021, 'samtliga brott', 1_400_000),
      row('00', 2022, 'samtliga brott', 1_450_000),
      row('00', 2023, 'samtliga brott', 1_500_000),
      row('00', 2024, 'samtliga brott', 1_380_000),
      row('2514', 2021, 'narkotikabrott', 40),
      { ...row('2514', 2022, 'narkotikabrott', 0), dash: true },
      row('2514', 2023, 'narkotikabrott', 45),
      row('2514', 2024, 'narkotikabrott', 50),
      row('2514', 2023, 'skadegörelse', 80),
      row('2514', 2024, 'skadegörelse', 95),
      // A category only the län has: not the kommun's.
      row('25', 2024, 'bedrägeri', 3000),
    ],
    population: [2021, 2022, 2023, 2024].map((y) => pop('2514', y, 16000)),
    events: {
      year: 2024,
      importedAt: new Date('2024-12-31T22:30:00Z'),
      rows: [
        { month: '2024-01', type: 'Trafikkontroll', category: 'trafik', count: 3 },
        { month: '2024-03', type: 'Trafikkontroll', category: 'trafik', count: 2 },
        { month: '2024-01', type: 'Inbrott', category: 'stöld och inbrott', count: 4 },
        { month: '2024-12', type: 'Rattfylleri', category: 'trafik', count: 1 },
      ],
    },
    ...overrides,
  };
}

describe('the last year against the mean of the three before', () => {
  it('compares rates when every year has one: Kalix 8 750 against 6 875 per 100 000 is 27,3 % higher', () => {
    const section = buildCrimeSection(input());
    const total = section.categories[0]!;
    expect(total.category).toBe('samtliga brott');
    expect(total.kommun.points.map((p) => [p.year, p.count, p.ratePer100k])).toEqual([
      [2021, 1000, 6250],
      [2022, 1100, 6875],
      [2023, 1200, 7500],
      [2024, 1400, 8750],
    ]);
    expect(total.kommun.lastVsMean).toEqual({
      year: 2024,
      basis: 'ratePer100k',
      count: 1400,
      ratePer100k: 8750,
      previousYears: [2021, 2022, 2023],
      meanCount: 1100,
      meanRatePer100k: 6875,
      changePercent: 27.3,
    });
  });

  it('gives the län (8 600 against 8 400: 2,4 % higher) and the country (on counts: 4,8 % lower) for the same year', () => {
    const total = buildCrimeSection(input()).categories[0]!;
    expect(total.lan?.lastVsMean).toMatchObject({ basis: 'ratePer100k', meanRatePer100k: 8400, changePercent: 2.4 });
    expect(total.riket?.lastVsMean).toMatchObject({
      basis: 'count',
      count: 1_380_000,
      meanCount: 1_450_000,
      changePercent: -4.8,
    });
    expect(total.riket?.name).toBe('Riket');
  });

  it('makes no comparison over a "-" year next to values, nor with fewer than four years', () => {
    const section = buildCrimeSection(input());
    const drugs = section.categories.find((c) => c.category === 'narkotikabrott')!;
    expect(drugs.kommun.lastVsMean).toBeNull();
    expect(drugs.kommun.noComparison?.code).toBe('dash_year');
    expect(drugs.kommun.noComparison?.message).toContain('2022');
    expect(drugs.kommun.points.find((p) => p.year === 2022)?.dash).toBe(true);
    const damage = section.categories.find((c) => c.category === 'skadegörelse')!;
    expect(damage.kommun.noComparison).toMatchObject({ code: 'too_few_years' });
    expect(damage.kommun.noComparison?.message).toBe('Jämförelsen kräver fyra år i följd (2021–2024); det finns 2.');
    expect(damage.lan).toBeNull();
  });

  it('names a suppressed year', () => {
    const points = [2021, 2022, 2023, 2024].map((year) => ({
      year,
      count: year === 2023 ? null : 10,
      population: null,
      ratePer100k: null,
      rateSource: null,
      dash: false,
    }));
    expect(lastVsMean(points, 2024)).toMatchObject({ code: 'missing_value', message: expect.stringContaining('2023') });
  });

  it('has no percentage when the mean is zero', () => {
    const points = [0, 0, 0, 3].map((count, i) => ({
      year: 2021 + i,
      count,
      population: null,
      ratePer100k: null,
      rateSource: null,
      dash: false,
    }));
    expect(lastVsMean(points, 2024)).toMatchObject({ basis: 'count', meanCount: 0, changePercent: null });
  });

  it('names categories by the published list, else as the file wrote them, and marks those the police find', () => {
    const section = buildCrimeSection(
      input({
        crimes: [
          row('2514', 2024, 'misshandel', 70),
          { ...row('2514', 2024, 'djurplågeri', 3), label: 'Djurplågeri (16 kap. 13 § BrB)' },
          row('2514', 2024, 'narkotikabrott', 50),
        ],
      }),
    );
    expect(section.categories.map((c) => [c.label, c.labelEn, c.policeInitiated])).toEqual([
      ['Djurplågeri (16 kap. 13 § BrB)', 'Djurplågeri (16 kap. 13 § BrB)', false],
      ['Misshandel inkl. grov', 'Assault, incl. aggravated', false],
      ['Narkotikabrott', 'Drug offences', true],
    ]);
  });

  it("keeps only the kommun's categories, the total first", () => {
    const names = buildCrimeSection(input()).categories.map((c) => c.category);
    expect(names).toEqual(['samtliga brott', 'narkotikabrott', 'skadegörelse']);
  });
});

describe("Polisen's events per type and month", () => {
  it('counts each type per month of the year, most events first', () => {
    const events = buildCrimeSection(input()).events!;
    expect(events.total).toBe(10);
    expect(events.months[0]).toBe('2024-01');
    expect(events.months).toHaveLength(12);
    expect(events.types.map((t) => [t.type, t.total])).toEqual([
      ['Trafikkontroll', 5],
      ['Inbrott', 4],
      ['Rattfylleri', 1],
    ]);
    expect(events.types[0]!.counts).toEqual([3, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the draft text', () => {
  const draft = plain(buildCrimeSection(input()).draft);
  const paragraphs = draft.split('\n\n');

  it('says the counts beside every percentage, for the kommun, the län and the country', () => {
    expect(paragraphs[0]).toBe(
      'Samtliga brott: År 2024 anmäldes 1 400 brott i Kalix kommun, 8 750 per 100 000 invånare. ' +
        'Antalet per 100 000 invånare är 27,3 procent högre än medelvärdet för 2021–2023 ' +
        '(6 875 per 100 000 invånare, i snitt 1 100 brott per år). ' +
        'Samma år anmäldes 21 500 brott i Norrbottens län, 8 600 per 100 000 invånare; antalet per 100 000 invånare är ' +
        '2,4 procent högre än medelvärdet för 2021–2023 (i snitt 21 000 brott per år). ' +
        'Samma år anmäldes 1 380 000 brott i hela landet; antalet är 4,8 procent lägre än medelvärdet för 2021–2023 ' +
        '(i snitt 1 450 000 brott per år).',
    );
  });

  it('says why a category is not compared', () => {
    expect(paragraphs[1]).toBe(
      'Narkotikabrott: År 2024 anmäldes 50 brott i Kalix kommun, 312,5 per 100 000 invånare. Ingen jämförelse med ' +
        'tidigare år: Källan skriver "-" (noll) för 2022 men har värden andra år; kontrollera uppgiften innan den jämförs. ' +
        'Brotten upptäcks oftast genom Polisens eget arbete, så antalet speglar också hur mycket Polisen har arbetat med dem.',
    );
  });

  it("sums up Polisen's events and ends with the sources and their import dates", () => {
    expect(paragraphs[3]).toBe(
      'Polisens händelser: 10 händelser i Kalix kommun publicerades på polisen.se 2024. Flest gällde ' +
        'trafikkontroll (5), inbrott (4) och rattfylleri (1). Händelserna är ett urval som Polisen publicerar, inte brottsstatistik.',
    );
    expect(paragraphs[4]).toBe(
      'Källor: BRÅ, anmälda brott (inläst 10 januari 2025); SCB, folkmängd (inläst 3 februari 2025); ' +
        'Polisen, händelser på polisen.se (inläst 31 december 2024).',
    );
  });

  it('is empty without any figures', () => {
    expect(buildCrimeSection(input({ crimes: [], events: null })).draft).toBe('');
  });

  it('words changes and dates as Swedish does', () => {
    expect(plain(changeSv(12.34))).toBe('12,3 procent högre än');
    expect(changeSv(-0.04)).toBe('samma som');
    // 23:30 in Stockholm on New Year's Eve is still 31 December.
    expect(dateSv('2024-12-31T22:30:00Z')).toBe('31 december 2024');
  });
});
