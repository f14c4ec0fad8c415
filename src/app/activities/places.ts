/**
 * Places named in an uploaded file, as area ids: names a kommun already has
 * (matched the Swedish way, Å, Ä and Ö folded in TypeScript whatever the
 * server's locale) are reused, new ones become areas, all in three
 * statements per kommun instead of a lookup per row.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { areaNameKey, normaliseAreaName } from '../../domain/areas/areas.ts';

interface Named {
  places: string[];
  municipalityId: string | null;
}

async function kommunAreas(trx: Db, municipalityId: string): Promise<Map<string, string>> {
  const rows = await trx.selectFrom('areas').select(['id', 'name']).where('municipality_id', '=', municipalityId).execute();
  return new Map(rows.map((a) => [areaNameKey(a.name), a.id]));
}

/**
 * For each row, the ids of the places it names. New names are inserted in
 * the order of their keys, so two uploads creating the same places at once
 * wait for each other in one direction only; a name another upload has just
 * created is taken as it is (on conflict do nothing, then read again).
 */
export async function placeIds(trx: Db, rows: Named[]): Promise<string[][]> {
  const byKommun = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.municipalityId || !r.places.length) continue;
    const names = byKommun.get(r.municipalityId) ?? new Set<string>();
    for (const p of r.places) names.add(normaliseAreaName(p));
    byKommun.set(r.municipalityId, names);
  }
  const known = new Map<string, Map<string, string>>();
  for (const [kommun, names] of [...byKommun].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let areas = await kommunAreas(trx, kommun);
    const fresh = new Map<string, string>();
    for (const n of names) if (!areas.has(areaNameKey(n)) && !fresh.has(areaNameKey(n))) fresh.set(areaNameKey(n), n);
    if (fresh.size) {
      const list = [...fresh].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
      await sql`insert into areas (municipality_id, name) select ${kommun}::uuid, n from unnest(${list}::text[]) with ordinality as x(n, i)
        order by i on conflict do nothing`.execute(trx);
      areas = await kommunAreas(trx, kommun);
    }
    known.set(kommun, areas);
  }
  return rows.map((r) => (r.municipalityId && r.places.length
    ? [...new Set(r.places.map((p) => known.get(r.municipalityId!)!.get(areaNameKey(p))!).filter(Boolean))]
    : []));
}
