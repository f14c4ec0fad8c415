/**
 * Places named in an uploaded file, as area ids: each kommun's names go
 * through the one ensureAreas (areas/ensure.ts), so names a kommun already
 * has are reused the Swedish way and new ones become areas in a few
 * statements per kommun instead of a lookup per row.
 */
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { ensureAreas } from '../areas/ensure.ts';

interface Named {
  places: string[];
  municipalityId: string | null;
}

/**
 * For each row, the ids of the places it names. Kommuner are taken in id
 * order, and ensureAreas inserts in the order of the names' keys, so two
 * uploads creating the same places at once wait for each other in one
 * direction only.
 */
export async function placeIds(trx: Db, actor: Actor, rows: Named[]): Promise<string[][]> {
  const byKommun = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.municipalityId || !r.places.length) continue;
    const names = byKommun.get(r.municipalityId) ?? new Set<string>();
    for (const p of r.places) names.add(p);
    byKommun.set(r.municipalityId, names);
  }
  const known = new Map<string, Map<string, string>>();
  for (const [kommun, names] of [...byKommun].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    known.set(kommun, await ensureAreas(trx, actor, kommun, names, 'places'));
  }
  return rows.map((r) =>
    r.municipalityId && r.places.length ? [...new Set(r.places.map((p) => known.get(r.municipalityId!)!.get(p)!))] : [],
  );
}
