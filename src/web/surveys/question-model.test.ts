import { describe, expect, it } from 'vitest';
import type { Question } from '../api/surveys.ts';
import { draftProblems, newDraft, slug, toDraft, toQuestions } from './question-model.ts';

const single: Question = {
  id: 'trygg', kind: 'single', text: { sv: 'Känner du dig trygg?', en: 'Do you feel safe?' }, required: true,
  options: [{ value: 'ja', label: { sv: 'Ja', en: 'Yes' } }, { value: 'nej', label: { sv: 'Nej', en: 'No' } }],
};

describe('the question editor model', () => {
  it('keeps ids and option values by position and adds new ones from their text', () => {
    const d = { ...toDraft(single), linesSv: 'Ja\nNej\nVet inte', linesEn: 'Yes\nNo\nDon\'t know' };
    const [q] = toQuestions([d]);
    expect(q!.id).toBe('trygg');
    expect(q!.options!.map((o) => o.value)).toEqual(['ja', 'nej', 'vet_inte']);
    expect(q!.options![2]!.label).toEqual({ sv: 'Vet inte', en: 'Don\'t know' });
  });

  it('makes an id for a new question and checks what it needs', () => {
    const d = { ...newDraft('problem'), textSv: 'Hur stora är problemen?', linesSv: 'Nedskräpning\nKlotter' };
    const [q] = toQuestions([toDraft(single), d]);
    expect(q).toBeDefined();
    expect(toQuestions([d])[0]!.id).toBe('hur_stora_ar_problemen');
    expect(toQuestions([d])[0]!.items!.map((i) => i.id)).toEqual(['nedskrapning', 'klotter']);
    expect(draftProblems(newDraft('single'))).toEqual(['text', 'lines']);
    expect(slug('Ålder', new Set(['alder']), 'x')).toBe('alder_2');
  });
});
