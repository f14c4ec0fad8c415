/** The audit log's query (audit-log.ts decides whose entries the actor may read). */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { AuditFilter } from '../../../contracts/audit-log.ts';

/**
 * Entries of the organisations in `reach`, newest first. Police notes'
 * entries only of the organisations in `police` (police material).
 */
export function auditRows(
  db: Db,
  reach: ReadonlySet<string> | 'all',
  police: ReadonlySet<string> | 'all',
  filter: AuditFilter,
) {
  let q = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(filter.limit ?? 200, 10_000));
  if (reach !== 'all') q = q.where('organisation_id', 'in', [...reach]);
  if (police !== 'all') {
    q = q.where((eb) =>
      eb.or([
        eb('entity_type', '!=', 'police_note'),
        ...(police.size ? [eb('organisation_id', 'in', [...police])] : []),
      ]),
    );
  }
  if (filter.from) q = q.where('at', '>=', new Date(filter.from));
  if (filter.to) q = q.where('at', '<', new Date(new Date(filter.to).getTime() + 86400_000));
  if (filter.action) q = q.where(sql<boolean>`starts_with(action, ${filter.action})`);
  if (filter.beforeId) q = q.where('id', '<', filter.beforeId);
  return q.execute();
}
