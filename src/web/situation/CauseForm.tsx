/** Prioritise a problem and write its cause analysis (orsaksanalys): situational or social causes, short or long term. */
import { useState, type FormEvent } from 'react';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useUpdateProblem, type CauseType, type Horizon, type Problem } from '../api/situation.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SwitchField, TextAreaField } from '../ui/fields.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';

const TYPES: readonly CauseType[] = ['situational', 'social', 'both'];
const HORIZONS: readonly Horizon[] = ['short', 'long', 'both'];

function Radios<T extends string>({
  name,
  legend,
  options,
  labels,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | null;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="ds-fieldset inline-radios">
      <legend className="ds-label">{legend}</legend>
      {options.map((o) => (
        <div className="ds-field" key={o}>
          <input
            id={`${name}-${o}`}
            type="radio"
            className="ds-input"
            name={name}
            checked={value === o}
            onChange={() => onChange(o)}
          />
          <label className="ds-label" htmlFor={`${name}-${o}`}>
            {labels[o]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function CauseForm({
  p,
  kommun,
  year,
  onNotice,
}: {
  p: Problem;
  kommun: string;
  year: number;
  onNotice: (n: Localized) => void;
}) {
  const { t } = useI18n();
  const s = t.situation;
  const update = useUpdateProblem(kommun, year);
  const [prioritised, setPrioritised] = useState(p.prioritised);
  const [type, setType] = useState<CauseType | null>(p.cause.type);
  const [horizon, setHorizon] = useState<Horizon | null>(p.cause.horizon);
  const [text, setText] = useState(p.cause.text ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = (x: string) => `cause-${p.category}-${x}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle(
      update,
      { category: p.category, edit: { prioritised, cause: { type, horizon, text: text.trim() || null } } },
      () => onNotice((tt) => tt.situation.causeSaved),
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form cause-form">
      <ErrorSummary errors={errors} />
      <SwitchField
        id={id('prioritised')}
        label={s.prioritise(t.categoryNames[p.category] ?? p.label)}
        checked={prioritised}
        onChange={(e) => setPrioritised(e.target.checked)}
      />
      {prioritised && (
        <>
          <Radios
            name={id('type')}
            legend={s.causeType}
            options={TYPES}
            labels={s.causeTypes}
            value={type}
            onChange={setType}
          />
          <Radios
            name={id('horizon')}
            legend={s.horizon}
            options={HORIZONS}
            labels={s.horizons}
            value={horizon}
            onChange={setHorizon}
          />
          <TextAreaField
            id={id('text')}
            label={s.causeText}
            hint={s.causeHint}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </>
      )}
      <button type="submit" className="ds-button" data-variant="secondary" aria-busy={update.isPending || undefined}>
        {s.saveCause}
      </button>
    </form>
  );
}
