/** Shapes of the API's JSON, as the staff app reads them: the contracts' own types (type-only imports keep zod out of the bundle). */
import type { User } from '../../contracts/users.ts';

export type { ErasureResult, PrivacySettingsBody, PrivacySettingsView } from '../../contracts/privacy.ts';
export type { PublicLanguagesBody, PublicLanguagesView } from '../../contracts/public-languages.ts';

export type {
  AddMembershipBody,
  ChangeRoleBody,
  CreatedUser,
  CreateUserBody,
  Membership,
  MembershipCreated,
  PasswordLinkSent,
  UpdateUserBody,
  User,
  UserList,
} from '../../contracts/users.ts';
export type {
  CreateOrganisationBody,
  Organisation,
  OrganisationList,
  UpdateOrganisationBody,
} from '../../contracts/organisations.ts';
export type { ApiToken, CreatedToken, CreateTokenBody, TokenList } from '../../contracts/tokens.ts';
export type { AuditEntry, AuditList } from '../../contracts/audit-log.ts';
export type {
  AuthOptions,
  LoginBody,
  LoginResult,
  PasswordResetAnswer,
  PasswordResetConfirmBody,
  SessionInfo,
} from '../../contracts/auth.ts';

export function isAdmin(user: User): boolean {
  return user.memberships.some((m) => m.role === 'admin');
}
