/** Which results the kommun's public page shows: a question in total or by area, gender or age band. Small groups stay hidden there too. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { textIn, useSetPublicResults, type PublicChart, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';

type Choice = 'off' | PublicChart['breakdown'];
const CHOICES: readonly Choice[] = ['off', 'none', 'area', 'gender', 'age_band'];

export function PublicCharts({ survey }: { survey: Survey }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const save = useSetPublicResults(survey.id);
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      survey.questions.map((q) => [q.id, survey.publicResults.find((c) => c.questionId === q.id)?.breakdown ?? 'off']),
    ),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const counted = survey.questions.filter((q) => !['area', 'age_band', 'gender'].includes(q.kind));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const charts = Object.entries(choices)
      .filter(([, c]) => c !== 'off')
      .map(([questionId, c]) => ({ questionId, breakdown: c as PublicChart['breakdown'] }));
    settle(
      save,
      charts,
      () => {
        setErrors([]);
        setSaved(true);
      },
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <section aria-labelledby="public-charts-heading">
      <h2 id="public-charts-heading" className="ds-heading" data-size="sm">
        {s.publicHeading}
      </h2>
      <p>{s.publicIntro}</p>
      <form onSubmit={submit} noValidate className="form wide-form">
        <ErrorSummary errors={errors} />
        {counted.map((q) => (
          <div className="ds-field field" key={q.id}>
            <label className="ds-label" htmlFor={`public-${q.id}`}>
              {textIn(q.text, lang)}
            </label>
            <select
              id={`public-${q.id}`}
              className="ds-input"
              value={choices[q.id] ?? 'off'}
              onChange={(e) => setChoices({ ...choices, [q.id]: e.target.value as Choice })}
            >
              {CHOICES.map((c) => (
                <option key={c} value={c}>
                  {s.publicChoices[c]}
                </option>
              ))}
            </select>
          </div>
        ))}
        <Notice>{saved ? s.publicSaved : null}</Notice>
        <button type="submit" className="ds-button" data-variant="secondary" aria-busy={save.isPending || undefined}>
          {s.savePublic}
        </button>
      </form>
    </section>
  );
}
