/** After the follow-up meeting: close the walk; once done, plan the next walk on the same route some months later. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { settle } from '../../api/settle.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCloseWalk, usePlanNextWalk, type Dialogue } from '../../api/dialogues.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { addMonthsIso } from '../../ui/dates.ts';
import { dayError } from '../dialogue-model.ts';

export function CloseWalkButton({
  walk,
  onDone,
  onError,
}: {
  walk: Dialogue;
  onDone: () => void;
  onError: (e: FormError[]) => void;
}) {
  const { t } = useI18n();
  const close = useCloseWalk(walk.id);
  return (
    <button
      type="button"
      className="ds-button"
      data-variant="primary"
      aria-busy={close.isPending || undefined}
      onClick={() => settle(close, undefined, onDone, (error) => onError(apiFormErrors(error)))}
    >
      {t.walkPage.close}
    </button>
  );
}

export function PlanNextWalk({ walk }: { walk: Dialogue }) {
  const { t } = useI18n();
  const w = t.walkPage;
  const navigate = useNavigate();
  const plan = usePlanNextWalk(walk.id);
  const [date, setDate] = useState(addMonthsIso(walk.date, 4));
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e = dayError(date, 'next-date');
    const found = e
      ? [e]
      : date <= walk.date
        ? [{ fieldId: 'next-date', message: (tt: typeof t) => tt.walkPage.nextAfter }]
        : [];
    setErrors(found);
    if (found.length) return;
    plan.mutate(
      { date },
      {
        onSuccess: (next) => navigate(`/dialog/trygghetsvandringar/${next.id}`, { state: { notice: 'planned' } }),
        onError: (error) => setErrors(apiFormErrors(error, { date: 'next-date' })),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <TextField
        id="next-date"
        type="date"
        label={w.nextDate}
        hint={w.nextHint}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError(errors, 'next-date')}
      />
      <button type="submit" className="ds-button" data-variant="secondary" aria-busy={plan.isPending || undefined}>
        {w.planNext}
      </button>
    </form>
  );
}
