/**
 * Whose figure a row of an outside survey is, from the place the report
 * names: the kommun the file is imported for (or "Totalt"), one of its
 * areas (Polisen's delområden), its län, a lokalpolisområde or the whole
 * country. Another kommun, or another kommun's län, is a mistake in the
 * file, not something to store under this kommun.
 */
import { areaNameProblem, normaliseAreaName } from '../areas/areas.ts';
import { MUNICIPALITIES, resolveMunicipality, type MunicipalityRef } from '../municipality/municipality.ts';
import type { OutsideLevel, OutsideSource } from './sources.ts';

export type Place = { level: OutsideLevel; name: string | null } | { problem: string; problemEn: string };

const WHOLE_KOMMUN = new Set([
  'totalt',
  'total',
  'hela kommunen',
  'kommunen',
  'kommunen totalt',
  'samtliga',
  'samtliga områden',
  'alla områden',
  'alla',
]);
const COUNTRY = new Set(['riket', 'hela riket', 'hela landet', 'sverige', 'samtliga kommuner', 'alla kommuner']);
const COUNTIES = new Map(MUNICIPALITIES.map((m) => [m.countyName.toLocaleLowerCase('sv'), m.countyName]));

function fold(raw: string): string {
  return raw
    .toLocaleLowerCase('sv')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function county(folded: string): string | undefined {
  return COUNTIES.get(folded) ?? COUNTIES.get(`${folded} län`) ?? COUNTIES.get(folded.replace(/^region /, ''));
}

function otherKommun(name: string, other: MunicipalityRef, kommun: MunicipalityRef): Place {
  return {
    problem: `"${name}" är ${other.name} kommun; filen läses in för ${kommun.name}`,
    problemEn: `"${name}" is ${other.name} kommun; the file is imported for ${kommun.name}`,
  };
}

function otherCounty(name: string, kommun: MunicipalityRef): Place {
  return {
    problem: `"${name}" är inte ${kommun.name}s län (${kommun.countyName})`,
    problemEn: `"${name}" is not the län of ${kommun.name} (${kommun.countyName})`,
  };
}

/** Regions above the kommun, as NTU and SCB print them beside the kommun's own figure. */
function wider(name: string, folded: string, kommun: MunicipalityRef): Place | null {
  if (COUNTRY.has(folded)) return { level: 'riket', name: 'Riket' };
  const lpo = /^(lpo|lokalpolisområde|lokalpolisomrade)\b\s*(.*)$/.exec(folded);
  if (lpo) {
    if (!lpo[2]) return { problem: 'Lokalpolisområdet saknar namn', problemEn: 'The local police area has no name' };
    return { level: 'lpo', name: normaliseAreaName(name) };
  }
  const län = county(folded);
  if (län) return län === kommun.countyName ? { level: 'lan', name: län } : otherCounty(name, kommun);
  if (/\blän$/.test(folded)) return otherCounty(name, kommun);
  return null;
}

function asArea(name: string): Place {
  const normal = normaliseAreaName(name);
  const problem = areaNameProblem(normal);
  return problem ? { problem: problem.sv, problemEn: problem.en } : { level: 'area', name: normal };
}

/** The place a row names, for a file imported for `kommun`. */
export function placeOf(source: OutsideSource, raw: string, kommun: MunicipalityRef): Place {
  const name = raw.trim();
  if (!name) return { problem: 'Område/region saknas', problemEn: 'The area or region is missing' };
  const folded = fold(name);
  if (WHOLE_KOMMUN.has(folded)) return { level: 'kommun', name: null };
  // "Kalix totalt", "Kalix kommun": the kommun's own figure.
  const ref = resolveMunicipality(folded.replace(/,?\s+(totalt|total|hela kommunen)$/, ''));
  if (ref) return ref.code === kommun.code ? { level: 'kommun', name: null } : otherKommun(name, ref, kommun);
  if (source !== 'polisen_trygghetsmatning') {
    const up = wider(name, folded, kommun);
    if (up) return up;
    return {
      problem: `okänd region "${name}": väntade ${kommun.name}, ${kommun.countyName}, ett lokalpolisområde (LPO …) eller Riket`,
      problemEn: `unknown region "${name}": expected ${kommun.name}, ${kommun.countyName}, a local police area (LPO …) or Riket`,
    };
  }
  // Polisen's report is per delområde of the kommun; a total row names the kommun or "Totalt".
  return wider(name, folded, kommun) ?? asArea(name);
}
