/**
 * Changing an indicator's comparison window (före): two days, or back to
 * the proposed one (three years before the period; the latest survey before it).
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { OutcomeView } from '../api/outcomes.ts';
import { TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';

export function BaselineForm({
  outcome,
  onSave,
}: {
  outcome: OutcomeView;
  onSave: (baseline: { from: string; to: string } | null) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const o = t.outcomes;
  const [from, setFrom] = useState(outcome.baseline?.from ?? '');
  const [to, setTo] = useState(outcome.baseline?.to ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = `baseline-${outcome.id}`;
  const save = async (baseline: { from: string; to: string } | null) => {
    setErrors([]);
    try {
      await onSave(baseline);
    } catch (err) {
      setErrors(apiFormErrors(err, { baseline: `${id}-from` }));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ from, to });
  };
  return (
    <details className="baseline-form">
      <summary>{o.baselineChange(outcome.title)}</summary>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <p>{o.baselineHelp}</p>
        <TextField
          id={`${id}-from`}
          type="date"
          label={o.baselineFrom}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          id={`${id}-to`}
          type="date"
          label={o.baselineTo}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <button type="submit" className="ds-button" data-size="sm">
          {o.baselineSave}
        </button>{' '}
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          onClick={() => void save(null)}
        >
          {o.baselineProposed}
        </button>
      </form>
    </details>
  );
}
