import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/connect.ts';
import { isRole, type Actor, type Grant, type Role } from '../domain/access/permissions.ts';
import { GRAPH_STAMP, reachOfMany, type Reach } from './admin/organisation-graph.ts';

/**
 * The organisations a membership at `organisationId` reaches: itself, what
 * lies under it (parent_id) and what it covers (an LPO's kommuner), transitively.
 */
export async function reachOf(db: Db, organisationId: string): Promise<Reach> {
  return (await reachOfMany(db, [organisationId], null)).get(organisationId) ?? new Set();
}

export interface MembershipRow {
  organisation_id: string;
  role: string;
}

/** Grants from memberships; `stamp` is the organisation graph stamp read in the same query as the memberships. */
export async function grantsFor(db: Db, memberships: MembershipRow[], stamp: string | null): Promise<Grant[]> {
  const reach = await reachOfMany(db, [...new Set(memberships.map((m) => m.organisation_id))], stamp);
  return memberships
    .filter((m) => isRole(m.role) && reach.has(m.organisation_id))
    .map((m) => ({ role: m.role as Role, organisationId: m.organisation_id, reach: reach.get(m.organisation_id)! }));
}

/** A user's memberships as JSON, for selecting beside other columns. */
export const MEMBERSHIPS_OF = (userId: RawBuilder<unknown>) => sql<MembershipRow[]>`
  coalesce((select json_agg(json_build_object('organisation_id', m.organisation_id, 'role', m.role))
    from memberships m where m.user_id = ${userId}), '[]')`;

export function userActor(user: { id: string; name: string; email: string }, grants: Grant[]): Actor {
  return { kind: 'user', id: user.id, label: `${user.name} <${user.email}>`, grants };
}

export async function actorForUser(db: Db, userId: string): Promise<Actor | null> {
  const user = await sql<{ id: string; name: string; email: string; memberships: MembershipRow[]; stamp: string }>`
    select u.id, u.name, u.email, ${MEMBERSHIPS_OF(sql.ref('u.id'))} as memberships, ${GRAPH_STAMP} as stamp
    from users u where u.id = ${userId} and u.disabled_at is null`.execute(db);
  const row = user.rows[0];
  if (!row) return null;
  return userActor(row, await grantsFor(db, row.memberships, row.stamp));
}

export async function actorForTokenRow(
  db: Db,
  token: { id: string; name: string; organisation_id: string; role: string; stamp?: string | null },
): Promise<Actor> {
  return {
    kind: 'token',
    id: token.id,
    label: `API-nyckel "${token.name}"`,
    grants: await grantsFor(db, [token], token.stamp ?? null),
  };
}
