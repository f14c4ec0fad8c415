/**
 * Authorisation as data: one table of rules, role × action → where the
 * action is allowed. `own` means the target belongs to an organisation
 * within the reach of the membership that grants the role (the
 * organisation itself, what it covers and what lies under it); `any`
 * means anywhere. The table is tested as a matrix.
 */
export const ROLES = ['admin', 'coordinator', 'officer', 'partner', 'viewer', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'user.read',
  'user.manage',
  'membership.manage',
  'token.manage',
  'audit.read',
  'promise.read',
  'promise.write',
  'activity.read',
  'activity.write',
  'dialogue.read',
  'dialogue.write',
  'survey.manage',
  'statistics.write',
  'situation.read',
  'situation.write',
  'followup.write',
  'followup.approve',
  'area.write',
] as const;
export type Action = (typeof ACTIONS)[number];

export type Scope = 'none' | 'own' | 'any';

const READ_ALL_OWN: Partial<Record<Action, Scope>> = {
  'organisation.read': 'own',
  'promise.read': 'own',
  'activity.read': 'own',
  'dialogue.read': 'own',
};

export const RULES: Readonly<Record<Role, Partial<Record<Action, Scope>>>> = Object.freeze({
  admin: Object.fromEntries(ACTIONS.map((a) => [a, 'own' as Scope])),
  coordinator: {
    ...READ_ALL_OWN,
    'user.read': 'own',
    'promise.write': 'own',
    'activity.write': 'own',
    'dialogue.write': 'own',
    'survey.manage': 'own',
    'statistics.write': 'own',
    'situation.read': 'own',
    'situation.write': 'own',
    'followup.write': 'own',
    /** Curating the kommun's list of areas (add, rename, merge, delete) is the kommun's coordination task. */
    'area.write': 'own',
  },
  officer: {
    ...READ_ALL_OWN,
    'user.read': 'own',
    'promise.write': 'own',
    'activity.write': 'own',
    'dialogue.write': 'own',
    'survey.manage': 'own',
    'statistics.write': 'own',
    'situation.read': 'own',
    'situation.write': 'own',
    'followup.write': 'own',
  },
  partner: {
    ...READ_ALL_OWN,
    'activity.write': 'own',
    'dialogue.write': 'own',
  },
  viewer: { ...READ_ALL_OWN, 'situation.read': 'own' },
  /** Leadership (LPO-chef, kommunalråd, kommundirektör): reads everything of its own and approves follow-ups. */
  leader: { ...READ_ALL_OWN, 'situation.read': 'own', 'followup.approve': 'own' },
});

export function scopeOf(role: Role, action: Action): Scope {
  return RULES[role][action] ?? 'none';
}

/** A role held through one membership, with the organisations that membership reaches. */
export interface Grant {
  role: Role;
  organisationId: string;
  /** 'all' for the platform organisation, which reaches everything. */
  reach: ReadonlySet<string> | 'all';
}

export interface Actor {
  kind: 'user' | 'token';
  id: string;
  label: string;
  grants: readonly Grant[];
}

/** Does this one grant allow `action` on something that belongs to `organisationId`? */
export function grantAllows(grant: Grant, action: Action, organisationId: string): boolean {
  const scope = scopeOf(grant.role, action);
  if (scope === 'any') return true;
  if (scope === 'none') return false;
  return grant.reach === 'all' || grant.reach.has(organisationId);
}

/** May the actor do `action` to something that belongs to `organisationId`? */
export function can(actor: Actor, action: Action, organisationId: string): boolean {
  return actor.grants.some((g) => grantAllows(g, action, organisationId));
}

/** The organisations where the actor may do `action`; 'all' when unbounded. */
export function reachFor(actor: Actor, action: Action): ReadonlySet<string> | 'all' {
  const ids = new Set<string>();
  for (const g of actor.grants) {
    const scope = scopeOf(g.role, action);
    if (scope === 'none') continue;
    if (scope === 'any' || g.reach === 'all') return 'all';
    for (const id of g.reach) ids.add(id);
  }
  return ids;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
