/**
 * "Enkäten har redan genomförts på papper": a draft is registered with the
 * days it was answered (both passed) instead of being published, so last
 * year's paper survey can be keyed in afterwards. Shown for drafts only.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { useSingleFlight } from '../api/single-flight.ts';
import { usePaperRun, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SwitchField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { isValidDay, todayIso } from '../ui/dates.ts';

const FIELDS = { opensOn: 'paper-opens', closesOn: 'paper-closes' };

function validate(opensOn: string, closesOn: string): FormError[] {
  const found: FormError[] = [];
  for (const [id, value, label] of [
    [FIELDS.opensOn, opensOn, 'opens'],
    [FIELDS.closesOn, closesOn, 'closes'],
  ] as const) {
    if (!value) found.push({ fieldId: id, message: (t) => t.required(t.surveys[label]) });
    else if (!isValidDay(value)) found.push({ fieldId: id, message: (t) => t.dialogueForm.dateInvalid });
  }
  if (found.length) return found;
  if (closesOn < opensOn) found.push({ fieldId: FIELDS.closesOn, message: (t) => t.surveys.closesBeforeOpens });
  else if (closesOn > todayIso())
    found.push({ fieldId: FIELDS.closesOn, message: (t) => t.surveyBuilder.paperRun.closesInFuture });
  return found;
}

export function PaperRunForm({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const p = t.surveyBuilder.paperRun;
  const run = usePaperRun(survey.id);
  const once = useSingleFlight();
  const [chosen, setChosen] = useState(false);
  const [opensOn, setOpensOn] = useState(survey.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(survey.closesOn ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(opensOn, closesOn);
    setErrors(found);
    if (found.length) return;
    once(() =>
      settle(
        run,
        { opensOn, closesOn },
        () => onNotice((tt) => tt.surveyBuilder.paperRun.done),
        (error) => setErrors(apiFormErrors(error, FIELDS)),
      ),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form paper-run" aria-labelledby="paper-run-heading">
      <h3 id="paper-run-heading" className="ds-heading" data-size="2xs">
        {p.legend}
      </h3>
      <ErrorSummary errors={errors} />
      <SwitchField
        id="paper-run"
        label={p.choice}
        hint={p.hint}
        checked={chosen}
        onChange={(e) => setChosen(e.target.checked)}
      />
      {chosen && (
        <>
          <div className="field-row">
            <TextField
              id={FIELDS.opensOn}
              type="date"
              label={t.surveys.opens}
              value={opensOn}
              onChange={(e) => setOpensOn(e.target.value)}
              error={fieldError(errors, FIELDS.opensOn)}
            />
            <TextField
              id={FIELDS.closesOn}
              type="date"
              label={t.surveys.closes}
              value={closesOn}
              onChange={(e) => setClosesOn(e.target.value)}
              error={fieldError(errors, FIELDS.closesOn)}
            />
          </div>
          <button
            type="submit"
            className="ds-button"
            data-variant="secondary"
            aria-busy={run.isPending || undefined}
            disabled={run.isPending}
          >
            {p.submit}
          </button>
        </>
      )}
    </form>
  );
}
