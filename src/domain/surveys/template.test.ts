import { describe, expect, it } from 'vitest';
import {
  questionSchema,
  questionListProblems,
  missingTranslations,
  type LocalizedText,
  type Question,
} from './types.ts';
import { missingTexts } from './missing-texts.ts';
import { TRYGGHET_TEMPLATE, templateByKey, templateQuestions } from './template.ts';

describe('the template "Lokal trygghetsmätning"', () => {
  const qs = TRYGGHET_TEMPLATE.questions;

  it('is found by its key and every question is valid', () => {
    expect(templateByKey('lokal-trygghetsmatning')).toBe(TRYGGHET_TEMPLATE);
    for (const q of qs) expect(questionSchema.safeParse(q).success, q.id).toBe(true);
    expect(questionListProblems(qs)).toEqual([]);
  });

  it('holds the usual blocks of the police trygghetsmätning', () => {
    const problems = qs.find((q) => q.kind === 'problem');
    expect(problems && 'items' in problems && problems.items.map((i) => i.text.sv)).toEqual(
      expect.arrayContaining([
        'Ungdomsgäng som bråkar och stör ordningen',
        'Narkotikapåverkade personer utomhus',
        'Bilar som kör för fort',
      ]),
    );
    expect(qs.find((q) => q.id === 'victimisation')?.text.sv).toMatch(/senaste 12 månaderna/);
    expect(qs.find((q) => q.id === 'worry')?.text.sv).toMatch(/orolig/);
    expect(qs.find((q) => q.id === 'unsafe_late')?.text.sv).toMatch(/ensam sent en kväll/);
    expect(qs.find((q) => q.id === 'police_trust')?.text.sv).toMatch(/polisen/);
    expect(qs.map((q) => q.kind)).toEqual(
      expect.arrayContaining(['area', 'problem', 'multiple', 'single', 'scale', 'text', 'age_band', 'gender']),
    );
  });

  it('never makes the background questions required and is complete in Swedish, English, Finnish and Meänkieli', () => {
    expect(qs.filter((q) => q.kind === 'age_band' || q.kind === 'gender').every((q) => !q.required)).toBe(true);
    for (const lang of ['en', 'fi', 'fit'] as const) {
      expect(missingTranslations(qs, lang), lang).toEqual([]);
      expect(missingTexts({ title: TRYGGHET_TEMPLATE.title, questions: qs }, lang), lang).toEqual([]);
      expect(TRYGGHET_TEMPLATE.intro?.[lang], lang).toBeTruthy();
    }
  });

  it('reads in Finnish and Meänkieli in their own words, not the Swedish or the one for the other', () => {
    const texts = (q: Question): LocalizedText[] => [
      q.text,
      ...(q.help ? [q.help] : []),
      ...('options' in q && q.options ? q.options.map((o) => o.label) : []),
      ...('items' in q && q.items ? q.items.map((i) => i.text) : []),
      ...('minLabel' in q && q.minLabel ? [q.minLabel] : []),
      ...('maxLabel' in q && q.maxLabel ? [q.maxLabel] : []),
    ];
    const all = [TRYGGHET_TEMPLATE.title, ...qs.flatMap(texts)];
    // No text is left in Swedish.
    for (const text of all) {
      expect(text.fi, text.sv).not.toBe(text.sv);
      expect(text.fit, text.sv).not.toBe(text.sv);
    }
    // Meänkieli is not Finnish relabelled: its question texts differ from the Finnish ones.
    for (const q of qs) expect(q.text.fit, q.id).not.toBe(q.text.fi);
    const worry = texts(qs.find((q) => q.id === 'worry')!);
    expect(worry.map((x) => x.fi)).toContain('En osaa sanoa');
    expect(worry.map((x) => x.fit)).toContain('En tiä');
  });

  it('hands out a copy, so editing a survey leaves the template alone', () => {
    const copy = templateQuestions(TRYGGHET_TEMPLATE);
    copy[0]!.text.sv = 'ändrad';
    expect(TRYGGHET_TEMPLATE.questions[0]!.text.sv).not.toBe('ändrad');
  });
});
