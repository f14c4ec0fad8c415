import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import type { FollowUp } from '../api/follow-ups.ts';
import { isDraftOf, splitRecipients, toEdit, validateDraft, type FollowUpDraft } from './follow-up-model.ts';

const draft = (over: Partial<FollowUpDraft> = {}): FollowUpDraft => ({
  items: [{ commitmentId: 'c1', proposed: 'ej_uppfyllt', verdict: 'ej_uppfyllt', comment: '' }],
  summary: ' Bra år ',
  citizensSaid: '',
  nextSteps: '',
  recipients: 'a@kalix.se\nb@polisen.se, ',
  dueDate: '2026-05-31',
  ...over,
});

describe('the follow-up draft', () => {
  it('needs a comment only when the verdict differs from the proposal', () => {
    expect(validateDraft(draft())).toEqual([]);
    const changed = draft({
      items: [{ commitmentId: 'c1', proposed: 'ej_uppfyllt', verdict: 'delvis_uppfyllt', comment: ' ' }],
    });
    const errors = validateDraft(changed);
    expect(errors.map((e) => e.message(sv, 'sv'))).toEqual([sv.followUpPage.commentRequired(1)]);
  });

  it('reads recipients one per line or comma-separated and checks them', () => {
    expect(splitRecipients('a@kalix.se\nb@polisen.se, ')).toEqual(['a@kalix.se', 'b@polisen.se']);
    expect(validateDraft(draft({ recipients: 'inte-en-adress' }))).toHaveLength(1);
  });

  it('sends trimmed texts and empty ones as null', () => {
    const edit = toEdit(draft());
    expect(edit.summary).toBe('Bra år');
    expect(edit.citizensSaid).toBeNull();
    expect(edit.items).toEqual([{ commitmentId: 'c1', verdict: 'ej_uppfyllt', comment: null }]);
  });
});

describe('a stored draft of a follow-up', () => {
  const followUp = { items: [{ commitmentId: 'c1', proposed: 'ej_uppfyllt' }] } as unknown as FollowUp;

  it("is taken back when it has the follow-up's commitments and every text", () => {
    expect(isDraftOf(followUp)(draft())).toBe(true);
  });

  it('is refused when the commitments changed or a text is missing', () => {
    const accept = isDraftOf(followUp);
    expect(accept(draft({ items: [] }))).toBe(false);
    expect(
      accept(draft({ items: [{ commitmentId: 'c2', proposed: 'ej_uppfyllt', verdict: 'uppfyllt', comment: '' }] })),
    ).toBe(false);
    expect(accept({ ...draft(), summary: undefined })).toBe(false);
    expect(
      accept(
        draft({ items: [{ commitmentId: 'c1', proposed: 'ej_uppfyllt', verdict: 'kanske' as never, comment: '' }] }),
      ),
    ).toBe(false);
    expect(accept(null)).toBe(false);
  });
});
