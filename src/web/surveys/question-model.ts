/**
 * The question editor's working copy: texts in Swedish and English, options
 * (or problem items) as lines, and the way back to the API's questions.
 * Ids and option values are kept by position, so answers already given
 * still point at the same options; new ones get ids made from their text.
 */
import type { LocalizedText, Question, QuestionKind } from '../api/surveys.ts';

export interface QuestionDraft {
  key: string;
  original: Question | null;
  id: string;
  kind: QuestionKind;
  textSv: string;
  textEn: string;
  required: boolean;
  linesSv: string;
  linesEn: string;
}

/** Kinds whose options or items are edited as lines; the others keep theirs as they are. */
export const LINE_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'problem'];
export const NEW_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'problem', 'text'];

let next = 0;

function linesOf(q: Question, lang: 'sv' | 'en'): string {
  const list = q.kind === 'problem' ? (q.items ?? []).map((i) => i.text) : (q.options ?? []).map((o) => o.label);
  return list.map((t) => (lang === 'sv' ? t.sv : (t.en ?? ''))).join('\n');
}

export function toDraft(q: Question): QuestionDraft {
  return { key: `q${++next}`, original: q, id: q.id, kind: q.kind, textSv: q.text.sv, textEn: q.text.en ?? '', required: q.required,
    linesSv: LINE_KINDS.includes(q.kind) ? linesOf(q, 'sv') : '', linesEn: LINE_KINDS.includes(q.kind) ? linesOf(q, 'en') : '' };
}

export function newDraft(kind: QuestionKind): QuestionDraft {
  return { key: `q${++next}`, original: null, id: '', kind, textSv: '', textEn: '', required: false, linesSv: '', linesEn: '' };
}

/** An id the API accepts (a–z, 0–9, _ and -, at most 40) made from text, unique among `taken`. */
export function slug(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 32) || fallback;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
  return id;
}

const split = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);
const localized = (sv: string, en: string): LocalizedText => (en.trim() ? { sv: sv.trim(), en: en.trim() } : { sv: sv.trim() });

function lineValues(d: QuestionDraft): { value: string; label: LocalizedText }[] {
  const sv = split(d.linesSv);
  const en = d.linesEn.split('\n').map((s) => s.trim());
  const old = d.original ? (d.kind === 'problem' ? (d.original.items ?? []).map((i) => i.id) : (d.original.options ?? []).map((o) => o.value)) : [];
  const taken = new Set<string>(old);
  return sv.map((label, i) => {
    const value = old[i] ?? slug(label, taken, `alt${i + 1}`);
    taken.add(value);
    return { value, label: localized(label, en[i] ?? '') };
  });
}

export function toQuestions(drafts: readonly QuestionDraft[]): Question[] {
  const taken = new Set(drafts.filter((d) => d.id).map((d) => d.id));
  return drafts.map((d) => {
    const id = d.id || slug(d.textSv, taken, `fraga${taken.size + 1}`);
    taken.add(id);
    const base: Question = { ...(d.original ?? {}), id, kind: d.kind, text: localized(d.textSv, d.textEn), required: d.required };
    if (d.kind === 'problem') return { ...base, items: lineValues(d).map((v) => ({ id: v.value, text: v.label })) };
    if (d.kind === 'single' || d.kind === 'multiple') return { ...base, options: lineValues(d) };
    if (d.kind === 'text' && !d.original) return { ...base, maxLength: 2000 };
    return base;
  });
}

/** What the editor itself can see is wrong (the API checks the rest). */
export function draftProblems(d: QuestionDraft): ('text' | 'lines')[] {
  const out: ('text' | 'lines')[] = [];
  if (!d.textSv.trim()) out.push('text');
  if (LINE_KINDS.includes(d.kind) && split(d.linesSv).length < (d.kind === 'problem' ? 1 : 2)) out.push('lines');
  return out;
}
