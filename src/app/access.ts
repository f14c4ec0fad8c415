import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { isRole, type Actor, type Grant, type Role } from '../domain/access/permissions.ts';

/**
 * The organisations a membership at `organisationId` reaches: itself, what
 * lies under it (parent_id) and what it covers (an LPO's kommuner), transitively.
 */
export async function reachOf(db: Db, organisationId: string): Promise<ReadonlySet<string> | 'all'> {
  const row = await sql<{ kind: string | null; ids: string[] }>`
    with recursive edges(src, dst) as (
      select parent_id, id from organisations where parent_id is not null
      union all
      select organisation_id, covered_id from organisation_coverage
    ), r(id) as (
      select ${organisationId}::uuid
      union
      select e.dst from edges e join r on e.src = r.id
    )
    select (select kind from organisations where id = ${organisationId}::uuid) as kind, array(select id from r) as ids`.execute(db);
  const { kind, ids } = row.rows[0]!;
  if (!kind) return new Set();
  if (kind === 'platform') return 'all';
  return new Set(ids);
}

/** The reach of several organisations in one round trip. */
async function reachOfMany(db: Db, ids: string[]): Promise<Map<string, ReadonlySet<string> | 'all'>> {
  const out = new Map<string, ReadonlySet<string> | 'all'>();
  if (!ids.length) return out;
  const rows = await sql<{ root: string; kind: string; ids: string[] }>`
    with recursive edges(src, dst) as (
      select parent_id, id from organisations where parent_id is not null
      union all
      select organisation_id, covered_id from organisation_coverage
    ), r(root, id) as (
      select x, x from unnest(${ids}::uuid[]) as x
      union
      select r.root, e.dst from edges e join r on e.src = r.id
    )
    select o.id as root, o.kind, array(select r.id from r where r.root = o.id) as ids
    from organisations o where o.id = any(${ids}::uuid[])`.execute(db);
  for (const r of rows.rows) out.set(r.root, r.kind === 'platform' ? 'all' : new Set(r.ids));
  return out;
}

async function grantsFor(db: Db, memberships: { organisation_id: string; role: string }[]): Promise<Grant[]> {
  const reach = await reachOfMany(db, [...new Set(memberships.map((m) => m.organisation_id))]);
  return memberships
    .filter((m) => isRole(m.role) && reach.has(m.organisation_id))
    .map((m) => ({ role: m.role as Role, organisationId: m.organisation_id, reach: reach.get(m.organisation_id)! }));
}

export async function actorForUser(db: Db, userId: string): Promise<Actor | null> {
  const user = await sql<{ id: string; name: string; email: string; memberships: { organisation_id: string; role: string }[] }>`
    select u.id, u.name, u.email,
      coalesce((select json_agg(json_build_object('organisation_id', m.organisation_id, 'role', m.role))
        from memberships m where m.user_id = u.id), '[]') as memberships
    from users u where u.id = ${userId} and u.disabled_at is null`.execute(db);
  const row = user.rows[0];
  if (!row) return null;
  return { kind: 'user', id: row.id, label: `${row.name} <${row.email}>`, grants: await grantsFor(db, row.memberships) };
}

export async function actorForTokenRow(
  db: Db,
  token: { id: string; name: string; organisation_id: string; role: string },
): Promise<Actor> {
  return {
    kind: 'token',
    id: token.id,
    label: `API-nyckel "${token.name}"`,
    grants: await grantsFor(db, [token]),
  };
}
