/** Contract of the API tokens: /api/v1/tokens. */
import { z } from 'zod';
import { RoleSchema } from './users.ts';

export { IdParams } from './organisations.ts';

export const CreateTokenBody = z.object({
  organisationId: z.uuid(),
  role: RoleSchema,
  name: z.string().max(200).optional(),
});
export type CreateTokenBody = z.infer<typeof CreateTokenBody>;

export const ApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  organisationId: z.uuid(),
  role: RoleSchema,
  /** The first characters of the token, to recognise it; the token itself is shown once. */
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const TokenList = z.object({ tokens: z.array(ApiToken) });
export type TokenList = z.infer<typeof TokenList>;

/** The new token, with its secret: the only time the secret is shown. */
export const CreatedToken = ApiToken.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;
