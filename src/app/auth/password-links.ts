/**
 * An admin helps someone back into their account by sending a link for a
 * new password to the account's own e-mail address. The admin never sets
 * or learns the password, so administering an account cannot become
 * signing in as it.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { storeResetLink } from './auth.ts';
import { hitRateLimit } from './rate-limit.ts';
import { assertMayManageUser, createUser, type CreateUserInput, type UserView } from '../admin/users.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';

/** Longer than a self-service link (one hour): the person may not be at their desk when the admin sends it. */
export const ADMIN_LINK_VALID_HOURS = 72;
const PER_ACCOUNT = { limit: 10, windowMs: 60 * 60_000 };

type Kind = 'invite' | 'reset';

function mailText(kind: Kind, name: string, by: string, link: string): { subject: string; text: string } {
  const hours = ADMIN_LINK_VALID_HOURS;
  if (kind === 'invite') {
    return {
      subject: 'Ditt konto i Medborgarlöften',
      text: [
        `Hej ${name}!`,
        '',
        `${by} har skapat ett konto åt dig i Medborgarlöften.`,
        `Välj ditt lösenord här inom ${hours} timmar: ${link}`,
        '',
        `— ${by} created an account for you. Choose your password through the link above within ${hours} hours.`,
      ].join('\n'),
    };
  }
  return {
    subject: 'Välj ett nytt lösenord – Medborgarlöften',
    text: [
      `Hej ${name}!`,
      '',
      `${by} har skickat dig en länk för att välja ett nytt lösenord till ditt konto.`,
      `Välj lösenord här inom ${hours} timmar: ${link}`,
      '',
      'Ditt nuvarande lösenord fungerar tills du har valt ett nytt. Om du inte väntade dig detta kan du bortse från meddelandet.',
      '',
      `— ${by} sent you a link to choose a new password. Open it within ${hours} hours.`,
    ].join('\n'),
  };
}

/** Stores the link and its audit entry together, then mails it to the account's own address. */
async function issueLink(deps: Deps, actor: Actor, user: UserView, kind: Kind): Promise<void> {
  const limit = await hitRateLimit(deps, `admin-reset:${user.id}`, PER_ACCOUNT.limit, PER_ACCOUNT.windowMs);
  if (!limit.allowed) {
    throw new AppError(
      'rate_limited',
      'Många länkar har redan skickats till kontot. Försök igen senare.',
      'Many links have already been sent to this account. Try again later.',
      { retryAfterSeconds: limit.retryAfterSeconds },
    );
  }
  const link = await deps.db.transaction().execute(async (trx) => {
    const url = await storeResetLink(deps, trx, user.id, ADMIN_LINK_VALID_HOURS * 3600_000);
    await writeAudit(trx, actor, {
      action: 'user.password_link',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.memberships[0]?.organisationId ?? null,
      after: { sentTo: user.email, kind },
    });
    return url;
  });
  const by = actor.kind === 'user' ? actor.label.replace(/ <.*>$/, '') : 'En administratör';
  await deps.mailer.send({ to: user.email, ...mailText(kind, user.name, by, link) });
}

/** "Skicka länk för nytt lösenord": the admin's way to help someone back in. */
export async function sendPasswordLink(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<{ sentTo: string; validHours: number }> {
  const user = await assertMayManageUser(deps, actor, userId);
  if (user.disabled) {
    throw new AppError(
      'validation_failed',
      'Kontot är avstängt. Aktivera det först.',
      'The account is disabled. Enable it first.',
    );
  }
  await issueLink(deps, actor, user, 'reset');
  return { sentTo: user.email, validHours: ADMIN_LINK_VALID_HOURS };
}

/**
 * A new account starts without a password; its person gets a link to
 * choose one. If the mail cannot be sent the account still exists, and the
 * answer says so, so the admin can send the link again.
 */
export async function createUserAndInvite(
  deps: Deps,
  actor: Actor,
  input: CreateUserInput,
): Promise<UserView & { invitationSent: boolean }> {
  const user = await createUser(deps, actor, input);
  try {
    await issueLink(deps, actor, user, 'invite');
    return { ...user, invitationSent: true };
  } catch {
    return { ...user, invitationSent: false };
  }
}
