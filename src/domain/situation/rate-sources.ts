/**
 * Crime statistics (BRÅ) and Polisen's events as rates per 100 000
 * inhabitants of the kommun against the län (or, without the län, the whole
 * country), per problem category, and BRÅ's trend over the last five years.
 * Region codes as stored: a kommun 4 digits, a län 2, the country "00".
 */
import { FLAT_PERCENT_PER_YEAR, leastSquares } from '../statistics/series.ts';
import { numSv, rateMeasure, RATE_AT_REFERENCE, RATE_RATIO_CAP, type RateInput } from './measures.ts';
import { mapCrimeCategory, mapPoliceEvent } from './source-mapping.ts';
import type { Evidence, SourceMeasure } from './scoring.ts';
import { categoryLabel } from '../statistics/categories.ts';

export const RIKET = '00';
export const TREND_YEARS = 5;
export const MIN_TREND_YEARS = 3;

export interface CrimeRow {
  code: string;
  year: number;
  category: string;
  count: number | null;
  ratePer100k: number | null;
  /** 'dash' when the source wrote "-": a zero that may be a gap, so no trend is drawn through it. */
  marker?: string | null;
  /** The category's name as the file wrote it. */
  label?: string | null;
}

export interface Region {
  code: string;
  nameSv: string;
  nameEn: string;
}

export interface Rated {
  measures: SourceMeasure[];
  evidence: Evidence[];
}

/** Population by region code and year; a year without it borrows the nearest year, an earlier one before a later. */
export type PopulationOf = (code: string, year: number) => number | null;

export function populationLookup(rows: readonly { code: string; year: number; population: number }[]): PopulationOf {
  const byCode = new Map<string, { year: number; population: number }[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return (code, year) => {
    let best: { year: number; population: number } | null = null;
    const distance = (y: number) => (y <= year ? year - y : y - year + 0.5);
    for (const r of byCode.get(code) ?? []) if (!best || distance(r.year) < distance(best.year)) best = r;
    return best?.population ?? null;
  };
}

function rateOf(row: CrimeRow, population: PopulationOf): number | null {
  if (row.ratePer100k !== null) return row.ratePer100k;
  const pop = population(row.code, row.year);
  return row.count !== null && pop ? (row.count / pop) * 100_000 : null;
}

type RateTable = Map<string, number>; // `${code}|${year}|${category}` → rate

function trendOf(values: { year: number; value: number }[]): RateInput['trend'] {
  if (values.length < MIN_TREND_YEARS) return null;
  const fit = leastSquares(values);
  const mean = values.reduce((n, v) => n + v.value, 0) / values.length;
  if (!fit || mean === 0) return null;
  const percent = Math.round((fit.slope / mean) * 1000) / 10;
  const direction = Math.abs(percent) < FLAT_PERCENT_PER_YEAR ? 'flat' : percent > 0 ? 'up' : 'down';
  return { direction, percentPerYear: percent, years: values.length };
}

function sumRates(rates: RateTable, code: string, year: number, categories: readonly string[]): number | null {
  let sum = 0;
  for (const c of categories) {
    const r = rates.get(`${code}|${year}|${c}`);
    if (r === undefined) return null;
    sum += r;
  }
  return sum;
}

interface CrimeGroup {
  problem: string;
  categories: string[];
}

/** One problem category from its BRÅ categories: the latest year, the reference, the trend. */
function crimeInput(
  g: CrimeGroup,
  rates: RateTable,
  kommun: string,
  references: readonly Region[],
  year: number,
  dashYears: Set<number>,
): { input: RateInput; categories: string[]; refCode: string | null } | null {
  for (let y = year; y > year - TREND_YEARS - 5; y--) {
    const own = g.categories.filter((c) => rates.has(`${kommun}|${y}|${c}`));
    if (own.length === 0) continue;
    for (const ref of references) {
      const shared = own.filter((c) => rates.has(`${ref.code}|${y}|${c}`));
      if (shared.length === 0) continue;
      const series: { year: number; value: number }[] = [];
      for (let t = y - TREND_YEARS + 1; t <= y; t++) {
        const v = sumRates(rates, kommun, t, shared);
        if (v !== null) series.push({ year: t, value: v });
      }
      const dashed = series.some((s) => dashYears.has(s.year));
      return {
        input: {
          source: 'statistics',
          category: g.problem,
          year: y,
          rate: sumRates(rates, kommun, y, shared)!,
          reference: { nameSv: ref.nameSv, nameEn: ref.nameEn, rate: sumRates(rates, ref.code, y, shared)! },
          trend: dashed ? null : trendOf(series),
        },
        categories: shared,
        refCode: ref.code,
      };
    }
    const rate = sumRates(rates, kommun, y, own)!;
    return {
      input: { source: 'statistics', category: g.problem, year: y, rate, reference: null, trend: null },
      categories: own,
      refCode: null,
    };
  }
  return null;
}

function groupsOf(rows: readonly CrimeRow[], kommun: string): CrimeGroup[] {
  const byProblem = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.code !== kommun) continue;
    const mapped = mapCrimeCategory(r.category);
    if (mapped.category === null) continue;
    byProblem.set(mapped.category, (byProblem.get(mapped.category) ?? new Set()).add(r.category));
  }
  return [...byProblem.entries()].map(([problem, set]) => ({ problem, categories: [...set].sort() }));
}

/** BRÅ's reported crime of the kommun, per problem category, against the län or the country. */
export function crimeMeasures(
  rows: readonly CrimeRow[],
  population: PopulationOf,
  kommun: string,
  references: readonly Region[],
  year: number,
): Rated {
  const rates: RateTable = new Map();
  const dashYears = new Set<number>();
  for (const r of rows) {
    if (r.year > year) continue;
    const rate = rateOf(r, population);
    if (rate !== null) rates.set(`${r.code}|${r.year}|${r.category}`, rate);
    if (r.code === kommun && r.marker === 'dash') dashYears.add(r.year);
  }
  const out: Rated = { measures: [], evidence: [] };
  for (const g of groupsOf(rows, kommun)) {
    const found = crimeInput(g, rates, kommun, references, year, dashYears);
    if (!found) continue;
    out.measures.push(rateMeasure(found.input));
    for (const c of found.categories) {
      const own = rates.get(`${kommun}|${found.input.year}|${c}`)!;
      const ref = found.refCode === null ? undefined : rates.get(`${found.refCode}|${found.input.year}|${c}`);
      const ownRow = rows.find((r) => r.code === kommun && r.year === found.input.year && r.category === c);
      const count = ownRow?.count;
      out.evidence.push({
        source: 'statistics',
        category: g.problem,
        points: ref
          ? Math.round(RATE_AT_REFERENCE * Math.min(ref > 0 ? own / ref : RATE_RATIO_CAP, RATE_RATIO_CAP) * 100) / 100
          : 0,
        confidential: false,
        description:
          `BRÅ, ${categoryLabel(c, ownRow?.label)} ${found.input.year}: ${count == null ? '' : `${count} anmälda brott, `}${numSv(own)} per 100\u00a0000 invånare` +
          (ref === undefined ? '' : ` (${found.input.reference!.nameSv} ${numSv(ref)})`),
      });
    }
  }
  return out;
}

export interface EventCount {
  code: string;
  type: string;
  category: string;
  count: number;
}

interface EventRates {
  counted: Map<string, number>; // problem → events
  population: number;
  kommuner: number;
}

function eventRates(
  events: readonly EventCount[],
  codes: (code: string) => boolean,
  population: PopulationOf,
  year: number,
): EventRates | null {
  const covered = new Set(events.filter((e) => codes(e.code)).map((e) => e.code));
  let pop = 0;
  let kommuner = 0;
  for (const code of covered) {
    const p = population(code, year);
    if (p) {
      pop += p;
      kommuner++;
    }
  }
  if (!pop) return null;
  const counted = new Map<string, number>();
  for (const e of events) {
    if (!codes(e.code) || !population(e.code, year)) continue;
    const mapped = mapPoliceEvent(e.type, e.category);
    if (mapped.category !== null) counted.set(mapped.category, (counted.get(mapped.category) ?? 0) + e.count);
  }
  return { counted, population: pop, kommuner };
}

/**
 * Polisen's events of the year: the kommun's rate against the län's (the
 * kommuner of the län the feed covered, with their population), else the
 * country's. Police-initiated types and wildlife collisions are left out,
 * and shown as left out.
 */
export function eventMeasures(
  events: readonly EventCount[],
  population: PopulationOf,
  kommun: Region,
  county: Region,
  year: number,
): Rated {
  const own = eventRates(events, (c) => c === kommun.code, population, year);
  const refs = [
    { region: county, rates: eventRates(events, (c) => c.length === 4 && c.startsWith(county.code), population, year) },
    {
      region: { code: RIKET, nameSv: 'riket', nameEn: 'the country' },
      rates: eventRates(events, (c) => c.length === 4, population, year),
    },
  ];
  // A reference is one only when the feed covered another kommun than this one.
  const ref = refs.find((r) => r.rates && r.rates.kommuner >= 2) ?? null;
  const out: Rated = { measures: [], evidence: [] };
  if (!own) return out;
  for (const [problem, count] of own.counted) {
    const rate = (count / own.population) * 100_000;
    const refRate = ref ? ((ref.rates!.counted.get(problem) ?? 0) / ref.rates!.population) * 100_000 : null;
    const measure = rateMeasure({
      source: 'events',
      category: problem,
      year,
      rate,
      reference: ref ? { nameSv: ref.region.nameSv, nameEn: ref.region.nameEn, rate: refRate! } : null,
      trend: null,
    });
    out.measures.push(measure);
    out.evidence.push({
      source: 'events',
      category: problem,
      points: measure.points,
      confidential: false,
      description: `${count} händelser i Polisens händelseflöde ${year}, ${numSv(rate)} per 100\u00a0000 invånare${refRate === null ? '' : ` (${ref!.region.nameSv} ${numSv(refRate)})`}`,
    });
  }
  out.evidence.push(
    ...leftOut(
      events.filter((e) => e.code === kommun.code),
      year,
    ),
  );
  return out;
}

/** What was not counted, under the problem the event's category would have gone to. */
function leftOut(events: readonly EventCount[], year: number): Evidence[] {
  const out: Evidence[] = [];
  for (const e of events) {
    const mapped = mapPoliceEvent(e.type, e.category);
    const wouldBe = mapPoliceEvent('', e.category);
    if (mapped.category !== null || wouldBe.category === null) continue;
    out.push({
      source: 'events',
      category: wouldBe.category,
      points: 0,
      confidential: false,
      description: `Räknas inte: ${e.count} × ${e.type} ${year} (${mapped.reasonSv})`,
    });
  }
  return out;
}
