import { describe, expect, it } from 'vitest';
import { buildCrimeSection, type CrimeRow, type CrimeSection } from '../domain/situation/crime-section.ts';
import { readPainting } from './charts-read.ts';
import { SITUATION_HEADINGS_SV } from './situation-content.ts';
import { REGION_STYLE } from './situation-crime.ts';
import { kalixSituation } from './situation-fixtures.ts';
import { renderSituationDocx, renderSituationPdf } from './situation-report.ts';
import { readDocx, readPdf, squash, xmlText } from './test-read.ts';

const generatedAt = new Date('2025-03-05T10:00:00Z');
const imported = new Date('2025-01-10T08:00:00Z');

const row = (region: string, year: number, count: number, rate: number | null): CrimeRow => ({
  region,
  year,
  category: 'samtliga brott',
  count,
  ratePer100k: rate,
  dash: false,
  source: 'bra',
  importedAt: imported,
});

function section(): CrimeSection {
  return buildCrimeSection({
    kommun: { code: '2514', name: 'Kalix' },
    lan: { code: '25', name: 'Norrbottens län' },
    year: 2025,
    crimes: [
      row('2514', 2021, 1000, 6250),
      row('2514', 2022, 1100, 6875),
      row('2514', 2023, 1200, 7500),
      row('2514', 2024, 1400, 8750),
      row('25', 2021, 20000, 8000),
      row('25', 2022, 21000, 8400),
      row('25', 2023, 22000, 8800),
      row('25', 2024, 21500, 8600),
    ],
    population: [],
    events: {
      year: 2024,
      importedAt: imported,
      rows: [
        { month: '2024-01', type: 'Inbrott', category: 'stöld och inbrott', count: 4 },
        { month: '2024-06', type: 'Rattfylleri', category: 'trafik', count: 2 },
      ],
    },
  });
}

const options = (audience: 'public' | 'internal', crime: CrimeSection | null) =>
  ({ kommunName: 'Kalix', audience, generatedAt, crime }) as const;

describe('the printed crime section', () => {
  it('prints the comparison, a chart and a table per category, the events and the sources in the PDF', async () => {
    const bytes = await renderSituationPdf(kalixSituation(), options('public', section()));
    const text = squash((await readPdf(bytes)).text).replace(/[\u00A0\u202F]/g, ' ');
    const start = text.indexOf(SITUATION_HEADINGS_SV[0]);
    const end = text.indexOf(SITUATION_HEADINGS_SV[1]);
    const crime = text.slice(start, end);
    expect(crime).toContain('Anmälda brott: senaste året mot snittet av de tre åren före');
    expect(crime).toContain('2024: 1 400 brott');
    expect(crime).toContain('27,3 procent högre (per 100 000 invånare)');
    expect(crime).toContain('Samtliga brott per år');
    // The yearly table: a column per area, the count and the rate under it.
    expect(crime).toContain(
      'År Kalix kommun Norrbottens län 2021 1 000 brott 6 250 per 100 000 20 000 brott 8 000 per 100 000',
    );
    expect(crime).toContain('Samtliga brott: anmälda brott per 100 000 invånare per år.');
    expect(crime).toContain('Polisens händelser 2024');
    expect(crime).toContain('Polisens händelser per månad 2024, uppdelat på händelsetyp.');
    expect(crime).toContain('Källor: BRÅ, anmälda brott (inläst 10 januari 2025); Polisen, händelser på polisen.se');
    // The charts are vectors in the areas' colours: the län's legend key and squares are filled.
    const painted = await readPainting(bytes);
    expect(painted.some((p) => (p.fills.get(REGION_STYLE.lan.color) ?? 0) > 0)).toBe(true);
    expect(painted.every((p) => p.images === 0)).toBe(true);
  });

  it('carries the charts with their descriptions into Word', async () => {
    const parts = readDocx(await renderSituationDocx(kalixSituation(), options('internal', section())));
    const document = parts['word/document.xml']!;
    expect(xmlText(document)).toContain('Samtliga brott per år');
    expect(document).toContain('Samtliga brott, anmälda brott per 100 000 invånare per år. Kalix kommun: 2021 6');
    expect(document).toContain('Polisens händelser per månad 2024, uppdelat på typ: jan 4');
  });

  it('says so when no statistics are imported', async () => {
    const empty = buildCrimeSection({
      kommun: { code: '2514', name: 'Kalix' },
      lan: null,
      year: 2025,
      crimes: [],
      population: [],
      events: null,
    });
    const text = (await readPdf(await renderSituationPdf(kalixSituation(), options('public', empty)))).text;
    expect(text).toContain('Ingen statistik är inläst för kommunen.');
  });
});
