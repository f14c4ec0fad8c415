/** Contract of the accounts and their memberships: /api/v1/users, /api/v1/memberships. */
import { z } from 'zod';
import { ROLES } from '../domain/access/permissions.ts';

export { IdParams } from './organisations.ts';

export const RoleSchema = z.enum(ROLES);

export const CreateUserBody = z.object({
  email: z.string().min(3).max(320),
  name: z.string().min(1).max(200),
  password: z
    .string()
    .max(1000)
    .nullable()
    .optional()
    .describe('Tas inte emot: användaren väljer själv lösenord via länken'),
  organisationId: z.uuid(),
  role: RoleSchema,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  name: z.string().min(1).max(200).optional(),
  disabled: z.boolean().optional(),
  password: z.string().max(1000).optional().describe('Bara ditt eget konto, tillsammans med currentPassword'),
  currentPassword: z.string().max(1000).optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const Membership = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  role: RoleSchema,
});
export type Membership = z.infer<typeof Membership>;

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  memberships: z.array(Membership),
  /** May the reader manage this account (see domain/access/accounts.ts)? A member seen here may also belong elsewhere. */
  manageable: z.boolean(),
});
export type User = z.infer<typeof User>;

export const UserList = z.object({ users: z.array(User) });
export type UserList = z.infer<typeof UserList>;

/** A new account: its person gets a link to choose a password; false when the mail could not be sent. */
export const CreatedUser = User.extend({ invitationSent: z.boolean() });
export type CreatedUser = z.infer<typeof CreatedUser>;

export const PasswordLinkSent = z.object({ sentTo: z.string(), validHours: z.number().int().positive() });
export type PasswordLinkSent = z.infer<typeof PasswordLinkSent>;

export const AddMembershipBody = z.object({ userId: z.uuid(), organisationId: z.uuid(), role: RoleSchema });
export type AddMembershipBody = z.infer<typeof AddMembershipBody>;
export const ChangeRoleBody = z.object({ role: RoleSchema });
export type ChangeRoleBody = z.infer<typeof ChangeRoleBody>;

export const MembershipCreated = z.object({ id: z.uuid() });
export type MembershipCreated = z.infer<typeof MembershipCreated>;
