/** Pappersenkät: key in one answer from a paper form, question by question; empty means not answered. */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import {
  PROBLEM_LEVELS,
  textIn,
  usePaperAnswer,
  type AnyQuestion,
  type ProblemLevel,
  type Question,
  type Survey,
} from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextAreaField } from '../ui/fields.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';

type Value = string | string[] | Record<string, ProblemLevel>;

function optionsOf(q: AnyQuestion, lang: 'sv' | 'en'): { value: string; label: string }[] {
  if (q.kind === 'scale')
    return Array.from({ length: (q.max ?? 5) - (q.min ?? 1) + 1 }, (_, i) => String((q.min ?? 1) + i)).map((v) => ({
      value: v,
      label: v,
    }));
  return (q.options ?? []).map((o) => ({ value: o.value, label: textIn(o.label, lang) }));
}

function Field({ q, value, onChange }: { q: Question; value: Value | undefined; onChange: (v: Value) => void }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const label = textIn(q.text, lang);
  if (q.kind === 'text')
    return (
      <TextAreaField
        id={`paper-${q.id}`}
        label={label}
        rows={3}
        value={(value as string) ?? ''}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  if (q.kind === 'problem') {
    const levels = (value as Record<string, ProblemLevel>) ?? {};
    return (
      <fieldset className="ds-fieldset finding-fields">
        <legend className="ds-label">{label}</legend>
        {(q.items ?? []).map((item) => (
          <SelectField
            key={item.id}
            id={`paper-${q.id}-${item.id}`}
            label={textIn(item.text, lang)}
            value={levels[item.id] ?? ''}
            onChange={(e) => onChange({ ...levels, [item.id]: e.target.value as ProblemLevel })}
          >
            <option value="">{s.noAnswer}</option>
            {PROBLEM_LEVELS.map((l) => (
              <option key={l} value={l}>
                {s.problemLevels[l]}
              </option>
            ))}
          </SelectField>
        ))}
      </fieldset>
    );
  }
  if (q.kind === 'multiple') {
    const chosen = (value as string[]) ?? [];
    return (
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{label}</legend>
        {optionsOf(q, lang).map((o) => (
          <div className="ds-field" key={o.value}>
            <input
              id={`paper-${q.id}-${o.value}`}
              type="checkbox"
              className="ds-input"
              checked={chosen.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
            />
            <label className="ds-label" htmlFor={`paper-${q.id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    );
  }
  return (
    <SelectField
      id={`paper-${q.id}`}
      label={label}
      value={(value as string) ?? ''}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{s.noAnswer}</option>
      {optionsOf(q, lang).map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

/** Only what was answered: empty strings, lists and "no answer" levels are left out. */
function answered(values: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string') {
      if (v.trim()) out[k] = v.trim();
    } else if (Array.isArray(v)) {
      if (v.length) out[k] = v;
    } else {
      const levels = Object.fromEntries(Object.entries(v).filter(([, l]) => l));
      if (Object.keys(levels).length) out[k] = levels as Record<string, ProblemLevel>;
    }
  }
  return out;
}

export function PaperAnswerForm({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const paper = usePaperAnswer(survey.id);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [round, setRound] = useState(0);
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle(
      paper,
      answered(values),
      () => {
        setValues({});
        setRound(round + 1);
        setErrors([]);
        onNotice((tt) => tt.surveys.paperSaved);
      },
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  if (survey.status === 'draft') return <p>{t.surveys.paperNeedsPublish}</p>;
  return (
    <form key={round} onSubmit={submit} noValidate className="form wide-form">
      <p>{t.surveys.paperIntro}</p>
      <ErrorSummary errors={errors} />
      {survey.questions.map((q) => (
        <Field key={q.id} q={q} value={values[q.id]} onChange={(v) => setValues({ ...values, [q.id]: v })} />
      ))}
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={paper.isPending || undefined}>
        {t.surveys.savePaper}
      </button>
    </form>
  );
}
