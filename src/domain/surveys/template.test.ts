import { describe, expect, it } from 'vitest';
import { questionSchema, questionListProblems, missingTranslations } from './types.ts';
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

  it('never makes the background questions required and is complete in Swedish and English', () => {
    expect(qs.filter((q) => q.kind === 'age_band' || q.kind === 'gender').every((q) => !q.required)).toBe(true);
    expect(missingTranslations(qs, 'en')).toEqual([]);
    expect(missingTranslations(qs, 'fi').length).toBeGreaterThan(0);
  });

  it('hands out a copy, so editing a survey leaves the template alone', () => {
    const copy = templateQuestions(TRYGGHET_TEMPLATE);
    copy[0]!.text.sv = 'ändrad';
    expect(TRYGGHET_TEMPLATE.questions[0]!.text.sv).not.toBe('ändrad');
  });
});
