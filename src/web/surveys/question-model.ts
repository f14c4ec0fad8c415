/**
 * The question editor's working copy of one question: texts per language,
 * options (or problem items) as lines per language, the scale's ends and the
 * free text's length as typed, and the way back to the API's questions.
 *
 * Saved ids and option values are kept, so answers already given still
 * point at the same option: a line keeps its value when its Swedish text is
 * unchanged (wherever it moved), or when it was edited in place. New
 * questions and options get ids made from their Swedish text. The rules
 * checked here are those of the API (src/domain/surveys/rules.ts).
 */
import {
  SURVEY_LANGUAGES,
  type AnyQuestion,
  type LocalizedText,
  type Question,
  type QuestionKind,
  type SurveyLanguage,
} from '../api/surveys.ts';
import { AREA_QUESTION, BACKGROUND_QUESTIONS } from '../../domain/surveys/template.ts';
import { BACKGROUND, LIMITS, ONE_PER_SURVEY } from '../../domain/surveys/rules.ts';

export type Texts = Partial<Record<SurveyLanguage, string>>;

export interface QuestionDraft {
  key: string;
  /** The question as saved, or the template a new area or background question starts from; lines keep its values. */
  base: AnyQuestion | null;
  /** Whether `base` is saved in this survey: its id then never changes. */
  saved: boolean;
  id: string;
  kind: QuestionKind;
  text: Texts;
  help: Texts;
  required: boolean;
  /** Options or problem items, one per line, each language's line at the same place as the Swedish one. */
  lines: Texts;
  /** The Swedish line of the option that excludes the others (multiple choice); '' for none. */
  exclusive: string;
  min: string;
  max: string;
  minLabel: Texts;
  maxLabel: Texts;
  maxLength: string;
}

export const ALL_KINDS: readonly QuestionKind[] = [
  'single',
  'multiple',
  'scale',
  'problem',
  'text',
  'area',
  'age_band',
  'gender',
];
/** Kinds whose options or items are edited as lines; the area question's options are the kommun's areas. */
export const LINE_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'problem', 'age_band', 'gender'];
export const isBackground = (kind: QuestionKind): boolean => (BACKGROUND as readonly string[]).includes(kind);
const OTHER_LANGUAGES = SURVEY_LANGUAGES.filter((l) => l !== 'sv');

let next = 0;

const entriesOf = (q: AnyQuestion | null): { value: string; label: LocalizedText }[] =>
  !q ? [] : q.kind === 'problem' ? (q.items ?? []).map((i) => ({ value: i.id, label: i.text })) : (q.options ?? []);

function linesOf(q: AnyQuestion): Texts {
  const labels = entriesOf(q).map((e) => e.label);
  return Object.fromEntries(
    SURVEY_LANGUAGES.map((l) => [l, labels.some((x) => x[l]) ? labels.map((x) => x[l] ?? '').join('\n') : '']),
  );
}

export function toDraft(q: AnyQuestion, saved = true): QuestionDraft {
  const exclusive = q.kind === 'multiple' ? (q.options?.find((o) => o.value === q.exclusive)?.label.sv ?? '') : '';
  return {
    key: `q${++next}`,
    base: q,
    saved,
    id: q.id,
    kind: q.kind,
    text: { ...q.text },
    help: { ...(q.help ?? {}) },
    required: q.required,
    lines: LINE_KINDS.includes(q.kind) ? linesOf(q) : {},
    exclusive,
    min: String(q.min ?? 1),
    max: String(q.max ?? 5),
    minLabel: { ...(q.minLabel ?? {}) },
    maxLabel: { ...(q.maxLabel ?? {}) },
    maxLength: String(q.maxLength ?? 2000),
  };
}

/** A new question; the area and background questions start from the template's words, options and ids. */
export function newDraft(kind: QuestionKind): QuestionDraft {
  const seed = kind === 'area' ? AREA_QUESTION : BACKGROUND_QUESTIONS.find((q) => q.kind === kind);
  if (seed) return toDraft(structuredClone(seed) as Question, false);
  return {
    key: `q${++next}`,
    base: null,
    saved: false,
    id: '',
    kind,
    text: {},
    help: {},
    required: false,
    lines: {},
    exclusive: '',
    min: '1',
    max: '5',
    minLabel: {},
    maxLabel: {},
    maxLength: '2000',
  };
}

/** The same question under a key of this page view (a draft restored from an earlier one brings old keys). */
export function withFreshKey(d: QuestionDraft): QuestionDraft {
  return { ...d, key: `q${++next}` };
}

/** Kinds a survey has only one of that are already there: the editor offers them no more. */
export function kindsTaken(drafts: readonly QuestionDraft[]): Set<QuestionKind> {
  return new Set(drafts.map((d) => d.kind).filter((k) => (ONE_PER_SURVEY as readonly string[]).includes(k)));
}

/** An id the API accepts (a–z, 0–9, _ and -, at most 40) made from text, unique among `taken`. */
export function slug(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    text
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/é/g, 'e')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32) || fallback;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
  return id;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

export function localized(texts: Texts): LocalizedText {
  const out: LocalizedText = { sv: (texts.sv ?? '').trim() };
  for (const l of OTHER_LANGUAGES) {
    const v = texts[l]?.trim();
    if (v) out[l] = v;
  }
  return out;
}

/** The Swedish lines that hold text, with their place (other languages' lines are read at the same place). */
const svEntries = (d: QuestionDraft) =>
  (d.lines.sv ?? '')
    .split('\n')
    .map((t, i) => ({ sv: t.trim(), i }))
    .filter((e) => e.sv);

/** Which saved option each line continues: the same Swedish text first, then the same place. */
function claim(d: QuestionDraft, entries: { sv: string }[]): (number | undefined)[] {
  const old = entriesOf(d.base);
  const claimed: (number | undefined)[] = entries.map(() => undefined);
  const used = new Set<number>();
  entries.forEach((e, k) => {
    const j = old.findIndex((o, jj) => !used.has(jj) && norm(o.label.sv) === norm(e.sv));
    if (j >= 0) {
      claimed[k] = j;
      used.add(j);
    }
  });
  entries.forEach((_, k) => {
    if (claimed[k] === undefined && k < old.length && !used.has(k)) {
      claimed[k] = k;
      used.add(k);
    }
  });
  return claimed;
}

/** Options (or items) from the lines; languages not shown keep the labels the option had. */
export function lineValues(
  d: QuestionDraft,
  shown: readonly SurveyLanguage[],
): { value: string; label: LocalizedText }[] {
  const old = entriesOf(d.base);
  const entries = svEntries(d);
  const claimed = claim(d, entries);
  const taken = new Set(old.map((o) => o.value));
  return entries.map((e, k) => {
    const o = claimed[k] === undefined ? undefined : old[claimed[k]!];
    const value = o?.value ?? slug(e.sv, taken, `alt${k + 1}`);
    taken.add(value);
    const label: LocalizedText = { sv: e.sv };
    for (const l of OTHER_LANGUAGES) {
      const v = shown.includes(l) ? (d.lines[l] ?? '').split('\n')[e.i]?.trim() : o?.label[l];
      if (v) label[l] = v;
    }
    return { value, label };
  });
}

function toQuestion(d: QuestionDraft, id: string, shown: readonly SurveyLanguage[]): Question {
  const help = localized(d.help);
  const q = {
    id,
    text: localized(d.text),
    required: isBackground(d.kind) ? false : d.required,
    ...(help.sv ? { help } : {}),
  };
  const kind = d.kind;
  switch (kind) {
    case 'problem':
      return { ...q, kind, items: lineValues(d, shown).map((v) => ({ id: v.value, text: v.label })) };
    case 'single':
    case 'age_band':
    case 'gender':
      return { ...q, kind, options: lineValues(d, shown) };
    case 'multiple': {
      const options = lineValues(d, shown);
      const exclusive = d.exclusive ? options.find((o) => norm(o.label.sv) === norm(d.exclusive))?.value : undefined;
      return { ...q, kind, options, ...(exclusive ? { exclusive } : {}) };
    }
    case 'scale':
      return {
        ...q,
        kind,
        min: Number(d.min),
        max: Number(d.max),
        minLabel: localized(d.minLabel),
        maxLabel: localized(d.maxLabel),
      };
    case 'text':
      return { ...q, kind, maxLength: Number(d.maxLength) };
    case 'area':
      return { ...q, kind, options: d.base?.options ?? [] };
  }
}

/** The questions to save: saved ids stay, new ones come from the text (or the template's id when free). */
export function toQuestions(drafts: readonly QuestionDraft[], shown: readonly SurveyLanguage[]): Question[] {
  const taken = new Set(drafts.filter((d) => d.saved).map((d) => d.id));
  return drafts.map((d, i) => {
    const id = d.saved ? d.id : d.id && !taken.has(d.id) ? d.id : slug(d.text.sv ?? '', taken, `fraga${i + 1}`);
    taken.add(id);
    return toQuestion(d, id, shown);
  });
}

export type DraftProblemCode =
  | 'text'
  | 'help'
  | 'tooLong'
  | 'lines'
  | 'duplicate'
  | 'extraLines'
  | 'scaleMax'
  | 'scaleLabel'
  | 'maxLength';

export interface DraftProblem {
  /** The field, as the suffix of its id: `${draft.key}-${field}`. */
  field: string;
  code: DraftProblemCode;
  lang?: SurveyLanguage;
  range?: readonly [number, number];
}

const isInt = (s: string, [min, max]: readonly [number, number]) =>
  /^\d{1,5}$/.test(s.trim()) && Number(s) >= min && Number(s) <= max;

function textProblems(d: QuestionDraft, shown: readonly SurveyLanguage[]): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!d.text.sv?.trim()) out.push({ field: 'text-sv', code: 'text' });
  if (!d.help.sv?.trim() && shown.some((l) => d.help[l]?.trim())) out.push({ field: 'help-sv', code: 'help' });
  const groups: [string, Texts][] = [
    ['text', d.text],
    ['help', d.help],
    ['minLabel', d.minLabel],
    ['maxLabel', d.maxLabel],
  ];
  for (const [name, texts] of groups) {
    for (const l of shown)
      if ((texts[l] ?? '').trim().length > LIMITS.text) out.push({ field: `${name}-${l}`, code: 'tooLong', lang: l });
  }
  return out;
}

function lineProblems(d: QuestionDraft, shown: readonly SurveyLanguage[]): DraftProblem[] {
  const out: DraftProblem[] = [];
  const entries = svEntries(d);
  const range = d.kind === 'problem' ? LIMITS.items : LIMITS.options[d.kind]!;
  if (entries.length < range[0] || entries.length > range[1]) out.push({ field: 'lines-sv', code: 'lines', range });
  else if (new Set(entries.map((e) => norm(e.sv))).size !== entries.length)
    out.push({ field: 'lines-sv', code: 'duplicate' });
  const rawSv = (d.lines.sv ?? '').split('\n');
  for (const l of shown) {
    const raw = (d.lines[l] ?? '').split('\n');
    if (raw.some((t) => t.trim().length > LIMITS.text)) out.push({ field: `lines-${l}`, code: 'tooLong', lang: l });
    else if (l !== 'sv' && raw.some((t, i) => t.trim() && !rawSv[i]?.trim()))
      out.push({ field: `lines-${l}`, code: 'extraLines', lang: l });
  }
  return out;
}

/** What is wrong with one question as typed; the same rules the API applies. */
export function draftProblems(d: QuestionDraft, shown: readonly SurveyLanguage[]): DraftProblem[] {
  const out = textProblems(d, shown);
  if (LINE_KINDS.includes(d.kind)) out.push(...lineProblems(d, shown));
  if (d.kind === 'scale') {
    const min = Number(d.min);
    if (!isInt(d.max, LIMITS.scaleMax) || Number(d.max) <= min)
      out.push({ field: 'max', code: 'scaleMax', range: LIMITS.scaleMax });
    if (!d.minLabel.sv?.trim()) out.push({ field: 'minLabel-sv', code: 'scaleLabel' });
    if (!d.maxLabel.sv?.trim()) out.push({ field: 'maxLabel-sv', code: 'scaleLabel' });
  }
  if (d.kind === 'text' && !isInt(d.maxLength, LIMITS.answerLength))
    out.push({ field: 'maxLength', code: 'maxLength', range: LIMITS.answerLength });
  return out;
}
