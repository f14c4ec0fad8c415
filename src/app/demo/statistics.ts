/**
 * Statistics for the demo kommuner, written as small files in the layouts
 * the real sources use (BRÅ's yearly CSV, SCB's PxWeb JSON, Polisen's event
 * feed) and read through the statistics import use case, so the demo shows
 * what an import would. The numbers are made up, in a plausible range.
 */
import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { addDays } from '../../domain/progress/index.ts';
import { importStatistics } from '../statistics/import.ts';
import { at, pick, seeded, seedOf, type DemoTimeline } from './clock.ts';
import { DEMO_STORIES } from './kommuner.ts';

/** Population in the latest year and reported crimes per 100 000 residents (a rough level per kommun). */
const KOMMUNER: Record<string, { name: string; population: number; rate: number }> = {
  '2518': { name: 'Övertorneå', population: 4300, rate: 6100 },
  '2514': { name: 'Kalix', population: 15900, rate: 7000 },
  '2583': { name: 'Haparanda', population: 9500, rate: 8200 },
  '2417': { name: 'Norsjö', population: 4000, rate: 5600 },
  '2463': { name: 'Åsele', population: 2700, rate: 5200 },
};

const sv = (n: number, decimals = 0) =>
  n
    .toLocaleString('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .replace(/\u2212/g, '-');

function braFile(rand: () => number): string {
  const lines = ['Kommun;Antal;Per 100 000 inv.'];
  for (const k of Object.values(KOMMUNER)) {
    const rate = k.rate * (0.85 + rand() * 0.3);
    lines.push(`${k.name};${sv(Math.round((rate * k.population) / 100_000))};${sv(rate, 1)}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function scbFile(years: number[]): string {
  const data = Object.entries(KOMMUNER).flatMap(([code, k]) =>
    years.map((y, i) => ({
      key: [code, String(y)],
      values: [String(Math.round(k.population * (1 + (years.length - 1 - i) * 0.008)))],
    })),
  );
  return JSON.stringify({
    columns: [
      { code: 'Region', type: 'd' },
      { code: 'Tid', type: 't' },
      { code: 'BE0101N1', type: 'c' },
    ],
    data,
  });
}

const EVENT_TYPES = {
  speeding: ['Trafikkontroll', 'Rattfylleri', 'Trafikolycka, vilt'],
  drugs: ['Narkotikabrott'],
  theft: ['Inbrott', 'Stöld', 'Motorfordon, stöld'],
  disorder: ['Bråk', 'Skadegörelse', 'Fylleri/LOB'],
} as const;

/** Polisen's events of the year in the kommun: more where residents worry more. */
function policeEvents(year: number, rand: () => number): unknown[] {
  const out: unknown[] = [];
  let id = year * 100_000;
  for (const story of DEMO_STORIES) {
    const k = KOMMUNER[story.code]!;
    const c = story.concerns;
    const weights = [
      ['speeding', 1 + 6 * (c.speeding ?? 0)],
      ['drugs', 1 + 5 * (c.drug_dealing ?? 0)],
      ['theft', 1 + 5 * (c.burglary ?? 0)],
      ['disorder', 1 + 4 * (c.drunk_people ?? 0)],
    ] as const;
    const n = Math.round(8 + k.population / 900);
    for (let i = 0; i < n; i++) {
      const kind = pick(rand, weights);
      const type = EVENT_TYPES[kind][Math.floor(rand() * EVENT_TYPES[kind].length)]!;
      const day = addDays(`${year}-01-01`, Math.floor(rand() * 360));
      const hour = 8 + Math.floor(rand() * 15);
      out.push({
        id: ++id,
        datetime: `${day} ${hour}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00 +01:00`,
        name: `${day}, ${type}, ${k.name}`,
        summary: `${type} i ${k.name}.`,
        url: `/aktuellt/handelser/demo/${id}/`,
        type,
        location: { name: k.name, gps: '65.85,23.14' },
      });
    }
  }
  return out;
}

/** Four years of BRÅ and SCB, and the lägesbild year's events from Polisen, imported by `actor`. */
export async function importDemoStatistics(deps: Deps, actor: Actor, timeline: DemoTimeline): Promise<void> {
  const rand = seeded(seedOf('statistics'));
  const last = timeline.situationYear;
  const years = [last - 3, last - 2, last - 1, last];
  const clock = at(deps, `${timeline.currentFrom}-01-10`);
  for (const year of years) await importStatistics(clock, actor, { source: 'bra', year, content: braFile(rand) });
  await importStatistics(clock, actor, { source: 'scb', content: scbFile(years) });
  await importStatistics(clock, actor, { source: 'polisen', content: JSON.stringify(policeEvents(last, rand)) });
}
