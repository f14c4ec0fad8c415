import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_STATUSES,
  transition,
  type FollowUpCommand,
  type FollowUpState,
  type FollowUpStatus,
  type Signature,
} from './follow-up-workflow.ts';

const AT = { by: 'Karin Lind', at: '2026-01-10T10:00:00.000Z', today: '2026-01-10' };
const sig = (party: string, by = 'Någon'): Signature => ({ party, by, at: '2026-01-09T10:00:00.000Z' });
const state = (status: FollowUpStatus, reviews: Signature[] = [], approvals: Signature[] = []): FollowUpState => ({
  status,
  reviews,
  approvals,
  period: { to: '2025-12-31' },
});

const COMMANDS: FollowUpCommand[] = [
  { kind: 'edit' },
  { kind: 'review', party: 'polisen' },
  { kind: 'review', party: 'kommunen' },
  { kind: 'approve', party: 'polisen' },
  { kind: 'approve', party: 'kommunen' },
  { kind: 'publish' },
];

/** Every command from every state: the status it leads to (with no earlier signatures), or the refusal's Swedish text. */
const TABLE: Record<FollowUpStatus, string[]> = {
  //          edit     review×2             approve×2             publish
  draft: ['draft', 'draft', 'draft', 'status "draft"', 'status "draft"', 'Bara en godkänd'],
  reviewed: ['Bara ett utkast', 'status "reviewed"', 'status "reviewed"', 'reviewed', 'reviewed', 'Bara en godkänd'],
  approved: [
    'Bara ett utkast',
    'status "approved"',
    'status "approved"',
    'status "approved"',
    'status "approved"',
    'published',
  ],
  published: [
    'Bara ett utkast',
    'status "published"',
    'status "published"',
    'status "published"',
    'status "published"',
    'redan publicerad',
  ],
};

describe('the follow-up workflow, every command from every state', () => {
  for (const status of FOLLOW_UP_STATUSES) {
    COMMANDS.forEach((command, i) => {
      const expected = TABLE[status][i]!;
      const label = `${command.kind}${'party' in command ? ` (${command.party})` : ''} from ${status}`;
      it(`${label} → ${expected}`, () => {
        const result = transition(state(status), command, AT);
        if (FOLLOW_UP_STATUSES.includes(expected as FollowUpStatus)) {
          expect(result).toMatchObject({ ok: true, next: { status: expected } });
        } else {
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.code).toBe('conflict');
          expect(result.sv).toContain(expected);
          expect(result.en.length).toBeGreaterThan(10);
          expect(result.en).not.toBe(result.sv);
        }
      });
    });
  }
});

describe('signatures', () => {
  it('a review by the second party completes the review, keeping the first party’s signature', () => {
    const result = transition(state('draft', [sig('polisen', 'Anders')]), { kind: 'review', party: 'kommunen' }, AT);
    expect(result).toEqual({
      ok: true,
      next: state('reviewed', [sig('polisen', 'Anders'), { party: 'kommunen', by: AT.by, at: AT.at }]),
    });
  });

  it('a party signing again replaces its own signature and does not complete the step alone', () => {
    const result = transition(state('draft', [sig('polisen', 'Anders')]), { kind: 'review', party: 'polisen' }, AT);
    expect(result).toEqual({ ok: true, next: state('draft', [{ party: 'polisen', by: AT.by, at: AT.at }]) });
  });

  it('approvals of both parties approve it; the reviews are left as they were', () => {
    const reviews = [sig('polisen'), sig('kommunen')];
    const once = transition(state('reviewed', reviews), { kind: 'approve', party: 'kommunen' }, AT);
    expect(once).toMatchObject({ ok: true, next: { status: 'reviewed', reviews } });
    if (!once.ok) return;
    const twice = transition(once.next, { kind: 'approve', party: 'polisen' }, AT);
    expect(twice).toMatchObject({ ok: true, next: { status: 'approved', reviews } });
    if (twice.ok) expect(twice.next.approvals.map((a) => a.party)).toEqual(['kommunen', 'polisen']);
  });

  it('publishing keeps every signature', () => {
    const s = state('approved', [sig('polisen'), sig('kommunen')], [sig('polisen'), sig('kommunen')]);
    expect(transition(s, { kind: 'publish' }, AT)).toEqual({ ok: true, next: { ...s, status: 'published' } });
  });

  it('the state given is not changed', () => {
    const s = state('draft', [sig('polisen')]);
    transition(s, { kind: 'review', party: 'kommunen' }, AT);
    expect(s).toEqual(state('draft', [sig('polisen')]));
  });
});

describe('approval waits until the period has ended', () => {
  const reviewed = (to: string): FollowUpState => ({ ...state('reviewed'), period: { to } });
  const approve: FollowUpCommand = { kind: 'approve', party: 'polisen' };

  for (const [label, to] of [
    ['a full year still running', '2026-12-31'],
    ['a tertial still running', '2026-04-30'],
    ['a half year ending today', '2026-01-10'],
  ] as const) {
    it(`${label} cannot be approved (409 period_not_ended)`, () => {
      const result = transition(reviewed(to), approve, AT);
      expect(result).toMatchObject({ ok: false, code: 'period_not_ended' });
      if (result.ok) return;
      expect(result.sv).toContain(`perioden är slut (efter ${to})`);
      expect(result.en).toContain('after its period has ended');
    });
  }

  it('the day after the last day it can', () => {
    expect(transition(reviewed('2026-01-09'), approve, AT)).toMatchObject({ ok: true });
  });

  it('reviewing and publishing do not wait', () => {
    const running = { ...state('draft'), period: { to: '2026-12-31' } };
    expect(transition(running, { kind: 'review', party: 'kommunen' }, AT)).toMatchObject({ ok: true });
    const approved = { ...state('approved'), period: { to: '2026-12-31' } };
    expect(transition(approved, { kind: 'publish' }, AT)).toMatchObject({ ok: true });
  });
});
