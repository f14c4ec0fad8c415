/**
 * Kategorier för fritext: the categories the working group codes free-text
 * answers into (narkotika, trafik, … övrigt from the start): rename, add,
 * move, remove, and the keywords that make suggestions. The API refuses to
 * remove a category already used in the coding and says which.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { useUpdateSurvey, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { LIMITS } from '../../domain/surveys/rules.ts';
import {
  categoryDraftProblems,
  newCategoryDraft,
  toCategories,
  toCategoryDraft,
  type CategoryDraft,
} from './category-model.ts';
import { fromProblem } from './problems.ts';

function validate(drafts: readonly CategoryDraft[]): FormError[] {
  if (!drafts.length) return [{ fieldId: 'add-category', message: (t) => t.surveyBuilder.noCategories }];
  return categoryDraftProblems(drafts).map(
    (p): FormError =>
      p.index === null
        ? { message: fromProblem(p.problem) }
        : {
            fieldId: `${drafts[p.index]!.key}-${p.field}`,
            message: (t) =>
              p.code === 'name'
                ? t.surveyBuilder.categoryNameRequired(p.index + 1)
                : t.surveyBuilder.keywordInvalid(p.index + 1),
          },
  );
}

interface RowProps {
  d: CategoryDraft;
  n: number;
  count: number;
  errors: readonly FormError[];
  onChange: (d: CategoryDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

function CategoryFields({ d, n, count, errors, onChange, onMove, onRemove }: RowProps) {
  const { t } = useI18n();
  const s = t.surveys;
  const b = t.surveyBuilder;
  const id = (x: string) => `${d.key}-${x}`;
  return (
    <fieldset className="ds-fieldset finding-fields category-fields">
      <legend className="ds-label">{b.categoryLegend(n, d.name.sv.trim())}</legend>
      <div className="field-row">
        <TextField
          id={id('name-sv')}
          lang="sv"
          label={`${b.categoryName} ${b.inLang.sv}`}
          value={d.name.sv}
          error={fieldError(errors, id('name-sv'))}
          onChange={(e) => onChange({ ...d, name: { ...d.name, sv: e.target.value } })}
        />
        <TextField
          id={id('name-en')}
          lang="en"
          label={`${b.categoryName} ${b.inLang.en}`}
          value={d.name.en}
          onChange={(e) => onChange({ ...d, name: { ...d.name, en: e.target.value } })}
        />
      </div>
      <TextAreaField
        id={id('keywords')}
        lang="sv"
        label={b.keywords}
        hint={b.keywordsHint}
        rows={2}
        value={d.keywords}
        error={fieldError(errors, id('keywords'))}
        onChange={(e) => onChange({ ...d, keywords: e.target.value })}
      />
      <div className="button-row">
        <button
          id={id('up')}
          type="button"
          className="ds-button"
          data-variant="tertiary"
          disabled={n === 1}
          aria-label={b.moveCategoryUp(n)}
          onClick={() => onMove(-1)}
        >
          {s.up}
        </button>
        <button
          id={id('down')}
          type="button"
          className="ds-button"
          data-variant="tertiary"
          disabled={n === count}
          aria-label={b.moveCategoryDown(n)}
          onClick={() => onMove(1)}
        >
          {s.down}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          data-color="danger"
          aria-label={b.removeCategory(n)}
          onClick={onRemove}
        >
          {s.remove}
        </button>
      </div>
    </fieldset>
  );
}

export function CategoriesForm({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const b = t.surveyBuilder;
  const update = useUpdateSurvey(survey.id);
  const focusLater = useFocusLater();
  const [drafts, setDrafts] = useState<CategoryDraft[]>(() => survey.categories.map(toCategoryDraft));
  const [errors, setErrors] = useState<FormError[]>([]);
  const full = drafts.length >= LIMITS.categories[1];
  const move = (i: number, by: number) => {
    const next = [...drafts];
    const [d] = next.splice(i, 1);
    next.splice(i + by, 0, d!);
    setDrafts(next);
    focusLater(`${d!.key}-${by < 0 ? 'up' : 'down'}`);
  };
  const add = () => {
    const d = newCategoryDraft();
    setDrafts([...drafts, d]);
    focusLater(`${d.key}-name-sv`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(drafts);
    setErrors(found);
    if (found.length) return;
    settle(
      update,
      { categories: toCategories(drafts) },
      (saved) => {
        setDrafts(saved.categories.map(toCategoryDraft));
        onNotice((tt) => tt.surveyBuilder.categoriesSaved);
      },
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="ds-heading" data-size="sm">
        {b.categoriesHeading}
      </h2>
      <p>{b.categoriesIntro}</p>
      <form onSubmit={submit} noValidate className="form wide-form categories-editor">
        <ErrorSummary errors={errors} />
        {drafts.map((d, i) => (
          <CategoryFields
            key={d.key}
            d={d}
            n={i + 1}
            count={drafts.length}
            errors={errors}
            onChange={(x) => setDrafts(drafts.map((y) => (y.key === d.key ? x : y)))}
            onMove={(by) => move(i, by)}
            onRemove={() => {
              setDrafts(drafts.filter((y) => y.key !== d.key));
              focusLater('add-category');
            }}
          />
        ))}
        <div className="button-row">
          <button
            id="add-category"
            type="button"
            className="ds-button"
            data-variant="secondary"
            disabled={full}
            aria-describedby={full ? 'categories-full' : undefined}
            onClick={add}
          >
            {b.addCategory}
          </button>
          {full && (
            <p id="categories-full" className="small muted">
              {b.categoriesFull}
            </p>
          )}
        </div>
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
          {b.saveCategories}
        </button>
      </form>
    </section>
  );
}
