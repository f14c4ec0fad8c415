import { describe, expect, it } from 'vitest';
import type { AnyQuestion, Question, SurveyLanguage } from '../api/surveys.ts';
import { lockedChanges } from '../../domain/surveys/rules.ts';
import { questionSchema, questionListProblems } from '../../domain/surveys/types.ts';
import {
  ALL_KINDS,
  draftProblems,
  kindsTaken,
  newDraft,
  slug,
  toDraft,
  toQuestions,
  type QuestionDraft,
} from './question-model.ts';

/** The saved questions with every kind's fields readable, as the assertions read them. */
const asSaved = (drafts: Parameters<typeof toQuestions>[0], shown: readonly SurveyLanguage[]): AnyQuestion[] =>
  toQuestions(drafts, shown);

const single: Question = {
  id: 'trygg',
  kind: 'single',
  text: { sv: 'Känner du dig trygg?', en: 'Do you feel safe?' },
  required: true,
  options: [
    { value: 'ja', label: { sv: 'Ja', en: 'Yes', fi: 'Kyllä' } },
    { value: 'nej', label: { sv: 'Nej', en: 'No', fi: 'Ei' } },
  ],
};
const SV_EN = ['sv', 'en'] as const;
const codes = (d: QuestionDraft, langs: readonly ('sv' | 'en' | 'fi' | 'fit')[] = SV_EN) =>
  draftProblems(d, langs).map((p) => `${p.field}:${p.code}`);

/** A new question of the kind with what it needs filled in, as a coordinator would. */
function filled(kind: Question['kind']): QuestionDraft {
  const d = newDraft(kind);
  if (d.text.sv) return d; // area and background questions start from the template's words
  const text = { sv: `En fråga av typen ${kind}`, en: `A ${kind} question` };
  if (kind === 'scale')
    return {
      ...d,
      text,
      max: '7',
      minLabel: { sv: 'Inte alls', en: 'Not at all' },
      maxLabel: { sv: 'Helt', en: 'Completely' },
    };
  if (kind === 'problem') return { ...d, text, lines: { sv: 'Klotter\nNedskräpning', en: 'Graffiti\nLittering' } };
  if (kind === 'single' || kind === 'multiple')
    return {
      ...d,
      text,
      lines: { sv: 'Ja\nNej\nVet inte', en: "Yes\nNo\nDon't know" },
      exclusive: kind === 'multiple' ? 'Vet inte' : '',
    };
  return { ...d, text, maxLength: '500' };
}

describe('the question editor model', () => {
  it('keeps ids and option values, and adds new options with values from their Swedish text', () => {
    const d = { ...toDraft(single), lines: { sv: 'Ja\nNej\nVet inte', en: "Yes\nNo\nDon't know" } };
    const [q] = asSaved([d], SV_EN);
    expect(q!.id).toBe('trygg');
    expect(q!.options!.map((o) => o.value)).toEqual(['ja', 'nej', 'vet_inte']);
    expect(q!.options![2]!.label).toEqual({ sv: 'Vet inte', en: "Don't know" });
  });

  it('lets an option keep its value when its line moves or its text is edited in place, so stored answers keep their meaning', () => {
    const moved = asSaved([{ ...toDraft(single), lines: { sv: 'Nej\nJa', en: 'No\nYes' } }], SV_EN)[0]!;
    expect(moved.options).toEqual([
      { value: 'nej', label: { sv: 'Nej', en: 'No', fi: 'Ei' } },
      { value: 'ja', label: { sv: 'Ja', en: 'Yes', fi: 'Kyllä' } },
    ]);
    const edited = asSaved(
      [{ ...toDraft(single), lines: { sv: 'Ja, absolut\nNej', en: 'Yes, definitely\nNo' } }],
      SV_EN,
    )[0]!;
    expect(edited.options!.map((o) => [o.value, o.label.sv])).toEqual([
      ['ja', 'Ja, absolut'],
      ['nej', 'Nej'],
    ]);
    // Neither change touches what answers point at.
    expect(lockedChanges([single], [moved])).toEqual([]);
    expect(lockedChanges([single], [edited])).toEqual([]);
  });

  it('keeps the texts of languages the survey does not offer now, following their option', () => {
    const d = toDraft(single);
    expect(d.lines.fi).toBe('Kyllä\nEi');
    const [q] = asSaved([{ ...d, lines: { ...d.lines, sv: 'Nej\nJa', en: 'No\nYes' } }], SV_EN);
    expect(q!.options!.map((o) => o.label.fi)).toEqual(['Ei', 'Kyllä']);
    const withFinnish = asSaved([{ ...d, lines: { ...d.lines, fi: 'Joo\nEi' } }], ['sv', 'fi'])[0]!;
    expect(withFinnish.options!.map((o) => o.label.fi)).toEqual(['Joo', 'Ei']);
  });

  it('adds every kind of question in a shape the API accepts', () => {
    const questions = asSaved(ALL_KINDS.map(filled), SV_EN);
    expect(questions.map((q) => q.kind)).toEqual(ALL_KINDS);
    for (const q of questions) expect(questionSchema.safeParse(q).success, JSON.stringify(q)).toBe(true);
    expect(questionListProblems(questions.map((q) => questionSchema.parse(q)))).toEqual([]);
    const by = Object.fromEntries(questions.map((q) => [q.kind, q]));
    expect(by.scale).toMatchObject({ min: 1, max: 7, minLabel: { sv: 'Inte alls', en: 'Not at all' } });
    expect(by.problem!.items!.map((i) => i.id)).toEqual(['klotter', 'nedskrapning']);
    expect(by.multiple!.exclusive).toBe('vet_inte');
    expect(by.text!.maxLength).toBe(500);
    // The area and background questions take the template's ids and values, so surveys compare with each other.
    expect([by.area!.id, by.age_band!.id, by.gender!.id]).toEqual(['area', 'age_band', 'gender']);
    expect(by.area!.text).toEqual({
      sv: 'I vilket område bor du?',
      en: 'Which area do you live in?',
      fi: 'Millä alueella asut?',
      fit: 'Missä alueessa sie asut?',
    });
    expect(by.age_band!.options!.map((o) => o.value)).toContain('16-24');
    expect(by.gender!.options!.map((o) => o.label.sv)).toEqual(['Kvinna', 'Man', 'Annat', 'Vill inte svara']);
  });

  it('never makes a background question required, and offers area, age band and gender only once', () => {
    const [q] = asSaved([{ ...newDraft('gender'), required: true }], SV_EN);
    expect(q!.required).toBe(false);
    expect([...kindsTaken([newDraft('area'), newDraft('single'), newDraft('gender')])].sort()).toEqual([
      'area',
      'gender',
    ]);
  });

  it('never changes a saved id; a new question gets one of its own', () => {
    const saved = toDraft({ ...single, id: 'area', kind: 'single' });
    const fresh = newDraft('area');
    const [a, b] = asSaved([fresh, saved], SV_EN);
    expect(b!.id).toBe('area');
    expect(a!.id).toBe('i_vilket_omrade_bor_du');
    expect(slug('Ålder', new Set(['alder']), 'x')).toBe('alder_2');
  });

  it('says what is missing or wrong, field by field', () => {
    expect(codes(newDraft('single'))).toEqual(['text-sv:text', 'lines-sv:lines']);
    expect(codes({ ...filled('single'), lines: { sv: 'Ja\nja' } })).toEqual(['lines-sv:duplicate']);
    expect(codes({ ...filled('single'), lines: { sv: 'Ja\nNej', en: 'Yes\nNo\nMaybe' } })).toEqual([
      'lines-en:extraLines',
    ]);
    expect(codes({ ...filled('problem'), lines: { sv: '' } })).toEqual(['lines-sv:lines']);
    expect(
      codes({ ...filled('problem'), lines: { sv: Array.from({ length: 41 }, (_, i) => `P${i}`).join('\n') } }),
    ).toEqual(['lines-sv:lines']);
    expect(
      codes({ ...filled('gender'), lines: { sv: Array.from({ length: 11 }, (_, i) => `K${i}`).join('\n') } }),
    ).toEqual(['lines-sv:lines']);
    expect(codes({ ...filled('scale'), max: '1' })).toEqual(['max:scaleMax']);
    expect(codes({ ...filled('scale'), max: '11' })).toEqual(['max:scaleMax']);
    expect(codes({ ...filled('scale'), max: 'fem' })).toEqual(['max:scaleMax']);
    expect(codes({ ...filled('scale'), minLabel: { en: 'Not at all' }, maxLabel: {} })).toEqual([
      'minLabel-sv:scaleLabel',
      'maxLabel-sv:scaleLabel',
    ]);
    expect(codes({ ...filled('text'), maxLength: '5' })).toEqual(['maxLength:maxLength']);
    expect(codes({ ...filled('text'), help: { en: 'Help' } })).toEqual(['help-sv:help']);
    expect(codes({ ...filled('text'), text: { sv: 'x'.repeat(2001) } })).toEqual(['text-sv:tooLong']);
    // A language the survey does not offer is not checked.
    expect(codes({ ...filled('single'), lines: { sv: 'Ja\nNej', fi: 'Kyllä\nEi\nEhkä' } })).toEqual([]);
    for (const kind of ALL_KINDS) expect(codes(filled(kind)), kind).toEqual([]);
  });
});
