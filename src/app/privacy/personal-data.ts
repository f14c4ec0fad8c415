/**
 * A staff user's personal data on request (GDPR art. 15 and 17), by the
 * platform's admin only (an unbounded user.manage reach): everything stored
 * about them exported, and the account erased. Erasing removes the access
 * (sessions, password links, memberships; tokens they made are revoked and
 * no longer point at them) and writes one pseudonym over their name and
 * e-mail everywhere they are stored, so the audit entries and the records
 * they made stay, no longer naming them. The erasure is audited without the
 * erased data.
 */
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import type { ErasureResult, PersonalDataExport } from '../../contracts/privacy.ts';
import { assertPlatformKeepsAdminWithout } from '../admin/users.ts';
import {
  countLabels,
  eraseUserRow,
  pastEmails,
  pastLabels,
  personAudit,
  personMemberships,
  personRow,
  personSessions,
  personTokens,
  pseudonymiseAudit,
  pseudonymiseFollowUps,
  pseudonymiseLabels,
  pseudonymiseOwners,
  removeAccess,
} from './queries.ts';

/** Kept as written on erasure, and why: said in the answer so nobody has to guess. */
export const KEPT_ON_ERASURE = [
  'Underskrifter i medborgarlöften och överenskommelser: namn och titel på den som skrev under är en del av ett beslutat och publicerat dokument (allmän handling), inte av kontot.',
  'Beslutande organ i åtgärdsplaner: ett organ, inte en person.',
  'Händelseloggens poster och de registrerade uppgifterna finns kvar, med pseudonymen i stället för namn och e-post.',
];

function requirePlatformAdmin(actor: Actor): void {
  if (reachFor(actor, 'user.manage') !== 'all') {
    throw new AppError(
      'forbidden',
      'Bara plattformens administratör kan lämna ut eller radera en persons uppgifter',
      "Only the platform's admin can export or erase a person's data",
    );
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function exportPersonalData(deps: Deps, actor: Actor, userId: string): Promise<PersonalDataExport> {
  requirePlatformAdmin(actor);
  const user = await personRow(deps.db, userId);
  if (!user) throw notFound('Användaren', 'User');
  const [memberships, sessions, tokens, audit, labels] = await Promise.all([
    personMemberships(deps.db, userId),
    personSessions(deps.db, userId),
    personTokens(deps.db, userId),
    personAudit(deps.db, userId),
    pastLabels(deps.db, userId),
  ]);
  return {
    exportedAt: deps.now().toISOString(),
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      signsInWithPassword: user.password_hash !== null,
      signsInWithOidc: user.oidc_subject !== null,
      disabledAt: iso(user.disabled_at),
      erasedAt: iso(user.erased_at),
      notifyReminders: user.notify_reminders,
      notifyDigest: user.notify_digest,
      createdAt: user.created_at.toISOString(),
      updatedAt: user.updated_at.toISOString(),
    },
    memberships: memberships.map((m) => ({
      id: m.id,
      organisationId: m.organisation_id,
      organisationName: m.organisation_name,
      role: m.role,
      createdAt: m.created_at.toISOString(),
    })),
    sessions: sessions.map((s) => ({
      signedInAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      expiresAt: s.expires_at.toISOString(),
    })),
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      prefix: t.token_prefix,
      role: t.role,
      organisationName: t.organisation_name,
      createdAt: t.created_at.toISOString(),
      revokedAt: iso(t.revoked_at),
      lastUsedAt: iso(t.last_used_at),
    })),
    audit: audit.map((a) => ({
      id: String(a.id),
      at: a.at.toISOString(),
      actor: a.actor_label,
      action: a.action,
      entityType: a.entity_type,
      entityId: a.entity_id,
      organisationId: a.organisation_id,
      before: a.before,
      after: a.after,
    })),
    recordedAs: await countLabels(deps.db, [...new Set([...labels, `${user.name} <${user.email}>`])]),
  };
}

export async function eraseUser(deps: Deps, actor: Actor, userId: string): Promise<ErasureResult> {
  requirePlatformAdmin(actor);
  if (actor.kind === 'user' && actor.id === userId) {
    throw new AppError(
      'validation_failed',
      'Du kan inte radera ditt eget konto. Be en annan administratör.',
      'You cannot erase your own account. Ask another admin.',
    );
  }
  const at = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const user = await personRow(trx, userId);
    if (!user) throw notFound('Användaren', 'User');
    if (user.erased_at) throw new AppError('conflict', 'Kontot är redan raderat', 'The account is already erased');
    await assertPlatformKeepsAdminWithout(trx, userId);
    const tag = randomBytes(4).toString('hex');
    const name = `Borttagen användare ${tag}`;
    const email = `borttagen-${tag}@anvandare.invalid`;
    const emails = [...new Set([user.email, ...(await pastEmails(trx, userId))].map((e) => e.toLowerCase()))];
    const labels = [...new Set([`${user.name} <${user.email}>`, ...(await pastLabels(trx, userId))])];
    const pseudonym = (text: string) => (emails.includes(text.toLowerCase()) ? email : name);
    const access = await removeAccess(trx, userId, at);
    const changed: Record<string, number> = {
      sessions: access.sessions,
      memberships: access.memberships,
      'api_tokens.created_by': access.tokens,
      ...(await pseudonymiseLabels(trx, labels, name)),
      audit_log: await pseudonymiseAudit(trx, userId, [...labels, ...emails], pseudonym),
      'follow_ups.reviews_approvals': await pseudonymiseFollowUps(trx, labels, pseudonym),
      'commitments.owner': await pseudonymiseOwners(trx, emails, name),
    };
    await eraseUserRow(trx, userId, name, email, at);
    changed.users = 1;
    // The entry names the pseudonym only: the erased name and address are exactly what must not be kept.
    await writeAudit(trx, actor, {
      action: 'user.erase',
      entityType: 'user',
      entityId: userId,
      organisationId: null,
      after: { pseudonym: name, changed },
    });
    return { id: userId, pseudonym: name, erasedAt: at.toISOString(), changed, kept: KEPT_ON_ERASURE };
  });
}
