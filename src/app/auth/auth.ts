import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { actorForUser, grantsFor, userActor } from '../access.ts';
import { heldActors } from './auth-cache.ts';
import { hashPassword, randomSecret, sha256, verifyPassword } from './crypto.ts';
import { clearRateLimit, hitRateLimit } from './rate-limit.ts';
import { checkPassword, normaliseEmail } from '../admin/users.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import type { Db } from '../../db/connect.ts';
import {
  deleteSession,
  deleteSessionsOf,
  insertPasswordReset,
  insertSession,
  markPasswordResetUsed,
  passwordReset,
  sessionWithUser,
  setPasswordHash,
  touchSessionQuery,
  userByEmail,
} from './queries.ts';

export { touchSessionQuery } from './queries.ts';

export const LOGIN_LIMIT = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000 };

export interface Session {
  token: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

// A hash of a password nobody has, so an unknown e-mail costs the same time as a wrong password.
let dummyHash: Promise<string> | null = null;

export async function startSession(deps: Deps, userId: string): Promise<Session> {
  const token = randomSecret();
  const csrfToken = randomSecret('', 24);
  const expiresAt = new Date(deps.now().getTime() + deps.config.sessionDays * 86400_000);
  await insertSession(deps.db, { idHash: sha256(token), userId, csrfToken, expiresAt, at: deps.now() });
  return { token, csrfToken, userId, expiresAt };
}

export async function login(deps: Deps, input: { email: string; password: string; address: string }): Promise<Session> {
  const email = input.email.trim().toLowerCase();
  const perAccount = await hitRateLimit(deps, `login:${email}`, LOGIN_LIMIT.perAccount, LOGIN_LIMIT.windowMs);
  const perAddress = await hitRateLimit(
    deps,
    `login-ip:${input.address}`,
    LOGIN_LIMIT.perAddress,
    LOGIN_LIMIT.windowMs,
  );
  if (!perAccount.allowed || !perAddress.allowed) {
    const wait = Math.max(perAccount.retryAfterSeconds, perAddress.retryAfterSeconds);
    throw new AppError(
      'rate_limited',
      `För många inloggningsförsök. Försök igen om ${Math.ceil(wait / 60)} minuter.`,
      `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
      { retryAfterSeconds: wait },
    );
  }
  const user = await userByEmail(deps.db, email);
  dummyHash ??= hashPassword(randomSecret());
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash), input.password);
  if (!user || !ok || user.disabled_at) {
    throw new AppError('invalid_credentials', 'Fel e-postadress eller lösenord', 'Wrong e-mail address or password');
  }
  await clearRateLimit(deps, `login:${email}`);
  return startSession(deps, user.id);
}

interface HeldSession {
  actor: Actor;
  csrfToken: string;
  userId: string;
  expiresAt: number;
  lastSeenAt: number;
}

/** The signed-in user behind a session cookie, or null when the session is unknown or expired (held in memory while access is unchanged). */
export async function resolveSession(
  deps: Deps,
  token: string,
): Promise<{ actor: Actor; csrfToken: string; userId: string } | null> {
  const hash = sha256(token);
  const held = heldActors<HeldSession>(deps.db, 'session');
  let session = held.get(hash);
  if (!session) {
    const ticket = held.ticket();
    const row = await sessionWithUser(deps.db, hash);
    if (!row) return null;
    session = {
      actor: userActor(
        { id: row.user_id, name: row.name, email: row.email },
        await grantsFor(deps.db, row.memberships, row.stamp),
      ),
      csrfToken: row.csrf_token,
      userId: row.user_id,
      expiresAt: row.expires_at.getTime(),
      lastSeenAt: row.last_seen_at.getTime(),
    };
    held.keep(hash, session, ticket);
  }
  const now = deps.now();
  if (session.expiresAt <= now.getTime()) {
    held.forget(hash);
    return null;
  }
  // Touch at most once a minute: a busy user should not write on every request.
  if (now.getTime() - session.lastSeenAt > 60_000) {
    session.lastSeenAt = now.getTime();
    await touchSessionQuery(deps.db, hash, now).execute();
  }
  return { actor: session.actor, csrfToken: session.csrfToken, userId: session.userId };
}

export async function logout(deps: Deps, token: string): Promise<void> {
  await deleteSession(deps.db, sha256(token));
}

const RESET_VALID_MS = 60 * 60_000;

/**
 * Stores a single-use link for choosing a new password (only its hash is
 * kept) and returns the link to mail. The person who opens it chooses the
 * password; nobody else ever knows it.
 */
export async function storeResetLink(deps: Deps, db: Db, userId: string, validMs: number): Promise<string> {
  const token = randomSecret();
  await insertPasswordReset(db, sha256(token), userId, new Date(deps.now().getTime() + validMs));
  return `${deps.config.publicBaseUrl}/app/nytt-losenord?token=${encodeURIComponent(token)}`;
}

/** Always looks the same to the caller, so it cannot be used to find out who has an account. */
export async function requestPasswordReset(deps: Deps, input: { email: string; address: string }): Promise<void> {
  let email: string;
  try {
    email = normaliseEmail(input.email);
  } catch {
    return;
  }
  const limit = await hitRateLimit(deps, `reset:${email}`, 3, 60 * 60_000);
  if (!limit.allowed) return;
  const user = await userByEmail(deps.db, email);
  if (!user || user.disabled_at) return;
  const link = await storeResetLink(deps, deps.db, user.id, RESET_VALID_MS);
  await deps.mailer.send({
    to: email,
    subject: 'Återställ ditt lösenord – Medborgarlöften',
    text: [
      `Hej ${user.name}!`,
      '',
      'Någon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt konto.',
      `Välj ett nytt lösenord här inom en timme: ${link}`,
      '',
      'Om du inte bad om detta kan du bortse från meddelandet.',
      '',
      '— Reset your password: open the link above within one hour.',
    ].join('\n'),
  });
}

export async function confirmPasswordReset(deps: Deps, input: { token: string; password: string }): Promise<void> {
  checkPassword(input.password);
  const row = await passwordReset(deps.db, sha256(input.token));
  if (!row || row.used_at || row.expires_at.getTime() <= deps.now().getTime()) {
    throw new AppError(
      'invalid_token',
      'Länken är ogiltig eller har gått ut. Begär en ny.',
      'The link is invalid or has expired. Ask for a new one.',
    );
  }
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (trx) => {
    await markPasswordResetUsed(trx, row.token_hash, deps.now());
    await setPasswordHash(trx, row.user_id, passwordHash, deps.now());
    await deleteSessionsOf(trx, row.user_id);
    const actor = await actorForUser(trx, row.user_id);
    if (actor) {
      await writeAudit(trx, actor, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: row.user_id,
        organisationId: actor.grants[0]?.organisationId ?? null,
        after: { passwordChanged: true },
      });
    }
  });
}
