/** The åtgärdsplan's head (title and years: creates the plan on first save) and its decision by a named body. */
import { useState, type FormEvent } from 'react';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useDecidePlan, useSavePlan, type ActionPlan } from '../api/action-plans.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';

export function PlanHeadForm({
  plan,
  kommun,
  kommunName,
  year,
  onNotice,
}: {
  plan: ActionPlan | null;
  kommun: string;
  kommunName: string;
  year: number;
  onNotice: (n: Localized) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlan;
  const save = useSavePlan(kommun, year);
  const [title, setTitle] = useState(plan?.title ?? a.defaultTitle(kommunName, year + 1, year + 4));
  const [yearFrom, setYearFrom] = useState(String(plan?.yearFrom ?? year + 1));
  const [yearTo, setYearTo] = useState(String(plan?.yearTo ?? year + 4));
  const [errors, setErrors] = useState<FormError[]>([]);
  const ids = { title: 'plan-title', yearFrom: 'plan-year-from', yearTo: 'plan-year-to' };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle(
      save,
      { title, yearFrom: Number(yearFrom), yearTo: Number(yearTo) },
      () => {
        setErrors([]);
        onNotice((tt) => (plan ? tt.actionPlan.headSaved : tt.actionPlan.created));
      },
      (error) => setErrors(apiFormErrors(error, ids)),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <TextField
        id={ids.title}
        label={a.planTitle}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(errors, ids.title)}
      />
      <div className="filters">
        <TextField
          id={ids.yearFrom}
          label={a.yearFrom}
          inputMode="numeric"
          value={yearFrom}
          onChange={(e) => setYearFrom(e.target.value)}
          error={fieldError(errors, ids.yearFrom)}
        />
        <TextField
          id={ids.yearTo}
          label={a.yearTo}
          hint={a.yearsHint}
          inputMode="numeric"
          value={yearTo}
          onChange={(e) => setYearTo(e.target.value)}
          error={fieldError(errors, ids.yearTo)}
        />
      </div>
      <button
        type="submit"
        className="ds-button"
        data-variant={plan ? 'secondary' : 'primary'}
        aria-busy={save.isPending || undefined}
      >
        {plan ? a.saveHead : a.create}
      </button>
    </form>
  );
}

export function DecisionForm({
  kommun,
  year,
  onNotice,
}: {
  kommun: string;
  year: number;
  onNotice: (n: Localized) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlan;
  const decide = useDecidePlan(kommun, year);
  const [decidedBy, setDecidedBy] = useState(a.defaultBody);
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [errors, setErrors] = useState<FormError[]>([]);
  const ids = { decidedBy: 'plan-decided-by', decidedOn: 'plan-decided-on' };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle(
      decide,
      { decidedBy, decidedOn },
      () => {
        setErrors([]);
        onNotice((tt) => tt.actionPlan.decided);
      },
      (error) => setErrors(apiFormErrors(error, ids)),
    );
  };
  return (
    <section aria-labelledby="plan-decision-heading">
      <h2 id="plan-decision-heading" className="ds-heading" data-size="sm">
        {a.decision}
      </h2>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={errors} />
        <TextField
          id={ids.decidedBy}
          label={a.decidedBy}
          hint={a.decidedByHint}
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.target.value)}
          error={fieldError(errors, ids.decidedBy)}
        />
        <TextField
          id={ids.decidedOn}
          type="date"
          label={a.decidedOn}
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          error={fieldError(errors, ids.decidedOn)}
        />
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={decide.isPending || undefined}>
          {a.decide}
        </button>
      </form>
    </section>
  );
}
