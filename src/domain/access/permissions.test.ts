import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, can, reachFor, type Action, type Actor, type Role } from './permissions.ts';

const KALIX = 'org-kalix';
const KALIX_SCHOOL = 'org-kalix-skola';
const HAPARANDA = 'org-haparanda';

function actorWith(role: Role, reach: string[] | 'all' = [KALIX, KALIX_SCHOOL]): Actor {
  return {
    kind: 'user',
    id: 'u1',
    label: 'test',
    grants: [{ role, organisationId: KALIX, reach: reach === 'all' ? 'all' : new Set(reach) }],
  };
}

// The expected matrix, written out by hand: which actions each role may take in its own organisation.
const EXPECTED_OWN: Record<Role, Action[]> = {
  admin: [...ACTIONS],
  coordinator: [
    'organisation.read',
    'user.read',
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
    'area.write',
  ],
  officer: [
    'organisation.read',
    'user.read',
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
  ],
  partner: ['organisation.read', 'promise.read', 'activity.read', 'activity.write', 'dialogue.read', 'dialogue.write'],
  viewer: ['organisation.read', 'promise.read', 'activity.read', 'dialogue.read', 'situation.read'],
  leader: ['organisation.read', 'promise.read', 'activity.read', 'dialogue.read', 'situation.read', 'followup.approve'],
};

describe('authorisation matrix', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED_OWN[role].includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} in its own kommun`, () => {
        expect(can(actorWith(role), action, KALIX)).toBe(allowed);
        expect(can(actorWith(role), action, KALIX_SCHOOL)).toBe(allowed);
      });
      it(`${role} may not ${action} in another kommun`, () => {
        expect(can(actorWith(role), action, HAPARANDA)).toBe(false);
      });
    }
  }

  it('a platform admin reaches every organisation', () => {
    expect(can(actorWith('admin', 'all'), 'organisation.create', HAPARANDA)).toBe(true);
    expect(reachFor(actorWith('admin', 'all'), 'audit.read')).toBe('all');
  });

  it('reach for an action collects only grants whose role allows it', () => {
    const actor: Actor = {
      kind: 'user',
      id: 'u',
      label: 'x',
      grants: [
        { role: 'viewer', organisationId: HAPARANDA, reach: new Set([HAPARANDA]) },
        { role: 'officer', organisationId: KALIX, reach: new Set([KALIX]) },
      ],
    };
    expect([...(reachFor(actor, 'activity.write') as Set<string>)]).toEqual([KALIX]);
    expect(new Set(reachFor(actor, 'promise.read') as Set<string>)).toEqual(new Set([KALIX, HAPARANDA]));
  });
});
