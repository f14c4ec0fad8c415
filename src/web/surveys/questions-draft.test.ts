import { describe, expect, it } from 'vitest';
import { newDraft } from './question-model.ts';
import { isQuestionDrafts, reviveQuestionDrafts } from './questions-draft.ts';

describe("the question editor's draft", () => {
  const typed = () => [
    { ...newDraft('single'), text: { sv: 'Hur trygg känner du dig?' }, lines: { sv: 'Mycket\nInte alls' } },
    newDraft('gender'),
  ];

  it('is taken back as written, every question under a new key', () => {
    const stored = JSON.parse(JSON.stringify(typed()));
    expect(isQuestionDrafts(stored)).toBe(true);
    const revived = reviveQuestionDrafts(stored);
    expect(revived.map((d) => d.text.sv)).toEqual(stored.map((d: { text: { sv?: string } }) => d.text.sv));
    expect(revived.map((d) => d.key)).not.toEqual(stored.map((d: { key: string }) => d.key));
  });

  it('is refused when it is not a list of questions as the editor keeps them', () => {
    expect(isQuestionDrafts({})).toBe(false);
    expect(isQuestionDrafts([{ ...typed()[0], kind: 'essay' }])).toBe(false);
    expect(isQuestionDrafts([{ ...typed()[0], text: { sv: 1 } }])).toBe(false);
    expect(isQuestionDrafts([{ ...typed()[0], text: { de: 'Frage' } }])).toBe(false);
  });
});
