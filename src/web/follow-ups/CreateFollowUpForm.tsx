/** A new follow-up for one period of a cadence (tertial 2 2026, the first half of 2026 …), filled in from the outcome. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { CADENCES, useCreateFollowUp, type Cadence } from '../api/follow-ups.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField } from '../ui/fields.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';
import { currentIndex, indexes, monthSpan } from './period.ts';

function yearsOf(period: { from: string; to: string | null } | null, thisYear: number): number[] {
  const first = period ? Number(period.from.slice(0, 4)) : thisYear - 1;
  const last = period?.to ? Number(period.to.slice(0, 4)) : thisYear;
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
}

export function CreateFollowUpForm({
  setId,
  period,
}: {
  setId: string;
  period: { from: string; to: string | null } | null;
}) {
  const { t } = useI18n();
  const f = t.followUps;
  const navigate = useNavigate();
  const create = useCreateFollowUp(setId);
  const today = todayIso();
  const years = yearsOf(period, Number(today.slice(0, 4)));
  const [cadence, setCadence] = useState<Cadence>('tertial');
  const [year, setYear] = useState(years.includes(Number(today.slice(0, 4))) ? Number(today.slice(0, 4)) : years[0]!);
  const [index, setIndex] = useState(currentIndex('tertial', today));
  const [errors, setErrors] = useState<FormError[]>([]);
  const months = (c: Cadence, i: number) =>
    monthSpan(c, i)
      .map((m) => f.monthsShort[m])
      .join('–');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { cadence, year, index },
      {
        onSuccess: (created) => navigate(`/uppfoljning/${created.id}`, { state: { notice: 'created' } }),
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  return (
    <section aria-labelledby="create-followup-heading">
      <h2 id="create-followup-heading" className="ds-heading" data-size="sm">
        {f.createHeading}
      </h2>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={errors} />
        <div className="field-row">
          <SelectField
            id="fu-cadence"
            label={f.cadence}
            value={cadence}
            onChange={(e) => {
              const c = e.target.value as Cadence;
              setCadence(c);
              setIndex(Math.min(index, indexes(c).length));
            }}
          >
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {f.cadences[c]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="fu-year"
            label={f.year}
            value={String(year)}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          {cadence !== 'year' && (
            <SelectField
              id="fu-index"
              label={f.index}
              value={String(index)}
              onChange={(e) => setIndex(Number(e.target.value))}
            >
              {indexes(cadence).map((i) => (
                <option key={i} value={i}>
                  {f.indexOption(cadence, i, months(cadence, i))}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={create.isPending || undefined}>
          {f.create}
        </button>
      </form>
    </section>
  );
}
