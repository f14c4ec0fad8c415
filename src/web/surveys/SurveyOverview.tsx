/** A survey's overview: facts, what is missing before it can be published, publish/close, the settings, the link, QR code and codes. */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { settle } from '../api/settle.ts';
import { useSingleFlight } from '../api/single-flight.ts';
import { previewUrl, useSurveyStep, type Survey } from '../api/surveys.ts';
import { missingTexts } from '../../domain/surveys/missing-texts.ts';
import { PaperRunForm } from './PaperRunForm.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { SurveyStatusTag } from './SurveyStatusTag.tsx';
import { SurveySettingsForm } from './SurveySettingsForm.tsx';
import { SurveyLinkAndCodes } from './SurveyLinkAndCodes.tsx';

/** A refused publish lists its problems in details, in Swedish and English; show each one. */
function publishErrors(error: unknown): FormError[] {
  const details =
    error instanceof ApiError ? (error.details as { problems?: unknown; problemsEn?: unknown } | null) : null;
  const problems = details?.problems;
  if (!Array.isArray(problems)) return apiFormErrors(error);
  const inEnglish = Array.isArray(details?.problemsEn) ? details.problemsEn : problems;
  return problems.map((p, i) => ({
    message: (t, lang) => `${t.surveys.cannotPublish} ${String(lang === 'en' ? (inEnglish[i] ?? p) : p)}`,
  }));
}

const SHOWN_PER_LANGUAGE = 6;

/** Every text missing in an offered language, named as the builder names its fields; a few per language. */
function MissingTexts({ survey }: { survey: Survey }) {
  const { t, lang } = useI18n();
  const missing = survey.languages.map((l) => ({ l, list: missingTexts(survey, l) })).filter((m) => m.list.length);
  if (!missing.length) return null;
  return (
    <div className="ds-alert" data-color="warning">
      <p>{t.surveys.missingTranslations}</p>
      <ul>
        {missing.flatMap(({ l, list }) => [
          ...list.slice(0, SHOWN_PER_LANGUAGE).map((p) => <li key={p.sv}>{lang === 'en' ? p.en : p.sv}</li>),
          ...(list.length > SHOWN_PER_LANGUAGE
            ? [
                <li key={`${list[0]!.sv}-more`}>
                  {t.surveyBuilder.moreMissing(list.length - SHOWN_PER_LANGUAGE, t.surveyBuilder.inLang[l])}
                </li>,
              ]
            : []),
        ])}
      </ul>
    </div>
  );
}

/** A closed survey that was never published was run on paper and registered afterwards (paper-run.ts). */
export const ranOnPaper = (survey: Survey) => survey.status === 'closed' && !survey.publishedAt;

function Lifecycle({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const s = t.surveys;
  const step = useSurveyStep(survey.id);
  const [errors, setErrors] = useState<FormError[]>([]);
  const once = useSingleFlight();
  const run = (kind: 'publish' | 'close') =>
    once(() =>
      settle(
        step,
        kind,
        () => {
          setErrors([]);
          onNotice(kind === 'publish' ? (tt) => tt.surveys.published : (tt) => tt.surveys.closed);
        },
        (error) => setErrors(publishErrors(error)),
      ),
    );
  const paper = ranOnPaper(survey);
  return (
    <section aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading" className="ds-heading" data-size="sm">
        {s.lifecycleHeading}
      </h2>
      {paper ? <p>{t.surveyBuilder.paperRun.note}</p> : <MissingTexts survey={survey} />}
      <p>
        <a className="ds-link" href={previewUrl(survey.id)} target="_blank" rel="noopener">
          {t.surveyBuilder.preview} <span className="small">{t.surveyBuilder.previewNewTab}</span>
        </a>
      </p>
      <ErrorSummary errors={errors} />
      <div className="button-row">
        {survey.status !== 'open' && !paper && (
          <button
            type="button"
            className="ds-button"
            data-variant="primary"
            aria-busy={step.isPending || undefined}
            disabled={step.isPending}
            onClick={() => run('publish')}
          >
            {s.publish}
          </button>
        )}
        {survey.status === 'open' && (
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            aria-busy={step.isPending || undefined}
            disabled={step.isPending}
            onClick={() => run('close')}
          >
            {s.close}
          </button>
        )}
      </div>
      {survey.status === 'draft' && <PaperRunForm survey={survey} onNotice={onNotice} />}
    </section>
  );
}

export function SurveyOverview({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const s = t.surveys;
  return (
    <>
      <dl className="facts">
        <dt>{s.status}</dt>
        <dd>
          <SurveyStatusTag status={survey.status} />
        </dd>
        <dt>{s.kommun}</dt>
        <dd>{survey.municipalityName}</dd>
        <dt>{s.responses}</dt>
        <dd>{survey.responses}</dd>
        <dt>{s.questionCount}</dt>
        <dd>{survey.questions.length}</dd>
        <dt>{s.opens}</dt>
        <dd>{survey.opensOn ?? s.noDate}</dd>
        <dt>{s.closes}</dt>
        <dd>{survey.closesOn ?? s.noDate}</dd>
        <dt>{s.access}</dt>
        <dd>{s.accessKinds[survey.access]}</dd>
      </dl>
      <Lifecycle survey={survey} onNotice={onNotice} />
      <SurveyLinkAndCodes survey={survey} />
      <SurveySettingsForm key={survey.id} survey={survey} onNotice={onNotice} />
    </>
  );
}
