/**
 * A kommun's areas (delområden, stadsdelar, byar): the list with how much
 * each is used, adding, renaming and deleting one. Areas are also made on
 * the fly when activities, promises, dialogues and surveys name a new
 * place; these use cases curate that list. Merging is in merge.ts.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { isInUse, NO_USAGE, usageInWords, type AreaUsage } from '../../domain/areas/areas.ts';
import { checkedAreaName } from './ensure.ts';
import { dropAreaOption, relabelAreaOption } from '../../domain/areas/survey-options.ts';
import {
  areaOf,
  isForeignKeyViolation,
  isUniqueViolation,
  kommunFor,
  nameClash,
  namesake,
  type AreaRow,
  type Kommun,
} from './access.ts';
import { usageOf } from './usage.ts';
import { areasOfKommun, deleteAreaRow, insertArea, setAreaName } from './queries.ts';
import type { AreaList, AreaView } from '../../contracts/areas.ts';

export type { AreaList, AreaView } from '../../contracts/areas.ts';
import { changeSurveyAreaOptions, followTitles } from './follow.ts';

export function areaView(
  row: Pick<AreaRow, 'id' | 'name' | 'created_at'>,
  usage: AreaUsage = { ...NO_USAGE },
): AreaView {
  return {
    id: row.id,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    usage,
    inUse: isInUse(usage),
  };
}

export async function listAreas(deps: Deps, actor: Actor, kommunRef: string): Promise<AreaList> {
  const kommun = await kommunFor(deps.db, actor, kommunRef, false);
  const rows = await areasOfKommun(deps.db, kommun.id);
  const usage = await usageOf(deps.db, kommun.id, rows);
  rows.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return {
    kommun,
    mayChange: can(actor, 'area.write', kommun.id),
    areas: rows.map((r) => areaView(r, usage.get(r.id))),
  };
}

const checkedName = (raw: string): string => checkedAreaName(raw, 'name');

/** Runs the change; a name taken by a simultaneous change (the unique index) is the same 409 as one found first. */
async function guardName<T>(db: Db, kommun: Kommun, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isUniqueViolation(err))
      throw nameClash(kommun, name, (await namesake(db, kommun.id, name)) ?? { id: '', name });
    throw err;
  }
}

export async function createArea(
  deps: Deps,
  actor: Actor,
  kommunRef: string,
  input: { name: string },
): Promise<AreaView> {
  const kommun = await kommunFor(deps.db, actor, kommunRef, true);
  const name = checkedName(input.name);
  return guardName(deps.db, kommun, name, () =>
    deps.db.transaction().execute(async (trx) => {
      const clash = await namesake(trx, kommun.id, name);
      if (clash) throw nameClash(kommun, name, clash);
      const row = await insertArea(trx, kommun.id, name);
      await writeAudit(trx, actor, {
        action: 'area.create',
        entityType: 'area',
        entityId: row.id,
        organisationId: kommun.id,
        after: { name },
      });
      return areaView(row);
    }),
  );
}

/** A new name for the area; surveys offering it and titles made from the old name follow (follow.ts). */
export async function renameArea(
  deps: Deps,
  actor: Actor,
  kommunRef: string,
  id: string,
  input: { name: string },
): Promise<AreaView> {
  const kommun = await kommunFor(deps.db, actor, kommunRef, true);
  const name = checkedName(input.name);
  await guardName(deps.db, kommun, name, () =>
    deps.db.transaction().execute(async (trx) => {
      const before = await areaOf(trx, kommun, id, true);
      if (before.name === name) return;
      const clash = await namesake(trx, kommun.id, name, id);
      if (clash) throw nameClash(kommun, name, clash);
      await setAreaName(trx, id, name);
      const surveys = await changeSurveyAreaOptions(trx, kommun.id, (q) => relabelAreaOption(q, id, name));
      const retitled = await followTitles(trx, id, before.name, name);
      await writeAudit(trx, actor, {
        action: 'area.rename',
        entityType: 'area',
        entityId: id,
        organisationId: kommun.id,
        before: { name: before.name },
        after: { name, surveys, retitledDialogues: retitled },
      });
    }),
  );
  return viewOf(deps.db, kommun, id);
}

export async function viewOf(db: Db, kommun: Kommun, id: string): Promise<AreaView> {
  const row = await areaOf(db, kommun, id);
  return areaView(row, (await usageOf(db, kommun.id, [row])).get(id));
}

function inUse(area: AreaRow, usage: AreaUsage): AppError {
  const words = usageInWords(usage);
  return new AppError(
    'conflict',
    `Området ${area.name} används av ${words.sv} och kan inte tas bort. Slå ihop det med ett annat område i stället.`,
    `The area ${area.name} is used by ${words.en} and cannot be deleted. Merge it into another area instead.`,
    { usage },
  );
}

/** Deletes an area nothing uses (409 naming the uses otherwise); surveys stop offering it. */
export async function deleteArea(deps: Deps, actor: Actor, kommunRef: string, id: string): Promise<void> {
  const kommun = await kommunFor(deps.db, actor, kommunRef, true);
  let area: AreaRow | undefined;
  try {
    await deps.db.transaction().execute(async (trx) => {
      area = await areaOf(trx, kommun, id, true);
      const usage = (await usageOf(trx, kommun.id, [area])).get(id)!;
      if (isInUse(usage)) throw inUse(area, usage);
      const surveys = await changeSurveyAreaOptions(trx, kommun.id, (q) => dropAreaOption(q, id));
      await deleteAreaRow(trx, id);
      await writeAudit(trx, actor, {
        action: 'area.delete',
        entityType: 'area',
        entityId: id,
        organisationId: kommun.id,
        before: { name: area.name },
        after: { surveys },
      });
    });
  } catch (err) {
    // Something pointed to the area between the count and the delete (e.g. a new activity on another connection).
    if (isForeignKeyViolation(err) && area) throw inUse(area, (await usageOf(deps.db, kommun.id, [area])).get(id)!);
    throw err;
  }
}
