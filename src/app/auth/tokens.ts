import type { Deps } from '../deps.ts';
import { isSystemActor, writeAudit } from '../audit.ts';
import { actorForTokenRow } from '../access.ts';
import { heldActors } from './auth-cache.ts';
import { randomSecret, sha256 } from './crypto.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor, type Role } from '../../domain/access/permissions.ts';
import type { ApiToken as TokenView, CreateTokenBody } from '../../contracts/tokens.ts';
import {
  insertToken,
  organisationExists,
  revokeTokenRow,
  tokenByHash,
  tokenById,
  tokensOf,
  touchTokenQuery,
} from './queries.ts';

export { touchTokenQuery } from './queries.ts';

export type { ApiToken as TokenView } from '../../contracts/tokens.ts';

const TOKEN_PREFIX = 'lofte_';

export async function createToken(
  deps: Deps,
  actor: Actor,
  input: CreateTokenBody,
): Promise<{ token: string; view: TokenView }> {
  if (!can(actor, 'token.manage', input.organisationId)) throw forbidden();
  const org = await organisationExists(deps.db, input.organisationId);
  if (!org) throw notFound('Organisationen', 'Organisation');
  const token = randomSecret(TOKEN_PREFIX);
  const name = input.name?.trim() || `Integration ${deps.now().toISOString().slice(0, 10)}`;
  const row = await deps.db.transaction().execute(async (trx) => {
    const r = await insertToken(trx, {
      organisation_id: input.organisationId,
      role: input.role,
      name,
      token_hash: sha256(token),
      token_prefix: token.slice(0, TOKEN_PREFIX.length + 4),
      created_by: actor.kind === 'user' && !isSystemActor(actor) ? actor.id : null,
    });
    await writeAudit(trx, actor, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: r.id,
      organisationId: input.organisationId,
      after: { name, role: input.role, prefix: r.token_prefix },
    });
    return r;
  });
  return { token, view: present(row) };
}

function present(r: {
  id: string;
  name: string;
  organisation_id: string;
  role: string;
  token_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}): TokenView {
  return {
    id: r.id,
    name: r.name,
    organisationId: r.organisation_id,
    role: r.role as Role,
    prefix: r.token_prefix,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
  };
}

export async function listTokens(deps: Deps, actor: Actor): Promise<TokenView[]> {
  const reach = reachFor(actor, 'token.manage');
  if (reach !== 'all' && reach.size === 0) return [];
  return (await tokensOf(deps.db, reach)).map(present);
}

export async function revokeToken(deps: Deps, actor: Actor, id: string): Promise<TokenView> {
  const row = await tokenById(deps.db, id);
  if (!row || !can(actor, 'token.manage', row.organisation_id)) throw notFound('API-nyckeln', 'API token');
  if (row.revoked_at) return present(row);
  return deps.db.transaction().execute(async (trx) => {
    const r = await revokeTokenRow(trx, id, deps.now());
    await writeAudit(trx, actor, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      organisationId: row.organisation_id,
      before: { revoked: false },
      after: { revoked: true },
    });
    return present(r);
  });
}

interface HeldToken {
  actor: Actor;
  id: string;
  lastUsedAt: number | null;
}

/** Bearer authentication: the token's hash must match an unrevoked row (held in memory while access is unchanged). */
export async function authenticateToken(deps: Deps, token: string): Promise<Actor> {
  const hash = sha256(token);
  const held = heldActors<HeldToken>(deps.db, 'token');
  const known = held.get(hash);
  if (known) {
    await touch(deps, known);
    return known.actor;
  }
  const ticket = held.ticket();
  const row = token.startsWith(TOKEN_PREFIX) ? await tokenByHash(deps.db, hash) : undefined;
  if (!row || row.revoked_at) {
    throw new AppError(
      'unauthenticated',
      'API-nyckeln är ogiltig eller återkallad',
      'The API token is invalid or revoked',
    );
  }
  const entry: HeldToken = {
    actor: await actorForTokenRow(deps.db, row),
    id: row.id,
    lastUsedAt: row.last_used_at?.getTime() ?? null,
  };
  await touch(deps, entry);
  held.keep(hash, entry, ticket);
  return entry.actor;
}

// Recording use at most once a minute keeps a busy integration from writing on every call.
async function touch(deps: Deps, token: HeldToken): Promise<void> {
  const now = deps.now();
  if (token.lastUsedAt !== null && now.getTime() - token.lastUsedAt <= 60_000) return;
  token.lastUsedAt = now.getTime();
  await touchTokenQuery(deps.db, token.id, now).execute();
}
