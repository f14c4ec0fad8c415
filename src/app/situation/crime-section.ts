/**
 * The lägesbild's section on the extent of crime for a kommun and year:
 * read from the imported statistics (BRÅ, SCB, Polisen) and computed by
 * the domain (src/domain/situation/crime-section.ts). Statistics are
 * public figures; the section is read by whoever may read the lägesbild.
 */
import type { Deps } from '../deps.ts';
import { notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { municipalityByCode } from '../../domain/municipality/municipality.ts';
import { buildCrimeSection, RIKET_CODE, type CrimeSection } from '../../domain/situation/crime-section.ts';
import { crimeRowsFor, eventsByMonthFor, populationFor } from '../statistics/queries/section-rows.ts';

export async function getCrimeSection(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  kommunCode: string,
  year: number,
): Promise<CrimeSection> {
  const kommun = municipalityByCode(kommunCode);
  if (!kommun || !can(actor, 'situation.read', municipalityId)) throw notFound('Lägesbilden', 'Situation picture');
  const lan = { code: kommun.countyCode, name: kommun.countyName };
  const regions = [kommun.code, lan.code, RIKET_CODE];
  const [crimes, population, events] = await Promise.all([
    crimeRowsFor(deps.db, regions, year),
    populationFor(deps.db, regions, year),
    eventsByMonthFor(deps.db, kommun.code, year),
  ]);
  return buildCrimeSection({
    kommun: { code: kommun.code, name: kommun.name },
    lan,
    year,
    crimes,
    population,
    events,
  });
}
