/** Contract of signing in and out, password reset, OIDC and the signed-in person's own settings (/api/v1/auth, /api/v1/me). */
import { z } from 'zod';
import { User } from './users.ts';

export const LoginBody = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1000) });
export type LoginBody = z.infer<typeof LoginBody>;

export const PasswordResetBody = z.object({ email: z.string().max(320) });
export const PasswordResetConfirmBody = z.object({ token: z.string().min(1).max(200), password: z.string().max(1000) });
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBody>;

export const OidcLoginQuery = z.object({ returnTo: z.string().max(2000).optional() });
// Providers add their own parameters (iss, session_state, …): accept them and let the client library judge.
export const OidcCallbackQuery = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional(),
});

/** The session's CSRF token goes with every request that changes something. */
export const LoginResult = z.object({ user: User.nullable(), csrfToken: z.string() });
export type LoginResult = z.infer<typeof LoginResult>;

const Label = z.object({ label: z.string() });

/** A signed-in person, or (user null) an API token. */
export const SessionInfo = z.union([
  z.object({ user: User, csrfToken: z.string(), oidc: Label.nullable() }),
  z.object({ user: z.null(), token: Label, csrfToken: z.null() }),
]);
export type SessionInfo = z.infer<typeof SessionInfo>;

export const AuthOptions = z.object({
  password: z.boolean(),
  oidc: z.object({ label: z.string(), url: z.string() }).nullable(),
});
export type AuthOptions = z.infer<typeof AuthOptions>;

/** The same answer whether or not the address has an account. */
export const PasswordResetAnswer = z.object({ message: z.string(), messageEn: z.string() });
export type PasswordResetAnswer = z.infer<typeof PasswordResetAnswer>;

export const NotificationSettings = z.object({ reminders: z.boolean(), digest: z.boolean() });
export type NotificationSettings = z.infer<typeof NotificationSettings>;
