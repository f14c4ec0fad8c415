import { describe, expect, it } from 'vitest';
import type { Actor, Grant, Role } from './permissions.ts';
import { grantsAllowing, namesPartner, signingParties, staffGrantAllowing } from './policies.ts';

const KALIX = 'org-kalix';
const HAPARANDA = 'org-haparanda';
const LPO = 'org-lpo';
const SCHOOL = 'org-kalix-skola';

const grant = (role: Role, organisationId: string, reach: string[] | 'all'): Grant => ({
  role,
  organisationId,
  reach: reach === 'all' ? 'all' : new Set(reach),
});
const actor = (...grants: Grant[]): Actor => ({ kind: 'user', id: 'u1', label: 'Karin Lind', grants });

const KINDS = new Map([
  [KALIX, 'municipality'],
  [HAPARANDA, 'municipality'],
  [LPO, 'police_area'],
  [SCHOOL, 'partner'],
]);

describe('which party an actor signs a follow-up for', () => {
  const cases: [string, Actor, 'followup.write' | 'followup.approve', string[]][] = [
    ['a kommun coordinator: the kommun', actor(grant('coordinator', KALIX, [KALIX])), 'followup.write', ['kommunen']],
    [
      'an LPO officer reaching the kommun: the police',
      actor(grant('officer', LPO, [LPO, KALIX])),
      'followup.write',
      ['polisen'],
    ],
    [
      'a coordinator of another kommun: nobody',
      actor(grant('coordinator', HAPARANDA, [HAPARANDA])),
      'followup.write',
      [],
    ],
    ['a coordinator may not approve', actor(grant('coordinator', KALIX, [KALIX])), 'followup.approve', []],
    [
      'a kommun leader approves for the kommun',
      actor(grant('leader', KALIX, [KALIX])),
      'followup.approve',
      ['kommunen'],
    ],
    [
      'someone in both organisations: both parties',
      actor(grant('coordinator', KALIX, [KALIX]), grant('officer', LPO, [LPO, KALIX])),
      'followup.write',
      ['kommunen', 'polisen'],
    ],
    ['a partner: no party', actor(grant('partner', SCHOOL, [SCHOOL])), 'followup.write', []],
  ];
  for (const [label, who, action, parties] of cases) {
    it(label, () => {
      expect([...signingParties(who, action, [KALIX], KINDS)].sort()).toEqual(parties);
    });
  }

  it('a grant in an organisation of no signing kind (the platform) gives no party', () => {
    const admin = actor(grant('admin', 'org-platform', 'all'));
    expect(grantsAllowing(admin, 'followup.approve', [KALIX])).toHaveLength(1);
    expect(signingParties(admin, 'followup.approve', [KALIX], KINDS)).toEqual(new Set());
  });
});

describe('the staff grant that logs activities', () => {
  it('is the first grant, not a partner one, that may write in one of the kommuner', () => {
    const both = actor(grant('partner', SCHOOL, [SCHOOL]), grant('coordinator', KALIX, [KALIX]));
    expect(staffGrantAllowing(both, 'activity.write', [KALIX])?.organisationId).toBe(KALIX);
    expect(staffGrantAllowing(both, 'activity.write', [HAPARANDA])).toBeUndefined();
    expect(staffGrantAllowing(actor(grant('partner', SCHOOL, [SCHOOL])), 'activity.write', [SCHOOL])).toBeUndefined();
    expect(staffGrantAllowing(actor(grant('viewer', KALIX, [KALIX])), 'activity.write', [KALIX])).toBeUndefined();
  });
});

describe('a commitment naming a partner organisation', () => {
  const school = { name: 'Furuhedsskolan', partnerType: 'skola' };
  it.each([
    [['Furuhedsskolan'], true],
    [['furuhedsskolan', 'Polisen'], true],
    [['Skolan'], true],
    [['Skolorna i Kalix'], false],
    [['Socialtjänsten'], false],
    [[], false],
  ] as const)('%j names the school: %s', (named, expected) => {
    expect(namesPartner(named, school)).toBe(expected);
  });

  it('a partner of no known kind is named by its own name only', () => {
    expect(namesPartner(['Kalix Bandyklubb'], { name: 'Kalix Bandyklubb', partnerType: null })).toBe(true);
    expect(namesPartner(['skolan'], { name: 'Kalix Bandyklubb', partnerType: null })).toBe(false);
  });
});
