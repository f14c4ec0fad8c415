/** The lägesbild's four texts: brottslighetens omfattning och karaktär, konsekvenser, annan relevant information, analys. */
import { Fragment, useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useUpdateSituation, type Situation, type SituationTexts } from '../api/situation.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TextAreaField } from '../ui/fields.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { CrimeProposal } from './CrimeProposal.tsx';

const KEYS: readonly (keyof SituationTexts)[] = ['crimeSurvey', 'consequences', 'otherInformation', 'analysis'];

export function SituationTextsForm({ situation, kommun }: { situation: Situation; kommun: string }) {
  const { t, lang } = useI18n();
  const s = t.situation;
  const update = useUpdateSituation(kommun, situation.year);
  const [texts, setTexts] = useState<Record<keyof SituationTexts, string>>(() => ({
    crimeSurvey: situation.texts.crimeSurvey ?? '',
    consequences: situation.texts.consequences ?? '',
    otherInformation: situation.texts.otherInformation ?? '',
    analysis: situation.texts.analysis ?? '',
  }));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<Localized | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const body = Object.fromEntries(KEYS.map((k) => [k, texts[k].trim() || null])) as Partial<SituationTexts>;
    update.mutate(
      { texts: body },
      {
        onSuccess: () => {
          setErrors([]);
          setNotice(() => (tt: typeof t) => tt.situation.textsSaved);
        },
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  return (
    <section aria-labelledby="texts-heading">
      <h2 id="texts-heading" className="ds-heading" data-size="sm">
        {s.textsHeading}
      </h2>
      <p>{s.textsIntro}</p>
      <form onSubmit={submit} noValidate className="form wide-form">
        <ErrorSummary errors={errors} />
        {KEYS.map((k) => (
          <Fragment key={k}>
            <TextAreaField
              id={`text-${k}`}
              label={s.texts[k]}
              hint={s.textHints[k]}
              rows={k === 'crimeSurvey' ? 12 : 6}
              value={texts[k]}
              onChange={(e) => setTexts({ ...texts, [k]: e.target.value })}
            />
            {k === 'crimeSurvey' && (
              <CrimeProposal
                kommun={kommun}
                year={situation.year}
                fieldId={`text-${k}`}
                current={texts.crimeSurvey}
                onChoose={(text) => setTexts((now) => ({ ...now, crimeSurvey: text }))}
              />
            )}
          </Fragment>
        ))}
        <Notice>{notice ? notice(t, lang) : null}</Notice>
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
          {s.saveTexts}
        </button>
      </form>
    </section>
  );
}
