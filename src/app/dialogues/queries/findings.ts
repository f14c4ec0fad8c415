/** Queries of findings (iakttagelser) of dialogues, walks and EST reports. */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

/** Findings of the dialogues with their area's name, in order. */
export function findingRows(db: Db, dialogueIds: string[]) {
  return db
    .selectFrom('dialogue_findings as f')
    .leftJoin('areas as a', 'a.id', 'f.area_id')
    .select([
      'f.id',
      'f.dialogue_id',
      'f.position',
      'f.text',
      'f.category',
      'f.seriousness',
      'f.area_id',
      'a.name as area_name',
      'f.owner',
      'f.action',
      'f.due_date',
      'f.done_at',
    ])
    .where('f.dialogue_id', 'in', dialogueIds)
    .orderBy('f.position')
    .execute();
}

export interface FindingValues {
  position: number;
  text: string;
  category: string;
  seriousness: number;
  area_id: string | null;
}

export async function insertFindingRows(trx: Db, dialogueId: string, rows: FindingValues[]): Promise<void> {
  if (!rows.length) return;
  await trx
    .insertInto('dialogue_findings')
    .values(rows.map((r) => ({ dialogue_id: dialogueId, ...r })))
    .execute();
}

/** The findings as stored, for editing them. */
export function storedFindings(trx: Db, dialogueId: string) {
  return trx
    .selectFrom('dialogue_findings')
    .select(['id', 'position', 'text', 'category', 'seriousness', 'area_id', 'owner', 'action', 'due_date', 'done_at'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}

export async function deleteFindingRows(trx: Db, ids: string[]): Promise<void> {
  if (ids.length) await trx.deleteFrom('dialogue_findings').where('id', 'in', ids).execute();
}

export async function updateFindingRow(trx: Db, id: string, values: FindingValues, at: Date): Promise<void> {
  await trx
    .updateTable('dialogue_findings')
    .set({ ...values, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The next free position among the dialogue's findings. */
export async function nextFindingPosition(trx: Db, dialogueId: string): Promise<number> {
  const last = await trx
    .selectFrom('dialogue_findings')
    .select(sql<number>`coalesce(max(position), -1)`.as('p'))
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirstOrThrow();
  return Number(last.p) + 1;
}

/** A finding's action fields, its row locked for the change. */
export function lockedFindingAction(trx: Db, dialogueId: string, findingId: string) {
  return trx
    .selectFrom('dialogue_findings')
    .select(['owner', 'action', 'due_date', 'done_at'])
    .where('id', '=', findingId)
    .where('dialogue_id', '=', dialogueId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setFindingAction(
  trx: Db,
  id: string,
  values: { owner: string | null; action: string | null; due_date: string | null; done_at: string | null },
  at: Date,
): Promise<void> {
  await trx
    .updateTable('dialogue_findings')
    .set({ ...values, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Actions planned and not done in the kommun's dialogues and walks, earliest due first. */
export function openActionRows(db: Db, kommunId: string) {
  return db
    .selectFrom('dialogue_findings as f')
    .innerJoin('dialogues as d', 'd.id', 'f.dialogue_id')
    .leftJoin('areas as a', 'a.id', 'f.area_id')
    .select([
      'f.id',
      'f.text',
      'f.category',
      'f.seriousness',
      'f.area_id',
      'a.name as area_name',
      'f.owner',
      'f.action',
      'f.due_date',
      'd.id as dialogue_id',
      'd.kind',
      'd.title',
      'd.date',
    ])
    .where('d.municipality_id', '=', kommunId)
    .where('d.kind', '<>', 'est')
    .where('f.action', 'is not', null)
    .where('f.done_at', 'is', null)
    .orderBy('f.due_date', (ob) => ob.asc().nullsLast())
    .orderBy('d.date')
    .orderBy('f.position')
    .execute();
}

/** Every finding of the kommun's dialogues of the year, with its own and its dialogue's area. */
export function findingsOfYear(db: Db, municipalityId: string, year: number) {
  const y = String(year).padStart(4, '0');
  return db
    .selectFrom('dialogue_findings as f')
    .innerJoin('dialogues as d', 'd.id', 'f.dialogue_id')
    .leftJoin('areas as fa', 'fa.id', 'f.area_id')
    .leftJoin('areas as da', 'da.id', 'd.area_id')
    .select([
      'f.id',
      'f.dialogue_id',
      'd.kind',
      'd.date',
      'f.text',
      'f.category',
      'f.seriousness',
      'f.area_id',
      'fa.name as finding_area',
      'd.area_id as dialogue_area_id',
      'da.name as dialogue_area',
      'f.owner',
      'f.action',
      'f.due_date',
      'f.done_at',
    ])
    .where('d.municipality_id', '=', municipalityId)
    .where('d.date', '>=', `${y}-01-01`)
    .where('d.date', '<=', `${y}-12-31`)
    .orderBy('d.date')
    .orderBy('d.id')
    .orderBy('f.position')
    .execute();
}

export async function findingIdsOf(db: Db, dialogueId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('dialogue_findings').select('id').where('dialogue_id', '=', dialogueId).execute();
  return new Set(rows.map((f) => f.id));
}

/** The owner, action and due date decided for a finding at the follow-up meeting. */
export async function planFindingAction(
  trx: Db,
  id: string,
  values: { owner: string; action: string; due_date: string },
  at: Date,
): Promise<void> {
  await trx
    .updateTable('dialogue_findings')
    .set({ ...values, updated_at: at })
    .where('id', '=', id)
    .execute();
}
