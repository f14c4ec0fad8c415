/**
 * The one way a place named elsewhere (a dialogue, an EST report, an
 * activity file, a promise's commitments, a survey) becomes one of the
 * kommun's areas: by the domain's rules (trimmed, inner white space made
 * one, matched case-insensitively the Swedish way, 1–100 characters).
 * Curating the list itself (add with a 409 on a clash, rename, merge,
 * delete) is in areas.ts and merge.ts.
 */
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { areaNameKey, areaNameProblem, normaliseAreaName } from '../../domain/areas/areas.ts';
import { areaNames, insertAreaNames } from './queries.ts';

/** The name as the domain writes it, or a 400 naming the field (and the name, when one was given). */
export function checkedAreaName(raw: string, field = 'name'): string {
  const name = normaliseAreaName(raw);
  const problem = areaNameProblem(name);
  if (!problem) return name;
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  throw new AppError(
    'validation_failed',
    name ? `${problem.sv}: ”${shown}”` : problem.sv,
    name ? `${problem.en}: “${shown}”` : problem.en,
    { field, ...(name ? { name: shown } : {}) },
  );
}

async function areasByKey(trx: Db, municipalityId: string): Promise<Map<string, string>> {
  // Matched here, not with the database's lower(): whether that folds Å, Ä and Ö depends on the server's locale.
  const rows = await areaNames(trx, municipalityId);
  return new Map(rows.map((a) => [areaNameKey(a.name), a.id]));
}

/**
 * The area id of every name, keyed by the name exactly as given. Names the
 * kommun already has (any case, Å/Ä/Ö included, any spacing) are reused;
 * the rest are created, in the order of their keys so two callers creating
 * the same names at once wait for each other in one direction only. A name
 * another transaction has just created is taken as it is: the unique index
 * on (municipality_id, lower(name)) is the backstop, `on conflict do nothing`
 * and a second read pick up its row. Each area made is audited.
 * Any name outside 1–100 characters refuses the whole call (400), before anything is written.
 */
export async function ensureAreas(
  trx: Db,
  actor: Actor,
  municipalityId: string,
  names: Iterable<string>,
  field = 'areas',
): Promise<Map<string, string>> {
  const given = [...names];
  const wanted = new Map<string, string>();
  for (const raw of given) {
    const name = checkedAreaName(raw, field);
    if (!wanted.has(areaNameKey(name))) wanted.set(areaNameKey(name), name);
  }
  let known = await areasByKey(trx, municipalityId);
  const fresh = [...wanted]
    .filter(([key]) => !known.has(key))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map((e) => e[1]);
  if (fresh.length) {
    const made = await insertAreaNames(trx, municipalityId, fresh);
    for (const row of made) {
      await writeAudit(trx, actor, {
        action: 'area.create',
        entityType: 'area',
        entityId: row.id,
        organisationId: municipalityId,
        after: { name: row.name },
      });
    }
    known = await areasByKey(trx, municipalityId);
  }
  const ids = new Map<string, string>();
  for (const raw of given) {
    const id = known.get(areaNameKey(raw));
    // Only when the database folds a name differently from Swedish rules (its locale) and holds a namesake we cannot see.
    if (!id)
      throw new AppError(
        'conflict',
        `Området ”${normaliseAreaName(raw)}” kunde inte sparas; försök igen`,
        `The area “${normaliseAreaName(raw)}” could not be saved; try again`,
        { field },
      );
    ids.set(raw, id);
  }
  return ids;
}
