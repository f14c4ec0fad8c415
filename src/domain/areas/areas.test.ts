import { describe, expect, it } from 'vitest';
import { areaNameKey, areaNameProblem, isInUse, normaliseAreaName, NO_USAGE, usageInWords } from './areas.ts';
import { dropAreaOption, mergeAreaOption, relabelAreaOption } from './survey-options.ts';
import type { Question } from '../surveys/types.ts';

describe('area names', () => {
  it('are trimmed with inner white space made one space, and compared in any case, Å, Ä and Ö included', () => {
    expect(normaliseAreaName('  Norra \t  Centrum ')).toBe('Norra Centrum');
    expect(areaNameKey(' ÖVRE  TÖRE')).toBe(areaNameKey('övre töre'));
    expect(areaNameKey('Töre')).not.toBe(areaNameKey('Tore'));
  });

  it('must have 1–100 characters', () => {
    expect(areaNameProblem('')?.sv).toBe('Skriv områdets namn');
    expect(areaNameProblem('x'.repeat(101))?.en).toContain('at most 100');
    expect(areaNameProblem('x'.repeat(100))).toBeNull();
  });
});

describe('usage in words', () => {
  it('names each kind of use with its number, singular or plural, in Swedish and English', () => {
    const usage = { ...NO_USAGE, activities: 1, findings: 2, surveyAnswers: 12 };
    expect(usageInWords(usage)).toEqual({
      sv: '1 aktivitet, 2 iakttagelser och 12 enkätsvar',
      en: '1 activity, 2 findings and 12 survey answers',
    });
    expect(isInUse(usage)).toBe(true);
    expect(isInUse(NO_USAGE)).toBe(false);
    expect(usageInWords(NO_USAGE)).toEqual({ sv: '', en: '' });
  });
});

describe('the survey area question after a change of areas', () => {
  const opt = (value: string, sv: string) => ({ value, label: { sv } });
  const questions = (options: { value: string; label: { sv: string } }[]): Question[] => [
    { id: 'worry', kind: 'text', required: false, text: { sv: 'Något mer?' }, maxLength: 2000 } as Question,
    { id: 'area', kind: 'area', required: false, text: { sv: 'Område' }, options } as Question,
  ];
  const optionsOf = (qs: Question[] | null) =>
    (qs?.find((q) => q.kind === 'area') as { options: unknown[] } | undefined)?.options;

  it('a renamed area keeps its value and takes the new label, in name order', () => {
    const next = relabelAreaOption(questions([opt('a', 'Centrum'), opt('b', 'Näsbyn')]), 'b', 'Borgmästarbacken');
    expect(optionsOf(next)).toEqual([opt('b', 'Borgmästarbacken'), opt('a', 'Centrum')]);
    expect(relabelAreaOption(questions([opt('a', 'Centrum')]), 'b', 'X')).toBeNull();
    expect(relabelAreaOption(questions([opt('a', 'Centrum')]), 'a', 'Centrum')).toBeNull();
  });

  it('a merged duplicate gives way to the kept area, which is added when the survey did not offer it', () => {
    expect(
      optionsOf(
        mergeAreaOption(questions([opt('a', 'Centrum'), opt('d', 'Kalix centrum')]), 'd', { id: 'a', name: 'Centrum' }),
      ),
    ).toEqual([opt('a', 'Centrum')]);
    expect(
      optionsOf(
        mergeAreaOption(questions([opt('d', 'Kalix centrum'), opt('t', 'Töre')]), 'd', { id: 'a', name: 'Centrum' }),
      ),
    ).toEqual([opt('a', 'Centrum'), opt('t', 'Töre')]);
    expect(mergeAreaOption(questions([opt('a', 'Centrum')]), 'd', { id: 'a', name: 'Centrum' })).toBeNull();
  });

  it('a deleted area is no longer offered', () => {
    expect(optionsOf(dropAreaOption(questions([opt('a', 'Centrum'), opt('t', 'Töre')]), 't'))).toEqual([
      opt('a', 'Centrum'),
    ]);
    expect(dropAreaOption(questions([opt('a', 'Centrum')]), 't')).toBeNull();
  });
});
