/** The weights: how much one point from each source counts. Visible and editable so the ranking explains itself. */
import { useState, type FormEvent } from 'react';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { SOURCES, useUpdateSituation, type Situation, type Source } from '../api/situation.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { parseNumber } from '../promises/editor/draft-model.ts';

export function WeightsForm({ situation, kommun }: { situation: Situation; kommun: string }) {
  const { t, lang } = useI18n();
  const s = t.situation;
  const update = useUpdateSituation(kommun, situation.year);
  const shown = SOURCES.filter((src) => situation.weights[src] !== undefined);
  const [values, setValues] = useState<Partial<Record<Source, string>>>(() =>
    Object.fromEntries(
      shown.map((src) => [src, String(situation.weights[src]).replace('.', lang === 'sv' ? ',' : '.')]),
    ),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<Localized | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const found: FormError[] = [];
    const weights: Partial<Record<Source, number>> = {};
    for (const src of shown) {
      const n = parseNumber(values[src] ?? '');
      if (n === null || n > 100)
        found.push({
          fieldId: `weight-${src}`,
          message: (tt) => tt.situation.weightInvalid(tt.situation.sources[src]),
        });
      else weights[src] = n;
    }
    setErrors(found);
    if (found.length) return;
    settle(
      update,
      { weights },
      () => setNotice(() => (tt: typeof t) => tt.situation.weightsSaved),
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <section aria-labelledby="weights-heading">
      <h2 id="weights-heading" className="ds-heading" data-size="sm">
        {s.weightsHeading}
      </h2>
      <p>{s.weightsIntro}</p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={errors} />
        <div className="field-row">
          {shown.map((src) => (
            <TextField
              key={src}
              id={`weight-${src}`}
              label={s.sources[src]}
              inputMode="decimal"
              value={values[src] ?? ''}
              onChange={(e) => setValues({ ...values, [src]: e.target.value })}
              error={fieldError(errors, `weight-${src}`)}
            />
          ))}
        </div>
        <Notice>{notice ? notice(t, lang) : null}</Notice>
        <button type="submit" className="ds-button" data-variant="secondary" aria-busy={update.isPending || undefined}>
          {s.saveWeights}
        </button>
      </form>
    </section>
  );
}
