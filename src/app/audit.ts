import type { Actor } from '../domain/access/permissions.ts';
import type { Db } from '../db/connect.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  organisationId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Actors that are not people: the CLI and the demo seeder. */
export const SYSTEM_ACTOR = (label: string): Actor => ({
  kind: 'user',
  id: SYSTEM_ID,
  label,
  grants: [],
});

const SYSTEM_ID = '00000000-0000-0000-0000-000000000000';

export function isSystemActor(actor: Actor): boolean {
  return actor.id === SYSTEM_ID;
}

/** The operator at the command line: full rights, as anyone with the database has them anyway. */
export const CLI_ACTOR: Actor = Object.freeze<Actor>({
  kind: 'user',
  id: SYSTEM_ID,
  label: 'kommandoraden (lofte)',
  grants: [{ role: 'admin', organisationId: 'platform', reach: 'all' }],
});

const SECRET_KEYS = new Set(['password_hash', 'token_hash', 'passwordHash', 'tokenHash', 'csrf_token']);

/** Strips secrets and turns dates into ISO strings so the log holds plain JSON. */
function clean(value: Record<string, unknown> | null | undefined): string | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return JSON.stringify(out);
}

/** The actor columns of an audit row. */
export function auditActor(actor: Actor): {
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
} {
  return {
    actor_user_id: actor.kind === 'user' && !isSystemActor(actor) ? actor.id : null,
    actor_token_id: actor.kind === 'token' ? actor.id : null,
    actor_label: actor.label,
  };
}

/** Written inside the same transaction as the change it records. */
export async function writeAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      ...auditActor(actor),
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      organisation_id: entry.organisationId,
      before: clean(entry.before),
      after: clean(entry.after),
    })
    .execute();
}
