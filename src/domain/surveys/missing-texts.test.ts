import { describe, expect, it } from 'vitest';
import { completeLanguages, missingTexts } from './missing-texts.ts';
import { pastClosingProblem } from './rules.ts';

const survey = {
  title: { sv: 'Trygghet i Töre' },
  questions: [
    {
      id: 'area',
      kind: 'area',
      text: { sv: 'Var bor du?', en: 'Where do you live?' },
      options: [{ value: 'a1', label: { sv: 'Töre' } }],
    },
    {
      id: 'scale',
      kind: 'scale',
      text: { sv: 'Hur trygg?', en: 'How safe?' },
      help: { sv: 'Välj ett tal' },
      minLabel: { sv: 'Inte alls', en: 'Not at all' },
      maxLabel: { sv: 'Helt' },
    },
    {
      id: 'p',
      kind: 'problem',
      text: { sv: 'Problem', en: 'Problems' },
      items: [{ id: 'k', text: { sv: 'Klotter' } }],
    },
  ],
};

describe('texts missing in a language', () => {
  it('are named as the builder names its fields, not by internal paths', () => {
    expect(missingTexts(survey, 'en').map((p) => p.sv)).toEqual([
      'Titel på engelska saknas',
      'Fråga 2: hjälptext på engelska saknas',
      'Fråga 2: texten vid högsta värdet på engelska saknas',
      'Fråga 3: påståendet "Klotter" på engelska saknas',
    ]);
    expect(missingTexts(survey, 'en')[0]!.en).toBe('Title in English is missing');
  });

  it('a survey is offered, unless asked, in the languages all its texts are written in', () => {
    expect(completeLanguages(survey, ['sv', 'en', 'fi'])).toEqual(['sv']);
    const written = { title: { sv: 'Trygghet', en: 'Safety' }, questions: [] };
    expect(completeLanguages(written, ['sv', 'en', 'fi'])).toEqual(['sv', 'en']);
  });
});

describe('a last day already passed', () => {
  const today = '2026-12-03';
  it('is refused when it is set on a survey answered online', () => {
    expect(pastClosingProblem({ closesOn: '2026-12-02', before: null, status: 'draft' }, today)?.sv).toMatch(
      /^Sista svarsdag har redan passerat/,
    );
    expect(pastClosingProblem({ closesOn: '2026-12-02', before: '2027-01-31', status: 'open' }, today)).not.toBeNull();
  });

  it('is not judged when unchanged, on a closed survey, or for today and later', () => {
    expect(pastClosingProblem({ closesOn: '2026-12-02', before: '2026-12-02', status: 'open' }, today)).toBeNull();
    expect(pastClosingProblem({ closesOn: '2025-03-31', before: null, status: 'closed' }, today)).toBeNull();
    expect(pastClosingProblem({ closesOn: today, before: null, status: 'draft' }, today)).toBeNull();
    expect(pastClosingProblem({ closesOn: null, before: '2020-01-01', status: 'draft' }, today)).toBeNull();
  });
});
