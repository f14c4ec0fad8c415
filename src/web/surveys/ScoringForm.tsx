/**
 * Problemindex 0–6: how many points each answer on the problem scale gives
 * ("vet inte" never counts), and which problem items count in a question's
 * overall index. Checked with the API's own rules before saving; the
 * results are computed with the saved scoring from then on.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { textIn, useUpdateSurvey, type ProblemScoring, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import {
  exclusionProblems,
  pointsProblems,
  SCORED_LEVELS,
  type ExcludedItems,
  type Points,
} from '../../domain/surveys/rules.ts';
import { fromProblem } from './problems.ts';

type Level = (typeof SCORED_LEVELS)[number];
const DEFAULT_POINTS: Points = { none: 0, small: 2, fairly_big: 4, very_big: 6 };

/** A number as typed, with a decimal comma or point; NaN when it is not one. */
export function parsePoints(text: string): number {
  const v = text.trim().replace(',', '.');
  return /^\d{1,2}(\.\d{1,3})?$/.test(v) ? Number(v) : Number.NaN;
}

const shown = (n: number, lang: 'sv' | 'en') => (lang === 'sv' ? String(n).replace('.', ',') : String(n));
const excludeId = (questionId: string, itemId: string) => `excl-${questionId}-${itemId}`;

function validate(
  survey: Survey,
  typed: Record<Level, string>,
  excluded: ExcludedItems,
): { errors: FormError[]; points?: Points } {
  const points = Object.fromEntries(SCORED_LEVELS.map((l) => [l, parsePoints(typed[l])])) as Points;
  const bad = SCORED_LEVELS.filter((l) => !Number.isFinite(points[l]) || points[l] > 6);
  if (bad.length)
    return {
      errors: bad.map((l) => ({
        fieldId: `score-${l}`,
        message: (t) => t.surveyBuilder.pointsInvalid(t.surveys.problemLevels[l]),
      })),
    };
  const falling = SCORED_LEVELS.find((l, i) => i > 0 && points[l] < points[SCORED_LEVELS[i - 1]!]);
  const errors: FormError[] = pointsProblems(points).map((p) => ({
    fieldId: `score-${falling ?? 'none'}`,
    message: fromProblem(p),
  }));
  for (const q of survey.questions.filter((x) => x.kind === 'problem')) {
    for (const p of exclusionProblems({ [q.id]: excluded[q.id] ?? [] }, survey.questions)) {
      errors.push({ fieldId: q.items?.[0] ? excludeId(q.id, q.items[0].id) : undefined, message: fromProblem(p) });
    }
  }
  return { errors, points };
}

function ItemChoices({
  survey,
  excluded,
  errors,
  onChange,
}: {
  survey: Survey;
  excluded: ExcludedItems;
  errors: readonly FormError[];
  onChange: (e: ExcludedItems) => void;
}) {
  const { t, lang } = useI18n();
  const b = t.surveyBuilder;
  const problems = survey.questions.filter((q) => q.kind === 'problem');
  if (!problems.length) return <p>{b.noProblemQuestions}</p>;
  const toggle = (questionId: string, itemId: string, counts: boolean) => {
    const list = (excluded[questionId] ?? []).filter((x) => x !== itemId);
    onChange({ ...excluded, [questionId]: counts ? list : [...list, itemId] });
  };
  return (
    <>
      <p id="items-hint" className="small muted">
        {b.itemsHint}
      </p>
      {problems.map((q) => (
        <fieldset key={q.id} className="ds-fieldset finding-fields" aria-describedby="items-hint">
          <legend className="ds-label">{b.itemsLegend(textIn(q.text, lang))}</legend>
          {(q.items ?? []).map((item) => {
            const id = excludeId(q.id, item.id);
            const error = fieldError(errors, id);
            return (
              <div className="ds-field" key={item.id}>
                <input
                  id={id}
                  type="checkbox"
                  className="ds-input"
                  checked={!excluded[q.id]?.includes(item.id)}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => toggle(q.id, item.id, e.target.checked)}
                />
                <label className="ds-label" htmlFor={id}>
                  {textIn(item.text, lang)}
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

export function ScoringForm({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t, lang } = useI18n();
  const b = t.surveyBuilder;
  const update = useUpdateSurvey(survey.id);
  const toTyped = (p: Points) =>
    Object.fromEntries(SCORED_LEVELS.map((l) => [l, shown(p[l], lang)])) as Record<Level, string>;
  const [typed, setTyped] = useState<Record<Level, string>>(() => toTyped(survey.scoring));
  const [excluded, setExcluded] = useState<ExcludedItems>(() => survey.scoring.excludedItems ?? {});
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(survey, typed, excluded);
    setErrors(checked.errors);
    if (checked.errors.length || !checked.points) return;
    const kept = Object.fromEntries(
      Object.entries(excluded).filter(([id, items]) => items.length && survey.questions.some((q) => q.id === id)),
    );
    const scoring: ProblemScoring = { ...checked.points, ...(Object.keys(kept).length ? { excludedItems: kept } : {}) };
    settle(
      update,
      { scoring },
      () => onNotice((tt) => tt.surveyBuilder.scoringSaved),
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <section aria-labelledby="scoring-heading">
      <h2 id="scoring-heading" className="ds-heading" data-size="sm">
        {b.scoringHeading}
      </h2>
      <p>{b.scoringIntro}</p>
      <form onSubmit={submit} noValidate className="form wide-form scoring-editor">
        <ErrorSummary errors={errors} />
        <fieldset className="ds-fieldset finding-fields" aria-describedby="points-hint">
          <legend className="ds-label">{b.pointsLegend}</legend>
          <p id="points-hint" className="small muted">
            {b.pointsHint}
          </p>
          <div className="field-row">
            {SCORED_LEVELS.map((l) => (
              <TextField
                key={l}
                id={`score-${l}`}
                label={t.surveys.problemLevels[l]}
                inputMode="decimal"
                value={typed[l]}
                error={fieldError(errors, `score-${l}`)}
                onChange={(e) => setTyped({ ...typed, [l]: e.target.value })}
              />
            ))}
          </div>
          <div className="button-row">
            <button
              type="button"
              className="ds-button"
              data-variant="tertiary"
              onClick={() => setTyped(toTyped(DEFAULT_POINTS))}
            >
              {b.resetPoints}
            </button>
          </div>
        </fieldset>
        <ItemChoices survey={survey} excluded={excluded} errors={errors} onChange={setExcluded} />
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
          {b.saveScoring}
        </button>
      </form>
    </section>
  );
}
