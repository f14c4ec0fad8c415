/**
 * An account made the way the product makes one: an admin creates it, the
 * person gets a link by e-mail and chooses the password (admins never set
 * passwords, see docs/ARCHITECTURE.md). Returns the created user's JSON.
 */
import { expect } from 'vitest';
import type { Client, TestContext } from './helpers.ts';

export const TEST_PASSWORD = 'ett-langt-losenord';

/** The token of the newest link for a new password mailed to `email`. */
export function lastPasswordLinkToken(ctx: TestContext, email: string): string {
  const mail = ctx.mails.filter((m) => m.to === email).at(-1);
  const token = mail?.text.match(/nytt-losenord\?token=([^\s]+)/)?.[1];
  if (!token) throw new Error(`no password link mailed to ${email}`);
  return decodeURIComponent(token);
}

export async function createAccount(
  ctx: TestContext,
  admin: Client,
  input: { email: string; name: string; organisationId: string; role: string },
  password = TEST_PASSWORD,
): Promise<{ id: string; email: string }> {
  const res = await admin.request('POST', '/api/v1/users', input);
  expect(res.statusCode, res.body).toBe(201);
  const user = res.json() as { id: string; email: string };
  const confirm = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    payload: { token: lastPasswordLinkToken(ctx, user.email), password },
  });
  expect(confirm.statusCode, confirm.body).toBe(204);
  return user;
}
