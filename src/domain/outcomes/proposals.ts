/**
 * Outcome indicators proposed from the lägesbild (docs/outcomes.md): a
 * problem of the lägesbild that a promise answers proposes, for that
 * promise set, the measures that speak of the same problem category — the
 * BRÅ categories the published mapping sends there (not totals, not crimes
 * the police mostly find themselves), Polisen's event category, and the
 * trygghetsmätning's statements about it (the template's wording).
 */
import { CRIME_CATEGORIES } from '../statistics/categories.ts';
import { EVENT_CATEGORIES } from '../statistics/polisen-types.ts';
import { EVENT_CATEGORY_TO_PROBLEM, mapCrimeCategory } from '../situation/source-mapping.ts';
import { categoryOfSurveyItem } from '../situation/survey-categories.ts';
import { TRYGGHET_TEMPLATE } from '../surveys/template.ts';
import { categoryLabel } from '../dialogues/categories.ts';

export type ProposedDefinition =
  | { kind: 'crime'; source: 'bra' | 'polisen'; category: string; comparison: 'lan' | null }
  | { kind: 'survey_index'; questionId: string; itemId: string | null };

export interface ProposedIndicator {
  problemCategory: string;
  title: string;
  desired: 'decrease';
  definition: ProposedDefinition;
  /** Why it is proposed, in Swedish: "Problemet Narkotika i lägesbilden 2025 besvaras av löfte 2". */
  reason: string;
}

export interface LinkedProblem {
  category: string;
  year: number;
  /** The numbers (1-based, in the set's order) of the set's promises that answer it. */
  promiseNumbers: number[];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function reasonOf(p: LinkedProblem): string {
  const n = p.promiseNumbers;
  const promises = n.length === 1 ? `löfte ${n[0]}` : `löftena ${n.slice(0, -1).join(', ')} och ${n.at(-1)}`;
  return `Problemet ${categoryLabel(p.category)} i lägesbilden ${p.year} besvaras av ${promises}`;
}

function forCategory(category: string): Omit<ProposedIndicator, 'reason' | 'problemCategory'>[] {
  const out: Omit<ProposedIndicator, 'reason' | 'problemCategory'>[] = [];
  for (const c of CRIME_CATEGORIES) {
    if (c.policeInitiated || c.problemCategory === null) continue;
    if (mapCrimeCategory(c.key).category !== category) continue;
    out.push({
      title: `Anmälda brott: ${lower(c.label)}`,
      desired: 'decrease',
      definition: { kind: 'crime', source: 'bra', category: c.key, comparison: 'lan' },
    });
  }
  for (const e of EVENT_CATEGORIES) {
    if (EVENT_CATEGORY_TO_PROBLEM[e]?.category !== category) continue;
    out.push({
      title: `Polisens händelser: ${e}`,
      desired: 'decrease',
      definition: { kind: 'crime', source: 'polisen', category: e, comparison: null },
    });
  }
  for (const q of TRYGGHET_TEMPLATE.questions) {
    if (q.kind !== 'problem') continue;
    for (const item of q.items) {
      if (categoryOfSurveyItem(item.text.sv) !== category) continue;
      out.push({
        title: `${item.text.sv} som problem (index 0–6)`,
        desired: 'decrease',
        definition: { kind: 'survey_index', questionId: q.id, itemId: item.id },
      });
    }
  }
  return out;
}

/** Same source and the same thing measured: a proposal already added is not proposed again. */
export function sameMeasure(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = ['kind', 'source', 'category', 'questionId', 'itemId'];
  return keys.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

export function proposeIndicators(
  problems: readonly LinkedProblem[],
  existing: readonly Record<string, unknown>[],
): ProposedIndicator[] {
  const out: ProposedIndicator[] = [];
  for (const p of problems) {
    for (const proposal of forCategory(p.category)) {
      const d = proposal.definition as unknown as Record<string, unknown>;
      if (existing.some((e) => sameMeasure(e, d)) || out.some((o) => sameMeasure(o.definition as never, d))) continue;
      out.push({ ...proposal, problemCategory: p.category, reason: reasonOf(p) });
    }
  }
  return out;
}
