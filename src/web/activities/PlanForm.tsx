/** Add a planned activity to a promise set's plan. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { usePlanActivity } from '../api/activities.ts';
import type { StoredPromiseSet } from '../api/promises.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { isValidDay } from '../ui/dates.ts';
import { parseNumber } from '../promises/editor/draft-model.ts';

export function PlanForm({
  set,
  defaultDate,
  onAdded,
}: {
  set: StoredPromiseSet;
  defaultDate: string;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const p = t.plan;
  const plan = usePlanActivity();
  const [commitmentId, setCommitmentId] = useState('');
  const [date, setDate] = useState(defaultDate);
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!commitmentId) found.push({ fieldId: 'plan-commitment', message: (t) => t.chooseRequired(t.plan.commitment) });
    if (!isValidDay(date)) found.push({ fieldId: 'plan-date', message: (t) => t.plan.dateRequired });
    if (parseNumber(quantity) === null)
      found.push({ fieldId: 'plan-quantity', message: (t) => t.activityForm.quantityInvalid });
    setErrors(found);
    if (found.length) return;
    plan.mutate(
      { commitmentId, date, quantity: parseNumber(quantity)!, note: note.trim() || null },
      {
        onSuccess: () => {
          setNote('');
          onAdded();
        },
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="plan-add-heading">
      <h2 id="plan-add-heading" className="ds-heading" data-size="sm">
        {p.addHeading}
      </h2>
      <ErrorSummary errors={errors} />
      <SelectField
        id="plan-commitment"
        label={p.commitment}
        value={commitmentId}
        onChange={(e) => setCommitmentId(e.target.value)}
        error={fieldError(errors, 'plan-commitment')}
      >
        <option value="">{p.chooseCommitment}</option>
        {set.focusAreas.map((a, i) => (
          <optgroup key={a.id ?? i} label={a.title || t.promisePage.noAreaTitle}>
            {a.commitments.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        id="plan-date"
        type="date"
        label={p.date}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError(errors, 'plan-date')}
      />
      <TextField
        id="plan-quantity"
        label={p.quantity}
        inputMode="decimal"
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
        error={fieldError(errors, 'plan-quantity')}
      />
      <TextField id="plan-note" label={p.note} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={plan.isPending || undefined}>
        {p.submit}
      </button>
    </form>
  );
}
