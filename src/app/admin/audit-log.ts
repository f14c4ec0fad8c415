import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { csvDocument } from '../../domain/csv.ts';
import { reachFor, scopeOf, type Actor } from '../../domain/access/permissions.ts';
import { policeOrganisations } from '../situation/police.ts';

import type { AuditEntry as AuditView, AuditFilter } from '../../contracts/audit-log.ts';

export type { AuditEntry as AuditView, AuditFilter } from '../../contracts/audit-log.ts';

/** Where the actor reads the audit log through a grant held in a police organisation. */
async function policeAuditReach(deps: Deps, actor: Actor): Promise<ReadonlySet<string> | 'all'> {
  const police = new Set(await policeOrganisations(deps, actor, 'audit.read'));
  const ids = new Set<string>();
  for (const g of actor.grants) {
    if (!police.has(g.organisationId) || scopeOf(g.role, 'audit.read') === 'none') continue;
    if (g.reach === 'all') return 'all';
    for (const id of g.reach) ids.add(id);
  }
  return ids;
}

/** Audit entries of the organisations where the actor may read the audit log, newest first. */
export async function listAudit(deps: Deps, actor: Actor, filter: AuditFilter = {}): Promise<AuditView[]> {
  const reach = reachFor(actor, 'audit.read');
  if (reach !== 'all' && reach.size === 0) return [];
  let q = deps.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(filter.limit ?? 200, 10_000));
  if (reach !== 'all') q = q.where('organisation_id', 'in', [...reach]);
  const police = await policeAuditReach(deps, actor);
  // Even that a police note was added, when and by whom, is police material: nobody else sees those entries.
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
  const rows = await q.execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at.toISOString(),
    actor: r.actor_label,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    organisationId: r.organisation_id,
    before: r.before,
    after: r.after,
  }));
}

/** Semicolon-separated with a BOM, as Swedish Excel opens it directly. */
export function auditCsv(entries: AuditView[]): string {
  const header = ['tidpunkt', 'vem', 'händelse', 'typ', 'id', 'organisation', 'före', 'efter'];
  const json = (v: unknown) => (v === null || v === undefined ? v : JSON.stringify(v));
  return csvDocument([
    header,
    ...entries.map((e) => [
      e.at,
      e.actor,
      e.action,
      e.entityType,
      e.entityId,
      e.organisationId,
      json(e.before),
      json(e.after),
    ]),
  ]);
}
