/**
 * Crime statistics and Polisen's events in the lägesbild: read the kommun's,
 * its län's and the country's figures and leave the arithmetic to
 * src/domain/situation/rate-sources.ts. Statistics are public figures.
 */
import type { Deps } from '../deps.ts';
import { municipalityByCode } from '../../domain/municipality/municipality.ts';
import {
  crimeMeasures,
  eventMeasures,
  populationLookup,
  RIKET,
  TREND_YEARS,
  type Rated,
  type Region,
} from '../../domain/situation/rate-sources.ts';
import { organisationCode, rateRows } from './queries.ts';

async function kommunOf(deps: Deps, municipalityId: string) {
  const code = await organisationCode(deps.db, municipalityId);
  return code ? (municipalityByCode(code) ?? null) : null;
}

export async function rateEvidence(deps: Deps, municipalityId: string, year: number): Promise<Rated> {
  const kommun = await kommunOf(deps, municipalityId);
  if (!kommun) return { measures: [], evidence: [] };
  const own: Region = { code: kommun.code, nameSv: kommun.name, nameEn: kommun.name };
  const county: Region = { code: kommun.countyCode, nameSv: kommun.countyName, nameEn: kommun.countyName };
  const riket: Region = { code: RIKET, nameSv: 'riket', nameEn: 'the country' };
  const codes = [own.code, county.code, riket.code];
  const [crimes, population, events] = await rateRows(deps.db, codes, year, year - TREND_YEARS - 5);
  const populationOf = populationLookup(
    population.map((p) => ({ code: p.municipality_code, year: p.year, population: Number(p.population) })),
  );
  const crime = crimeMeasures(
    crimes.map((c) => ({
      code: c.municipality_code,
      year: c.year,
      category: c.category,
      count: c.count,
      ratePer100k: c.rate_per_100k === null ? null : Number(c.rate_per_100k),
      marker: c.marker,
      label: c.category_label,
    })),
    populationOf,
    own.code,
    [county, riket],
    year,
  );
  const polisen = eventMeasures(
    events.map((e) => ({ code: e.code, type: e.type, category: e.category, count: Number(e.n) })),
    populationOf,
    own,
    county,
    year,
  );
  return { measures: [...crime.measures, ...polisen.measures], evidence: [...crime.evidence, ...polisen.evidence] };
}
