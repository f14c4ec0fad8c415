import { describe, expect, it } from 'vitest';
import { findingRow, participantRow } from './dialogue-model.ts';
import { isDialogueDraft, reviveDialogueDraft, type DialogueDraft } from './dialogue-draft.ts';

interface Facts {
  date: string;
  note: string;
}
const accept = isDialogueDraft<Facts>(['date', 'note']);
const draft = (): DialogueDraft<Facts> => ({
  s: { date: '2026-11-30', note: 'Boende oroliga för belysningen vid skolan' },
  participants: [participantRow('Boende', '12')],
  findings: [{ ...findingRow(), text: 'Mörkt vid skolan', category: 'belysning' }],
});

describe("a dialogue form's draft", () => {
  it('is taken back with its notes, participants and findings', () => {
    expect(accept(JSON.parse(JSON.stringify(draft())))).toBe(true);
  });

  it('is refused when a field or a row is not what the form has', () => {
    expect(accept({ ...draft(), s: { date: '2026-11-30' } })).toBe(false);
    expect(accept({ ...draft(), participants: [{ key: 'p1', group: 'Boende', count: 12 }] })).toBe(false);
    expect(accept({ ...draft(), findings: [{ key: 'f1', text: 'x' }] })).toBe(false);
    expect(accept('utkast')).toBe(false);
  });

  it('gives restored rows new keys and keeps what was typed', () => {
    const before = draft();
    const after = reviveDialogueDraft(before);
    expect(after.participants[0]!.key).not.toBe(before.participants[0]!.key);
    expect(after.findings[0]!.key).not.toBe(before.findings[0]!.key);
    expect(after.findings[0]!.text).toBe('Mörkt vid skolan');
    expect(after.s).toEqual(before.s);
  });
});
