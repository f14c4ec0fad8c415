import { describe, expect, it } from 'vitest';
import { answersFromForm, checkAnswers } from './answers.ts';
import { TRYGGHET_TEMPLATE } from './template.ts';
import type { Question } from './types.ts';

const qs = TRYGGHET_TEMPLATE.questions;

describe('answers from the public form', () => {
  it('reads radios, checkboxes, problem items and text, and keeps only known values', () => {
    const raw = answersFromForm(qs, {
      'q.worry': 'often',
      'q.victimisation': ['theft', 'fraud'],
      'q.problems.speeding': 'very_big',
      'q.problems.litter': 'dont_know',
      'q.police_presence': '4',
      'q.comments': '  Mörkt vid skolan\r\n ',
      'q.gender': '',
      other: 'x',
    });
    expect(raw).toEqual({
      worry: 'often',
      victimisation: ['theft', 'fraud'],
      problems: { speeding: 'very_big', litter: 'dont_know' },
      police_presence: '4',
      comments: 'Mörkt vid skolan',
    });
    expect(checkAnswers(qs, raw).errors).toEqual([]);
  });

  it('reports invalid values, an exclusive option chosen with others and too long text', () => {
    const { errors } = checkAnswers(qs, {
      worry: 'maybe',
      victimisation: ['theft', 'none'],
      police_presence: '9',
      comments: 'x'.repeat(2001),
      problems: { speeding: 'huge' as never },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { questionId: 'worry', code: 'invalid' },
        { questionId: 'victimisation', code: 'exclusive' },
        { questionId: 'police_presence', code: 'invalid' },
        { questionId: 'comments', code: 'too_long' },
        { questionId: 'problems', itemId: 'speeding', code: 'invalid' },
      ]),
    );
  });

  it('requires required questions and refuses an empty form', () => {
    const required: Question[] = [
      {
        id: 'a',
        kind: 'single',
        required: true,
        text: { sv: 'A' },
        options: [
          { value: 'x', label: { sv: 'X' } },
          { value: 'y', label: { sv: 'Y' } },
        ],
      },
    ];
    expect(checkAnswers(required, {}).errors).toEqual([{ questionId: 'a', code: 'required' }]);
    expect(checkAnswers(qs, {}).errors).toEqual([{ questionId: null, code: 'empty' }]);
  });

  it('refuses answers to questions the survey does not have (paper answers keyed in)', () => {
    expect(checkAnswers(qs, { worry: 'often', nope: 'x' }).errors).toEqual([{ questionId: 'nope', code: 'invalid' }]);
  });
});
