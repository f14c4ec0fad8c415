/** Queries of dialogues and walks as rows, their kommun and their areas (the use cases beside queries/ hold the rules). */
import { sql } from 'kysely';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { DialoguesTable } from '../../../db/schema-dialogues.ts';
import type { DialogueFilter } from '../../../contracts/dialogues.ts';

export function kommunRow(db: Db, by: 'code' | 'id', ref: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'code', 'name'])
    .where('kind', '=', 'municipality')
    .where(by, '=', ref)
    .executeTakeFirst();
}

export function organisationRow(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

export function areaKommun(db: Db, areaId: string) {
  return db.selectFrom('areas').select('municipality_id').where('id', '=', areaId).executeTakeFirst();
}

export function areaName(db: Db, areaId: string) {
  return db.selectFrom('areas').select('name').where('id', '=', areaId).executeTakeFirst();
}

/** The dialogue with its area's name and the date of the walk it follows. */
export function dialogueRow(db: Db, id: string) {
  return db
    .selectFrom('dialogues as d')
    .leftJoin('areas as a', 'a.id', 'd.area_id')
    .leftJoin('dialogues as p', 'p.id', 'd.previous_walk_id')
    .selectAll('d')
    .select(['a.name as area_name', 'p.date as previous_walk_date'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** What deciding on a change needs: the kommun, the kind and the walk's step and dates. */
export function dialogueHead(db: Db, id: string) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'municipality_id', 'kind', 'stage', 'date', 'follow_up_date'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Locks the dialogue's row until the transaction ends; false when there is none. */
export async function lockDialogue(trx: Db, id: string): Promise<boolean> {
  return !!(await trx.selectFrom('dialogues').select('id').where('id', '=', id).forUpdate().executeTakeFirst());
}

export async function insertDialogue(trx: Db, values: Insertable<DialoguesTable>): Promise<string> {
  return (await trx.insertInto('dialogues').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDialogueRow(trx: Db, id: string, values: Updateable<DialoguesTable>): Promise<void> {
  await trx.updateTable('dialogues').set(values).where('id', '=', id).execute();
}

export async function deleteDialogueRow(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('dialogues').where('id', '=', id).execute();
}

/** The walks planned after this one, earliest first. */
export function laterWalks(db: Db, id: string) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'title', 'date'])
    .where('previous_walk_id', '=', id)
    .orderBy('date')
    .execute();
}

/** Dialogues and walks (not EST reports) of the kommun, or of the kommuner in reach, newest first, at most 2000. */
export function dialogueSummaries(
  db: Db,
  kommuner: { kommunId: string } | ReadonlySet<string> | 'all',
  filter: DialogueFilter,
) {
  let q = db
    .selectFrom('dialogues as d')
    .innerJoin('organisations as o', 'o.id', 'd.municipality_id')
    .leftJoin('areas as a', 'a.id', 'd.area_id')
    .select([
      'd.id',
      'd.kind',
      'd.title',
      'd.date',
      'd.place',
      'd.area_id',
      'a.name as area_name',
      'd.participants',
      'd.stage',
      'o.id as kommun_id',
      'o.code as kommun_code',
      'o.name as kommun_name',
      sql<string>`(select count(*) from dialogue_findings f where f.dialogue_id = d.id)`.as('finding_count'),
      sql<string>`(select count(*) from dialogue_findings f where f.dialogue_id = d.id and f.action is not null and f.done_at is null)`.as(
        'open_actions',
      ),
    ])
    .where('d.kind', '<>', 'est')
    .orderBy('d.date', 'desc')
    .orderBy('d.created_at', 'desc');
  if (kommuner !== 'all') {
    q =
      'kommunId' in kommuner
        ? q.where('d.municipality_id', '=', kommuner.kommunId)
        : q.where('d.municipality_id', 'in', [...kommuner]);
  }
  if (filter.kind) q = q.where('d.kind', '=', filter.kind);
  if (filter.stage) q = q.where('d.stage', '=', filter.stage);
  if (filter.from) q = q.where('d.date', '>=', filter.from);
  if (filter.to) q = q.where('d.date', '<=', filter.to);
  return q.limit(2000).execute();
}

// ---- walks ----

/** Moves the walk to its next step only from `from`; false when it was not there (a change at the same time). */
export async function moveWalkStage(
  trx: Db,
  id: string,
  from: string,
  set: Updateable<DialoguesTable>,
): Promise<boolean> {
  const moved = await trx
    .updateTable('dialogues')
    .set(set)
    .where('id', '=', id)
    .where('stage', '=', from)
    .returning('id')
    .executeTakeFirst();
  return !!moved;
}

export function walkStage(db: Db, id: string) {
  return db.selectFrom('dialogues').select('stage').where('id', '=', id).executeTakeFirst();
}

/** Where the walk went: what the next walk starts from. */
export function walkPlace(db: Db, id: string) {
  return db
    .selectFrom('dialogues')
    .select(['title', 'place', 'area_id', 'route'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
