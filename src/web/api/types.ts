/** Shapes of the API's JSON, as the staff app reads them. */
export const ROLES = ['admin', 'coordinator', 'officer', 'partner', 'viewer', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['platform', 'region', 'police_area', 'municipality', 'partner'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNER_TYPES = [
  'skola', 'socialtjanst', 'fritidsgard', 'bostadsbolag', 'raddningstjanst', 'grannsamverkan', 'naringsliv', 'ovrig',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

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
