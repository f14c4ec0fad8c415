import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from './permissions.ts';
import { mayManageAccount } from './accounts.ts';

const KALIX = 'org-kalix';
const KALIX_SCHOOL = 'org-kalix-skola';
const HAPARANDA = 'org-haparanda';
const PLATFORM = 'org-platform';

function actor(role: Role, reach: string[] | 'all' = [KALIX, KALIX_SCHOOL]): Actor {
  return {
    kind: 'user',
    id: 'u1',
    label: 'test',
    grants: [
      { role, organisationId: reach === 'all' ? PLATFORM : KALIX, reach: reach === 'all' ? 'all' : new Set(reach) },
    ],
  };
}

describe('who manages an account', () => {
  it('a kommun admin manages accounts whose every membership lies in its reach', () => {
    expect(mayManageAccount(actor('admin'), [KALIX])).toBe(true);
    expect(mayManageAccount(actor('admin'), [KALIX, KALIX_SCHOOL])).toBe(true);
  });

  it("one membership outside the reach (another kommun, the platform) makes the account someone else's too", () => {
    expect(mayManageAccount(actor('admin'), [KALIX, HAPARANDA])).toBe(false);
    expect(mayManageAccount(actor('admin'), [KALIX, PLATFORM])).toBe(false);
    expect(mayManageAccount(actor('admin'), [PLATFORM])).toBe(false);
  });

  it('an account without memberships is managed only by an unbounded (platform) admin', () => {
    expect(mayManageAccount(actor('admin'), [])).toBe(false);
    expect(mayManageAccount(actor('admin', 'all'), [])).toBe(true);
    expect(mayManageAccount(actor('admin', 'all'), [KALIX, HAPARANDA, PLATFORM])).toBe(true);
  });

  it('no other role manages accounts, not even in its own organisation', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(mayManageAccount(actor(role), [KALIX])).toBe(false);
      expect(mayManageAccount(actor(role, 'all'), [])).toBe(false);
    }
  });

  it('grants add up: admin in two kommuner manages someone who is a member of both', () => {
    const both: Actor = {
      kind: 'user',
      id: 'u1',
      label: 'test',
      grants: [
        { role: 'admin', organisationId: KALIX, reach: new Set([KALIX]) },
        { role: 'admin', organisationId: HAPARANDA, reach: new Set([HAPARANDA]) },
      ],
    };
    expect(mayManageAccount(both, [KALIX, HAPARANDA])).toBe(true);
    expect(mayManageAccount(both, [KALIX, PLATFORM])).toBe(false);
  });
});
