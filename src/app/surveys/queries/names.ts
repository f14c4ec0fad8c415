/** The SQL of the known names: the kommun's areas and every organisation's name. */
import type { Db } from '../../../db/connect.ts';

export async function knownNameRows(db: Db, municipalityId: string): Promise<string[]> {
  const [areas, organisations] = await Promise.all([
    db.selectFrom('areas').select('name').where('municipality_id', '=', municipalityId).execute(),
    db.selectFrom('organisations').select('name').execute(),
  ]);
  return [...areas, ...organisations].map((r) => r.name);
}
