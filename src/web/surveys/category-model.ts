/**
 * The coding categories' working copy: names in Swedish and English,
 * keywords as one comma-separated text, and the way back to the API's
 * categories. A saved category keeps its key, so answers already coded
 * keep their category; a new one gets a key from its Swedish name.
 */
import type { CodingCategory, LocalizedText } from '../api/surveys.ts';
import { categoryProblems, LIMITS, type Problem } from '../../domain/surveys/rules.ts';
import { localized, slug } from './question-model.ts';

export interface CategoryDraft {
  key: string;
  /** The saved key; '' for a new category. */
  saved: string;
  name: { sv: string; en: string };
  /** Names in other languages, kept as they were. */
  other: Omit<LocalizedText, 'sv' | 'en'>;
  keywords: string;
}

let next = 0;

export function toCategoryDraft(c: CodingCategory): CategoryDraft {
  const { sv, en, ...other } = c.label;
  return { key: `c${++next}`, saved: c.key, name: { sv, en: en ?? '' }, other, keywords: c.keywords.join(', ') };
}

export function newCategoryDraft(): CategoryDraft {
  return { key: `c${++next}`, saved: '', name: { sv: '', en: '' }, other: {}, keywords: '' };
}

export const splitKeywords = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((k) => k.trim())
    .filter(Boolean);

export function toCategories(drafts: readonly CategoryDraft[]): CodingCategory[] {
  const taken = new Set(drafts.map((d) => d.saved).filter(Boolean));
  return drafts.map((d, i) => {
    const key = d.saved || slug(d.name.sv, taken, `kategori${i + 1}`);
    taken.add(key);
    return {
      key,
      label: { ...d.other, ...localized({ sv: d.name.sv, en: d.name.en }) },
      keywords: splitKeywords(d.keywords),
    };
  });
}

export type CategoryProblem =
  | { index: number; field: 'name-sv' | 'keywords'; code: 'name' | 'keywords' }
  | { index: null; problem: Problem };

/** What is wrong as typed: the per-category checks here, the list's own from the API's rules. */
export function categoryDraftProblems(drafts: readonly CategoryDraft[]): CategoryProblem[] {
  const out: CategoryProblem[] = [];
  drafts.forEach((d, index) => {
    if (!d.name.sv.trim()) out.push({ index, field: 'name-sv', code: 'name' });
    const words = splitKeywords(d.keywords);
    if (
      words.length > LIMITS.keywords ||
      words.some((w) => w.length < LIMITS.keyword[0] || w.length > LIMITS.keyword[1])
    ) {
      out.push({ index, field: 'keywords', code: 'keywords' });
    }
  });
  if (out.length) return out;
  return categoryProblems(toCategories(drafts)).map((problem) => ({ index: null, problem }));
}
