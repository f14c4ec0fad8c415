/**
 * What every area use case needs: the kommun (by kommunkod or id), who may
 * read its areas (anyone who can read the kommun) and who may change them
 * (area.write), and one area of that kommun, optionally locked.
 */
import type { Db } from '../../db/connect.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { areaNameKey } from '../../domain/areas/areas.ts';
import { areaNames, areaRow, kommunRow, type AreaRow } from './queries.ts';

export interface Kommun {
  id: string;
  code: string;
  name: string;
}
export type { AreaRow };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const kommunNotFound = () =>
  new AppError('not_found', 'Hittade ingen kommun som du kan se med den koden', 'No kommun you can see has that code');

/**
 * The kommun by its 4-digit kommunkod or organisation id. Unknown and out of
 * reach answer the same 404, so the API does not tell which kommuner keep areas.
 */
export async function kommunFor(db: Db, actor: Actor, ref: string, write: boolean): Promise<Kommun> {
  const isCode = /^\d{4}$/.test(ref);
  const row = isCode || UUID.test(ref) ? await kommunRow(db, isCode ? 'code' : 'id', ref) : undefined;
  if (!row?.code || !can(actor, 'organisation.read', row.id)) throw kommunNotFound();
  if (write && !can(actor, 'area.write', row.id)) throw forbidden();
  return { id: row.id, code: row.code, name: row.name };
}

const areaNotFound = () =>
  new AppError('not_found', 'Området finns inte i kommunen', 'The area does not belong to the kommun');

/** One area of the kommun; `lock` takes its row lock so nothing can point to it until the transaction ends. */
export async function areaOf(db: Db, kommun: Kommun, id: string, lock = false): Promise<AreaRow> {
  if (!UUID.test(id)) throw areaNotFound();
  const row = await areaRow(db, id, lock);
  if (!row || row.municipality_id !== kommun.id) throw areaNotFound();
  return row;
}

/** Another area of the kommun whose name is the same place name (any case), if any. */
export async function namesake(
  db: Db,
  kommunId: string,
  name: string,
  exceptId?: string,
): Promise<{ id: string; name: string } | null> {
  const key = areaNameKey(name);
  // Compared here, not with the database's lower(): whether that folds Å, Ä and Ö depends on the server's locale.
  // A kommun has tens or hundreds of areas, so reading their names is cheap.
  const rows = await areaNames(db, kommunId);
  return rows.find((r) => r.id !== exceptId && areaNameKey(r.name) === key) ?? null;
}

export function nameClash(kommun: Kommun, name: string, existing: { id: string; name: string }): AppError {
  return new AppError(
    'conflict',
    `Det finns redan ett område som heter ”${existing.name}” i ${kommun.name}. Välj ett annat namn, eller slå ihop områdena.`,
    `${kommun.name} already has an area called “${existing.name}”. Choose another name, or merge the areas.`,
    { field: 'name', existingId: existing.id, existingName: existing.name },
  );
}

export const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23505';
export const isForeignKeyViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23503';
