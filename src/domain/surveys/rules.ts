/**
 * The survey builder's rules, written once: the staff app checks them while
 * the coordinator edits and the API checks them again on save, so both say
 * the same thing in the same words. No zod and no I/O here, so the browser
 * bundle can import this file. Every problem comes in Swedish and English.
 */

export interface Problem {
  sv: string;
  en: string;
}

type Range = readonly [min: number, max: number];

export const LIMITS = Object.freeze({
  /** Any text the coordinator writes: question, help, option, scale end. */
  text: 2000,
  questions: 100,
  /** Options per kind answered by choosing. */
  options: Object.freeze({ single: [2, 30], multiple: [2, 30], age_band: [2, 20], gender: [2, 10] } as Record<
    string,
    Range
  >),
  /** Statements of one problem question. */
  items: [1, 40] as Range,
  scaleMin: [0, 1] as Range,
  scaleMax: [2, 10] as Range,
  /** Characters a free-text answer may have. */
  answerLength: [10, 4000] as Range,
  points: [0, 6] as Range,
  categories: [1, 60] as Range,
  keywords: 200,
  keyword: [2, 60] as Range,
  slug: [3, 80] as Range,
});

/** Kinds of which a survey has at most one: they are the dimensions results are broken down by. */
export const ONE_PER_SURVEY = ['area', 'age_band', 'gender'] as const;
/** Background questions are never required: nobody has to state their age or gender. */
export const BACKGROUND = ['age_band', 'gender'] as const;

const KIND_NAMES: Record<string, Problem> = {
  area: { sv: 'område', en: 'area' },
  age_band: { sv: 'åldersgrupp', en: 'age band' },
  gender: { sv: 'kön', en: 'gender' },
};

// ---------------------------------------------------------------- address

/** The survey's own address, /enkat/<slug>: what can be typed from a poster or a letter. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])$/;

export function slugProblem(slug: string): Problem | null {
  if (SLUG_PATTERN.test(slug)) return null;
  return {
    sv: 'Adressen ska vara 3–80 tecken: små bokstäver a–z (inte å, ä, ö), siffror och bindestreck, och börja och sluta med en bokstav eller siffra.',
    en: 'The address must be 3–80 characters: lower-case letters a–z, digits and hyphens, starting and ending with a letter or digit.',
  };
}

// ---------------------------------------------------------------- scoring

export const SCORED_LEVELS = ['none', 'small', 'fairly_big', 'very_big'] as const;
export type Points = Record<(typeof SCORED_LEVELS)[number], number>;

/** Points from 0 to 6 that never fall as the problem grows. */
export function pointsProblems(p: Points): Problem[] {
  const values = SCORED_LEVELS.map((l) => p[l]);
  if (
    !values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= LIMITS.points[0] && v <= LIMITS.points[1])
  ) {
    return [{ sv: 'Poängen ska vara tal från 0 till 6.', en: 'Points must be numbers from 0 to 6.' }];
  }
  if (values.some((v, i) => i > 0 && v < values[i - 1]!)) {
    return [
      {
        sv: 'Poängen får inte minska från "Inget problem" till "Mycket stort problem".',
        en: 'Points must not fall from "No problem" to "Very big problem".',
      },
    ];
  }
  return [];
}

/** The part of a question these rules look at; the API's and the app's questions both fit. */
export interface QuestionShape {
  id: string;
  kind: string;
  text?: { sv: string; en?: string };
  options?: readonly { value: string; label?: { sv: string; en?: string } }[];
  items?: readonly { id: string; text?: { sv: string; en?: string } }[];
  min?: number;
  max?: number;
  exclusive?: string;
}

/** Problem items left out of a question's overall index, per question id. */
export type ExcludedItems = Record<string, string[]>;

const nameOf = (q: QuestionShape, lang: 'sv' | 'en') => {
  const text = q.text ? (lang === 'en' && q.text.en) || q.text.sv : q.id;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Excluded items must exist, and every problem question keeps at least one item in its overall index. */
export function exclusionProblems(excluded: ExcludedItems, questions: readonly QuestionShape[]): Problem[] {
  const out: Problem[] = [];
  for (const [questionId, itemIds] of Object.entries(excluded)) {
    const q = questions.find((x) => x.id === questionId && x.kind === 'problem');
    if (!q) {
      out.push({
        sv: `Det finns ingen problemfråga "${questionId}"`,
        en: `There is no problem question "${questionId}"`,
      });
      continue;
    }
    const unknown = itemIds.filter((id) => !q.items?.some((i) => i.id === id));
    if (unknown.length)
      out.push({
        sv: `Frågan "${nameOf(q, 'sv')}" har inga påståenden ${unknown.join(', ')}`,
        en: `Question "${nameOf(q, 'en')}" has no items ${unknown.join(', ')}`,
      });
    else if ((q.items ?? []).every((i) => itemIds.includes(i.id))) {
      out.push({
        sv: `Minst ett påstående i frågan "${nameOf(q, 'sv')}" måste räknas i det samlade indexet`,
        en: `At least one item of question "${nameOf(q, 'en')}" must count in the overall index`,
      });
    }
  }
  return out;
}

/** The exclusions that still make sense after the questions changed: gone items dropped, never all items of a question. */
export function pruneExclusions(
  excluded: ExcludedItems | undefined,
  questions: readonly QuestionShape[],
): ExcludedItems {
  const out: ExcludedItems = {};
  for (const [questionId, itemIds] of Object.entries(excluded ?? {})) {
    const items = questions.find((x) => x.id === questionId && x.kind === 'problem')?.items ?? [];
    const kept = itemIds.filter((id) => items.some((i) => i.id === id));
    if (kept.length && kept.length < items.length) out[questionId] = kept;
  }
  return out;
}

// ---------------------------------------------------------------- coding categories

export interface CategoryShape {
  key: string;
  label: { sv: string };
  keywords: readonly string[];
}

export function categoryProblems(categories: readonly CategoryShape[]): Problem[] {
  const out: Problem[] = [];
  const keys = new Set<string>();
  const labels = new Set<string>();
  for (const c of categories) {
    const label = c.label.sv.trim().toLocaleLowerCase('sv');
    if (keys.has(c.key))
      out.push({ sv: `Kategorin "${c.key}" finns två gånger`, en: `The category "${c.key}" appears twice` });
    else if (labels.has(label))
      out.push({ sv: `Två kategorier heter "${c.label.sv}"`, en: `Two categories are called "${c.label.sv}"` });
    keys.add(c.key);
    labels.add(label);
  }
  if (categories.length < LIMITS.categories[0] || categories.length > LIMITS.categories[1]) {
    out.push({ sv: 'En enkät har 1–60 kategorier', en: 'A survey has 1–60 categories' });
  }
  return out;
}

// ---------------------------------------------------------------- questions once answers exist

const valuesOf = (q: QuestionShape) =>
  q.kind === 'area'
    ? []
    : q.kind === 'problem'
      ? (q.items ?? []).map((i) => i.id)
      : (q.options ?? []).map((o) => o.value);
const labelOf = (q: QuestionShape, value: string, lang: 'sv' | 'en') => {
  const t =
    q.kind === 'problem'
      ? q.items?.find((i) => i.id === value)?.text
      : q.options?.find((o) => o.value === value)?.label;
  return t ? (lang === 'en' && t.en) || t.sv : value;
};

function changedQuestion(b: QuestionShape, a: QuestionShape): Problem[] {
  if (a.kind !== b.kind)
    return [
      {
        sv: `Frågan "${nameOf(b, 'sv')}" kan inte byta typ`,
        en: `Question "${nameOf(b, 'en')}" cannot change its kind`,
      },
    ];
  const out: Problem[] = [];
  const [before, after] = [valuesOf(b), valuesOf(a)];
  const what =
    b.kind === 'problem' ? { sv: 'påståendet', en: 'the item' } : { sv: 'svarsalternativet', en: 'the option' };
  for (const v of before.filter((x) => !after.includes(x))) {
    out.push({
      sv: `Frågan "${nameOf(b, 'sv')}": ${what.sv} "${labelOf(b, v, 'sv')}" kan inte tas bort`,
      en: `Question "${nameOf(b, 'en')}": ${what.en} "${labelOf(b, v, 'en')}" cannot be removed`,
    });
  }
  for (const v of after.filter((x) => !before.includes(x))) {
    out.push({
      sv: `Frågan "${nameOf(a, 'sv')}": ${what.sv} "${labelOf(a, v, 'sv')}" kan inte läggas till`,
      en: `Question "${nameOf(a, 'en')}": ${what.en} "${labelOf(a, v, 'en')}" cannot be added`,
    });
  }
  if (b.kind === 'scale' && (a.min !== b.min || a.max !== b.max)) {
    out.push({
      sv: `Frågan "${nameOf(b, 'sv')}": skalans ändpunkter kan inte ändras`,
      en: `Question "${nameOf(b, 'en')}": the ends of the scale cannot change`,
    });
  }
  return out;
}

/**
 * What a change would do to answers already given: a question, option or
 * problem item removed or added, a kind or a scale's ends changed. Texts,
 * order, help and "required" may change; the area question's options are
 * the kommun's areas and follow them. An empty list means the change is safe.
 */
export function lockedChanges(before: readonly QuestionShape[], after: readonly QuestionShape[]): Problem[] {
  const out: Problem[] = [];
  for (const b of before) {
    const a = after.find((x) => x.id === b.id);
    if (!a)
      out.push({
        sv: `Frågan "${nameOf(b, 'sv')}" kan inte tas bort`,
        en: `Question "${nameOf(b, 'en')}" cannot be removed`,
      });
    else out.push(...changedQuestion(b, a));
  }
  for (const a of after.filter((x) => !before.some((b) => b.id === x.id))) {
    out.push({
      sv: `Frågan "${nameOf(a, 'sv')}" kan inte läggas till`,
      en: `Question "${nameOf(a, 'en')}" cannot be added`,
    });
  }
  return out;
}

/** Rules about the question list as a whole and each question's options, beyond the shape zod checks. */
export function questionShapeProblems(questions: readonly (QuestionShape & { required?: boolean })[]): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) out.push({ sv: `Frågan "${q.id}" finns två gånger`, en: `Question "${q.id}" appears twice` });
    ids.add(q.id);
    const values = valuesOf(q);
    if (new Set(values).size !== values.length) {
      out.push({
        sv: `Frågan "${nameOf(q, 'sv')}" har två svarsalternativ med samma värde`,
        en: `Question "${nameOf(q, 'en')}" has two options with the same value`,
      });
    }
    const labels = values.map((v) => labelOf(q, v, 'sv').trim().toLocaleLowerCase('sv'));
    if (new Set(labels).size !== labels.length) {
      out.push({
        sv: `Frågan "${nameOf(q, 'sv')}" har två svarsalternativ med samma text`,
        en: `Question "${nameOf(q, 'en')}" has two options with the same text`,
      });
    }
    if (q.kind === 'multiple' && q.exclusive && !values.includes(q.exclusive)) {
      out.push({
        sv: `Frågan "${nameOf(q, 'sv')}": det uteslutande alternativet "${q.exclusive}" finns inte`,
        en: `Question "${nameOf(q, 'en')}": the excluding option "${q.exclusive}" does not exist`,
      });
    }
    if (q.kind === 'scale' && (q.max ?? 0) <= (q.min ?? 0)) {
      out.push({
        sv: `Frågan "${nameOf(q, 'sv')}": skalans största värde måste vara större än det minsta`,
        en: `Question "${nameOf(q, 'en')}": the scale's largest value must be above its smallest`,
      });
    }
    if ((BACKGROUND as readonly string[]).includes(q.kind) && q.required) {
      out.push({
        sv: `Bakgrundsfrågan "${nameOf(q, 'sv')}" kan inte vara obligatorisk`,
        en: `The background question "${nameOf(q, 'en')}" cannot be required`,
      });
    }
  }
  for (const kind of ONE_PER_SURVEY) {
    if (questions.filter((q) => q.kind === kind).length > 1) {
      out.push({
        sv: `Bara en fråga om ${KIND_NAMES[kind]!.sv} får finnas`,
        en: `Only one ${KIND_NAMES[kind]!.en} question is allowed`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- answering period

/**
 * A survey answered online needs a last day still to come. Only a new last
 * day is judged (one already stored may have passed, and other changes must
 * still save), and a closed survey's days are a record and may be corrected;
 * a survey run on paper is registered afterwards with its past days instead.
 */
export function pastClosingProblem(
  change: { closesOn: string | null | undefined; before: string | null; status: string },
  today: string,
): Problem | null {
  const { closesOn, before, status } = change;
  if (!closesOn || closesOn === before || status === 'closed' || closesOn >= today) return null;
  return {
    sv: 'Sista svarsdag har redan passerat. Har enkäten redan genomförts på papper? Registrera den under Publicering i stället.',
    en: 'The last day to answer has already passed. Was the survey already run on paper? Register it under Publishing instead.',
  };
}
