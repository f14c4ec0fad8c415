/**
 * Who may log activities against a commitment. Staff with activity.write
 * in one of the promise set's kommuner may; a partner organisation (school,
 * socialtjänst, housing company …) may only when the commitment names it as
 * responsible or partner.
 */
import type { Db } from '../../db/connect.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { namesPartner, staffGrantAllowing } from '../../domain/access/policies.ts';
import { commitmentRows, partnerOrganisation } from './queries/activities.ts';

export interface CommitmentContext {
  id: string;
  promiseSetId: string;
  text: string;
  responsible: string[];
  partners: string[];
  target: unknown;
  followUp: string[];
  municipalityIds: string[];
  period: { from: string; to: string | null } | null;
  status: string;
}

export async function loadCommitment(db: Db, commitmentId: string): Promise<CommitmentContext | undefined> {
  return (await loadCommitments(db, [commitmentId])).get(commitmentId);
}

/** Several commitments in one query (a batch or a file names a few, many times over); removed ones are left out. */
export async function loadCommitments(db: Db, commitmentIds: string[]): Promise<Map<string, CommitmentContext>> {
  const out = new Map<string, CommitmentContext>();
  if (!commitmentIds.length) return out;
  const rows = await commitmentRows(db, [...new Set(commitmentIds)]);
  for (const c of rows) {
    if (c.removed_at) continue;
    out.set(c.id, {
      id: c.id,
      promiseSetId: c.promise_set_id,
      text: c.text,
      responsible: c.responsible,
      partners: c.partners,
      target: c.target,
      followUp: c.follow_up,
      status: c.status,
      municipalityIds: c.orgs,
      period: c.period_from ? { from: c.period_from, to: c.period_to } : null,
    });
  }
  return out;
}

/** The organisation the actor logs for, or a typed error: 404 when the commitment is out of sight, 403 when only readable. */
export async function assertMayLog(db: Db, actor: Actor, c: CommitmentContext): Promise<string> {
  const staff = staffGrantAllowing(actor, 'activity.write', c.municipalityIds);
  if (staff) return staff.organisationId;
  for (const g of actor.grants.filter((x) => x.role === 'partner')) {
    const org = await partnerOrganisation(db, g.organisationId);
    if (
      org?.parent_id &&
      c.municipalityIds.includes(org.parent_id) &&
      namesPartner([...c.responsible, ...c.partners], { name: org.name, partnerType: org.partner_type })
    )
      return org.id;
  }
  if (c.municipalityIds.some((m) => can(actor, 'promise.read', m))) throw forbidden();
  throw notFound('Åtagandet', 'Commitment');
}

export function assertOpenForActivities(c: CommitmentContext): void {
  if (c.status === 'closed') {
    throw new AppError(
      'conflict',
      'Medborgarlöftet är avslutat; nya aktiviteter kan inte loggas',
      'The promise set is closed; no new activities can be logged',
    );
  }
}
