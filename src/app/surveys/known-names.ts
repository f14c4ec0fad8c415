/**
 * The names a kommun's own data knows — its areas, its own name, every
 * kommun, region, police area and partner organisation on the platform —
 * so the masking of personal names leaves places and organisations alone.
 */
import type { Db } from '../../db/connect.ts';
import { knownNameRows } from './queries/names.ts';

/** "Bodens kommun" is also written "Boden" and "Bodens" in answers. */
function forms(name: string): string[] {
  const out = [name];
  const stem = /^(.+?)\s+(?:kommun|stad|län|region)$/i.exec(name)?.[1] ?? /^region\s+(.+)$/i.exec(name)?.[1];
  if (stem) out.push(stem, ...(stem.endsWith('s') ? [stem.slice(0, -1)] : []));
  return out;
}

export async function knownNamesFor(db: Db, municipalityId: string): Promise<string[]> {
  return [...new Set((await knownNameRows(db, municipalityId)).flatMap(forms))];
}
