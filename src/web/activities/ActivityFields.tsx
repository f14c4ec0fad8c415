/** The fields of one activity (all but the commitment), shared by the full form and the edit dialog. */
import { useI18n } from '../i18n/i18n.tsx';
import { TextAreaField, TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { fieldId, type ActivityFormState } from './activity-form.ts';

interface Props {
  prefix: string;
  state: ActivityFormState;
  onChange: (next: ActivityFormState) => void;
  errors: readonly FormError[];
  /** The commitment's follow-up indicators: one outcome field each. */
  indicators: readonly string[];
  today: string;
}

function Outcomes({ prefix, state, onChange, errors, indicators }: Omit<Props, 'today'>) {
  const { t } = useI18n();
  if (!indicators.length) return null;
  return (
    <fieldset className="ds-fieldset" aria-describedby={`${prefix}-outcomes-hint`}>
      <legend className="ds-label">{t.activityForm.outcomesLegend}</legend>
      <p id={`${prefix}-outcomes-hint`} className="muted">
        {t.activityForm.outcomesHint}
      </p>
      {indicators.map((name, i) => (
        <TextField
          key={name}
          id={fieldId(prefix, `outcome-${i}`)}
          label={name}
          inputMode="decimal"
          autoComplete="off"
          value={state.outcomes[name] ?? ''}
          error={fieldError(errors, fieldId(prefix, `outcome-${i}`))}
          onChange={(e) => onChange({ ...state, outcomes: { ...state.outcomes, [name]: e.target.value } })}
        />
      ))}
    </fieldset>
  );
}

export function ActivityFields(props: Props) {
  const { t } = useI18n();
  const { prefix, state, onChange, errors, today } = props;
  const f = t.activityForm;
  const id = (name: string) => fieldId(prefix, name);
  const set = (patch: Partial<ActivityFormState>) => onChange({ ...state, ...patch });
  return (
    <>
      <TextField
        id={id('date')}
        type="date"
        label={f.date}
        hint={f.dateHint}
        max={today}
        value={state.date}
        onChange={(e) => set({ date: e.target.value })}
        error={fieldError(errors, id('date'))}
      />
      <TextField
        id={id('time')}
        type="time"
        label={f.time}
        hint={f.timeHint}
        value={state.time}
        onChange={(e) => set({ time: e.target.value })}
        error={fieldError(errors, id('time'))}
      />
      <TextField
        id={id('duration')}
        label={f.duration}
        inputMode="numeric"
        autoComplete="off"
        value={state.duration}
        onChange={(e) => set({ duration: e.target.value })}
        error={fieldError(errors, id('duration'))}
      />
      <TextField
        id={id('quantity')}
        label={f.quantity}
        hint={f.quantityHint}
        inputMode="decimal"
        autoComplete="off"
        value={state.quantity}
        onChange={(e) => set({ quantity: e.target.value })}
        error={fieldError(errors, id('quantity'))}
      />
      <Outcomes {...props} />
      <TextField
        id={id('people')}
        label={f.people}
        hint={f.peopleHint}
        autoComplete="off"
        value={state.people}
        onChange={(e) => set({ people: e.target.value })}
      />
      <TextAreaField
        id={id('note')}
        label={f.note}
        hint={f.noteHint}
        rows={3}
        value={state.note}
        onChange={(e) => set({ note: e.target.value })}
      />
    </>
  );
}
