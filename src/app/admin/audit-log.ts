import type { Deps } from '../deps.ts';
import { csvDocument } from '../../domain/csv.ts';
import { reachFor, scopeOf, type Actor } from '../../domain/access/permissions.ts';
import { policeOrganisations } from '../situation/police.ts';
import { auditRows } from './queries/audit-log.ts';

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
  const police = await policeAuditReach(deps, actor);
  // Even that a police note was added, when and by whom, is police material: nobody else sees those entries.
  const rows = await auditRows(deps.db, reach, police, filter);
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
