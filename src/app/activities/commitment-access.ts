/**
 * Who may log activities against a commitment. Staff with activity.write
 * in one of the promise set's kommuner may; a partner organisation (school,
 * socialtjänst, housing company …) may only when the commitment names it as
 * responsible or partner.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { namesPartner, staffGrantAllowing } from '../../domain/access/policies.ts';

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
  const rows = await db
    .selectFrom('commitments as c')
    .innerJoin('promise_sets as p', 'p.id', 'c.promise_set_id')
    .select([
      'c.id',
      'c.promise_set_id',
      'c.text',
      'c.responsible',
      'c.partners',
      'c.target',
      'c.follow_up',
      'c.removed_at',
      'p.period_from',
      'p.period_to',
      'p.status',
      sql<
        string[]
      >`array(select organisation_id from promise_set_municipalities m where m.promise_set_id = p.id and m.organisation_id is not null)`.as(
        'orgs',
      ),
    ])
    // One array parameter, however many ids a file names (a list of parameters stops at 65 535).
    .where(sql<boolean>`c.id = any(${[...new Set(commitmentIds)]}::uuid[])`)
    .execute();
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
    const org = await db
      .selectFrom('organisations')
      .select(['id', 'name', 'partner_type', 'parent_id'])
      .where('id', '=', g.organisationId)
      .executeTakeFirst();
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
