/** Queries of the organisation graph (organisation-graph.ts holds it in memory under its stamp). */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

/** The current stamp, as a SQL expression to select beside other columns. */
export const GRAPH_STAMP = sql<string>`(select g.id::text || ':' || g.version::text from organisation_graph_version g)`;

/** The stamp with every organisation (id, parent, kind) and every coverage edge, in one round trip. */
export async function graphRows(db: Db) {
  const result = await sql<{ stamp: string; orgs: [string, string | null, string][]; coverage: [string, string][] }>`
    select ${GRAPH_STAMP} as stamp,
      coalesce((select json_agg(json_build_array(id, parent_id, kind)) from organisations), '[]') as orgs,
      coalesce((select json_agg(json_build_array(organisation_id, covered_id)) from organisation_coverage), '[]') as coverage`.execute(
    db,
  );
  return result.rows[0]!;
}
