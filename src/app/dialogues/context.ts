/**
 * What every dialogue use case needs: the kommun a thing belongs to, the
 * checks of who may read or write there, and areas named by id or by name.
 */
import type { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import type { KommunRefView } from '../../contracts/areas.ts';
import type { Deps } from '../deps.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import type { AreaRef } from '../../domain/dialogues/dialogue.ts';
import { ensureAreas } from '../areas/ensure.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { areaKommun, kommunRow, organisationRow } from './queries/dialogues.ts';

export type Kommun = z.infer<typeof KommunRefView>;

/** A kommun by its 4-digit kommunkod or its organisation id; unknown is a 400. */
export async function resolveKommun(db: Db, ref: string): Promise<Kommun> {
  const isCode = /^\d{4}$/.test(ref);
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  const row = isCode || isUuid ? await kommunRow(db, isCode ? 'code' : 'id', ref) : undefined;
  if (!row?.code)
    throw new AppError('validation_failed', `Okänd kommun: "${ref}"`, `Unknown kommun: "${ref}"`, { field: 'kommun' });
  return { id: row.id, code: row.code, name: row.name };
}

export async function kommunById(db: Db, id: string): Promise<Kommun> {
  const row = await organisationRow(db, id);
  return { id: row.id, code: row.code ?? '', name: row.name };
}

/** Registering in a kommun needs dialogue.write there. Kommuner are public, so refusing says 403. */
export function assertMayWrite(actor: Actor, kommunId: string): void {
  if (!can(actor, 'dialogue.write', kommunId)) throw forbidden();
}

/** Reading a kommun's merged views needs dialogue.read there; outside the reach it is "not found". */
export function assertMayReadKommun(actor: Actor, kommun: Kommun): void {
  if (!can(actor, 'dialogue.read', kommun.id)) {
    throw new AppError(
      'not_found',
      `Hittade inga dialoger för ${kommun.name} som du kan se`,
      `No dialogues of ${kommun.name} that you can see`,
    );
  }
}

/** Today in Sweden: a walk held at 00:30 on the 5th is not "in the future" just because UTC still says the 4th. */
export function today(deps: Deps): string {
  return swedishDay(deps.now());
}

/** Something that has taken place cannot lie in the future. */
export function assertNotFuture(deps: Deps, date: string, field: string): void {
  if (date > today(deps)) {
    throw new AppError(
      'validation_failed',
      `Datumet ${date} ligger i framtiden; registrera det som har hänt`,
      `The date ${date} is in the future; register what has happened`,
      { field },
    );
  }
}

export function checkAreaRef(ref: AreaRef, field: string): void {
  if (ref.areaId && ref.areaName) {
    throw new AppError(
      'validation_failed',
      'Ange området antingen med id eller med namn, inte båda',
      'Give the area either by id or by name, not both',
      { field },
    );
  }
}

/**
 * The area id for an area reference within the kommun: an id must be one of
 * the kommun's areas; a name finds the kommun's area of that name (any case)
 * or creates it. Runs inside the caller's transaction so a later failure
 * leaves no new area behind.
 */
export async function resolveArea(
  trx: Db,
  actor: Actor,
  kommunId: string,
  ref: AreaRef,
  field: string,
): Promise<string | null> {
  checkAreaRef(ref, field);
  if (ref.areaId) {
    const row = await areaKommun(trx, ref.areaId);
    if (row?.municipality_id !== kommunId) {
      throw new AppError(
        'validation_failed',
        'Området finns inte i kommunen',
        'The area does not belong to the kommun',
        { field, areaId: ref.areaId },
      );
    }
    return ref.areaId;
  }
  const name = ref.areaName?.trim();
  if (!name) return null;
  return (await ensureAreas(trx, actor, kommunId, [name], field)).get(name)!;
}
