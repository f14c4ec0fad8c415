import { describe, expect, it } from 'vitest';
import type { Organisation, User } from '../api/types.ts';
import { partiesOf } from './parties.ts';

const org = (id: string, kind: Organisation['kind']): Organisation => ({
  id,
  kind,
  name: id,
  code: null,
  slug: null,
  parentId: null,
  partnerType: null,
  active: true,
  covers: [],
});
const user = (memberships: { organisationId: string; role: User['memberships'][number]['role'] }[]): User => ({
  id: 'u',
  email: 'u@x.se',
  name: 'U',
  disabled: false,
  hasPassword: true,
  manageable: true,
  memberships: memberships.map((m, i) => ({ id: `m${i}`, organisationName: m.organisationId, ...m })),
});

describe('the parties a user acts for', () => {
  const orgs = [org('lpo', 'police_area'), org('kalix', 'municipality'), org('skola', 'partner')];

  it('speaks for the police from an LPO and for the kommun from a kommun, with the right role', () => {
    expect(partiesOf(user([{ organisationId: 'lpo', role: 'officer' }]), orgs, ['coordinator', 'officer'])).toEqual([
      'polisen',
    ]);
    expect(partiesOf(user([{ organisationId: 'kalix', role: 'leader' }]), orgs, ['leader'])).toEqual(['kommunen']);
    expect(partiesOf(user([{ organisationId: 'kalix', role: 'viewer' }]), orgs, ['coordinator'])).toEqual([]);
    expect(partiesOf(user([{ organisationId: 'skola', role: 'coordinator' }]), orgs, ['coordinator'])).toEqual([]);
  });
});
