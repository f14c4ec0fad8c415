/**
 * A new measure against one prioritised problem: what is done, who answers
 * for it, partners, when, how it is followed up, and optionally a linked
 * commitment. The commitments the lägesbild links to the problem are
 * proposed first, one button each: such a measure reads as the commitment.
 */
import { useState, type FormEvent } from 'react';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useAddMeasure, type MeasureInput, type PlanProblem } from '../api/action-plans.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';

const EMPTY = {
  text: '',
  responsible: '',
  partners: '',
  startsOn: '',
  endsOn: '',
  whenText: '',
  followUp: '',
  commitmentId: '',
};
type Fields = typeof EMPTY;

function inputOf(category: string, f: Fields): MeasureInput {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    category,
    text: orNull(f.text),
    responsible: orNull(f.responsible),
    partners: f.partners
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    startsOn: orNull(f.startsOn),
    endsOn: orNull(f.endsOn),
    whenText: orNull(f.whenText),
    followUp: orNull(f.followUp),
    commitmentId: orNull(f.commitmentId),
  };
}

function Proposals({
  problem,
  taken,
  onAdd,
}: {
  problem: PlanProblem;
  taken: readonly string[];
  onAdd: (commitmentId: string) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlan;
  const open = problem.commitments.filter((c) => !taken.includes(c.id));
  if (open.length === 0) return null;
  return (
    <div className="proposals">
      <h4 className="ds-heading" data-size="2xs">
        {a.proposeHeading}
      </h4>
      <ul className="plain-list">
        {open.map((c) => (
          <li key={c.id}>
            <p>{`${a.linkedTo(c.number, c.promiseSetTitle)}: ${c.text}`}</p>
            <button type="button" className="ds-button" data-variant="secondary" onClick={() => onAdd(c.id)}>
              {a.propose(c.number)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MeasureForm({
  problem,
  taken,
  kommun,
  year,
  onNotice,
}: {
  problem: PlanProblem;
  /** Commitments already linked by a measure of the problem: not proposed again. */
  taken: readonly string[];
  kommun: string;
  year: number;
  onNotice: (n: Localized) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlan;
  const add = useAddMeasure(kommun, year);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = (x: string) => `measure-${problem.category}-${x}`;
  const ids = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, id(k)]));
  const set = (key: keyof Fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));
  const send = (input: MeasureInput, reset: boolean) =>
    settle(
      add,
      input,
      () => {
        setErrors([]);
        if (reset) setFields(EMPTY);
        onNotice((tt) => tt.actionPlan.added);
      },
      (error) => setErrors(apiFormErrors(error, ids)),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(inputOf(problem.category, fields), true);
  };
  return (
    <>
      <Proposals
        problem={problem}
        taken={taken}
        onAdd={(commitmentId) => void send({ category: problem.category, commitmentId }, false)}
      />
      <details className="measure-form" open={problem.commitments.length === 0 || undefined}>
        <summary>{a.addHeading(problem.label)}</summary>
        <form onSubmit={submit} noValidate className="form wide-form">
          <ErrorSummary errors={errors} />
          <TextAreaField
            id={id('text')}
            label={a.text}
            rows={3}
            value={fields.text}
            onChange={set('text')}
            error={fieldError(errors, id('text'))}
          />
          <TextField
            id={id('responsible')}
            label={a.responsible}
            value={fields.responsible}
            onChange={set('responsible')}
            error={fieldError(errors, id('responsible'))}
          />
          <TextField
            id={id('partners')}
            label={a.partners}
            hint={a.partnersHint}
            value={fields.partners}
            onChange={set('partners')}
          />
          <TextField
            id={id('startsOn')}
            type="date"
            label={a.startsOn}
            value={fields.startsOn}
            onChange={set('startsOn')}
            error={fieldError(errors, id('startsOn'))}
          />
          <TextField
            id={id('endsOn')}
            type="date"
            label={a.endsOn}
            value={fields.endsOn}
            onChange={set('endsOn')}
            error={fieldError(errors, id('endsOn'))}
          />
          <TextField
            id={id('whenText')}
            label={a.whenText}
            hint={a.whenHint}
            value={fields.whenText}
            onChange={set('whenText')}
          />
          <TextAreaField
            id={id('followUp')}
            label={a.followUp}
            hint={a.followUpHint}
            rows={2}
            value={fields.followUp}
            onChange={set('followUp')}
            error={fieldError(errors, id('followUp'))}
          />
          {problem.commitments.length > 0 && (
            <SelectField
              id={id('commitmentId')}
              label={a.commitment}
              value={fields.commitmentId}
              onChange={set('commitmentId')}
            >
              <option value="">{a.noCommitment}</option>
              {problem.commitments.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${a.linkedTo(c.number, c.promiseSetTitle)}: ${c.text}`}
                </option>
              ))}
            </SelectField>
          )}
          <button type="submit" className="ds-button" data-variant="secondary" aria-busy={add.isPending || undefined}>
            {a.add}
          </button>
        </form>
      </details>
    </>
  );
}
