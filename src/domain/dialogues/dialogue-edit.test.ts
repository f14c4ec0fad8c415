import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { deletionRefusal, dialogueUpdateSchema, hasAction, planFindings } from './dialogue-edit.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const f = (text: string, id?: string) => ({ text, category: 'trafik', seriousness: 3, ...(id ? { id } : {}) });

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('planFindings', () => {
  it('keeps stored findings by id at their new place, adds those without id, removes those left out', () => {
    const plan = planFindings(
      [
        { id: A, hasAction: false },
        { id: B, hasAction: false },
      ],
      [f('ny'), f('rättad', B)],
    );
    expect(plan).toEqual({
      keep: [{ id: B, position: 1, finding: f('rättad', B) }],
      add: [{ position: 0, finding: f('ny') }],
      remove: [A],
    });
  });

  it("refuses an id that is not one of the dialogue's findings, and the same id twice, naming the field", () => {
    expect(thrown(() => planFindings([{ id: A, hasAction: false }], [f('x', C)])).details).toEqual({
      field: 'findings.0.id',
    });
    const twice = thrown(() => planFindings([{ id: A, hasAction: false }], [f('x', A), f('y', A)]));
    expect([twice.code, twice.details]).toEqual(['validation_failed', { field: 'findings.1.id' }]);
  });

  it('refuses to remove a finding with an action, but lets it be corrected', () => {
    const stored = [
      { id: A, hasAction: true },
      { id: B, hasAction: false },
    ];
    const e = thrown(() => planFindings(stored, [f('kvar', B)]));
    expect([e.status, e.details]).toEqual([409, { reason: 'finding_has_action', findingIds: [A] }]);
    expect(e.message).toContain('En iakttagelse har en åtgärd');
    expect(planFindings(stored, [f('rättad', A)]).remove).toEqual([B]);
  });
});

describe('deletionRefusal', () => {
  it('lets a dialogue go when nothing builds on it', () => {
    expect(deletionRefusal({ findingsWithAction: [], laterWalks: [] })).toBeNull();
  });

  it('names every reason in one 409, in Swedish and English', () => {
    const e = deletionRefusal({
      findingsWithAction: [A, B],
      laterWalks: [{ id: C, title: 'Vandring Centrum', date: '2025-09-01' }],
    })!;
    expect(e.status).toBe(409);
    expect(e.message).toMatch(
      /^Dialogen kan inte tas bort: 2 iakttagelser har en åtgärd .* "Vandring Centrum" \(2025-09-01\)/,
    );
    expect(e.messageEn).toMatch(/^The dialogue cannot be deleted: 2 findings have an action/);
    expect(e.details).toEqual({
      reasons: ['findings_have_actions', 'later_walk'],
      findingIds: [A, B],
      laterWalkIds: [C],
    });
  });
});

describe('hasAction and the update schema', () => {
  it('any of owner, action, due date or done date counts as an action', () => {
    const none = { owner: null, action: null, due_date: null, done_at: null };
    expect(hasAction(none)).toBe(false);
    expect(hasAction({ ...none, done_at: '2025-05-01' })).toBe(true);
    expect(hasAction({ ...none, owner: 'Tekniska' })).toBe(true);
  });

  it('an empty change is refused; null clears and a left-out field stays', () => {
    expect(dialogueUpdateSchema.safeParse({}).success).toBe(false);
    expect(dialogueUpdateSchema.parse({ place: null })).toEqual({ place: null });
  });
});
