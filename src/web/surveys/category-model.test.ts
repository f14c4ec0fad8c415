import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../domain/surveys/coding.ts';
import { categoryDraftProblems, newCategoryDraft, toCategories, toCategoryDraft } from './category-model.ts';

describe('the coding categories editor model', () => {
  it('keeps saved keys and keywords, and makes a key for a new category from its Swedish name', () => {
    const drafts = DEFAULT_CATEGORIES.map((c) => toCategoryDraft({ ...c, keywords: [...c.keywords] }));
    const added = {
      ...newCategoryDraft(),
      name: { sv: 'Nedskräpning', en: 'Littering' },
      keywords: 'skräp, nedskräpning,\nfimpar',
    };
    const out = toCategories([...drafts, added]);
    expect(out.slice(0, -1)).toEqual(DEFAULT_CATEGORIES);
    expect(out.at(-1)).toEqual({
      key: 'nedskrapning',
      label: { sv: 'Nedskräpning', en: 'Littering' },
      keywords: ['skräp', 'nedskräpning', 'fimpar'],
    });
  });

  it('checks names and keywords as the API does', () => {
    const ok = toCategoryDraft(DEFAULT_CATEGORIES[0]!);
    expect(categoryDraftProblems([ok])).toEqual([]);
    expect(categoryDraftProblems([{ ...ok, name: { sv: ' ', en: 'Drugs' } }])).toEqual([
      { index: 0, field: 'name-sv', code: 'name' },
    ]);
    expect(categoryDraftProblems([{ ...ok, keywords: 'a, knark' }])).toEqual([
      { index: 0, field: 'keywords', code: 'keywords' },
    ]);
    const twice = categoryDraftProblems([ok, { ...newCategoryDraft(), name: { sv: 'narkotika', en: '' } }]);
    expect(twice).toEqual([
      { index: null, problem: { sv: 'Två kategorier heter "narkotika"', en: 'Two categories are called "narkotika"' } },
    ]);
  });
});
