/** Shapes of the API's JSON, as the staff app reads them. Roles and organisation kinds are the domain's own (imported, not copied). */
import type { Role } from '../../domain/access/permissions.ts';
import type { OrganisationKind, PartnerType } from '../../domain/organisation-kinds.ts';

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface User {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  hasPassword: boolean;
  memberships: Membership[];
  /** May the signed-in admin manage this account (every membership within their reach)? */
  manageable: boolean;
}

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  code: string | null;
  slug: string | null;
  parentId: string | null;
  partnerType: PartnerType | null;
  active: boolean;
  covers: string[];
}

export interface ApiToken {
  id: string;
  name: string;
  organisationId: string;
  role: Role;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  organisationId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface SessionInfo {
  user: User;
  csrfToken: string;
}

export interface AuthOptions {
  password: boolean;
  oidc: { label: string; url: string } | null;
}

export function isAdmin(user: User): boolean {
  return user.memberships.some((m) => m.role === 'admin');
}
