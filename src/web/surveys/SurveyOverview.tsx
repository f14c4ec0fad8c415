/** A survey's overview: facts, what is missing before it can be published, publish/close, the settings, the link, QR code and codes. */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { settle } from '../api/settle.ts';
import { useSingleFlight } from '../api/single-flight.ts';
import { useSurveyStep, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { SurveyStatusTag } from './SurveyStatusTag.tsx';
import { SurveySettingsForm } from './SurveySettingsForm.tsx';
import { SurveyLinkAndCodes } from './SurveyLinkAndCodes.tsx';

/** A refused publish lists its problems in details; show each one. */
function publishErrors(error: unknown): FormError[] {
  const problems = error instanceof ApiError ? (error.details as { problems?: unknown } | null)?.problems : null;
  if (Array.isArray(problems))
    return problems.map((p) => ({ message: (t) => `${t.surveys.cannotPublish} ${String(p)}` }));
  return apiFormErrors(error);
}

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
  const missing = Object.entries(survey.missingTranslations);
  return (
    <section aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading" className="ds-heading" data-size="sm">
        {s.lifecycleHeading}
      </h2>
      {missing.length > 0 && (
        <div className="ds-alert" data-color="warning">
          <p>{s.missingTranslations}</p>
          <ul>
            {missing.map(([lang, list]) => (
              <li key={lang}>
                {s.languageNames[lang] ?? lang}: {(list ?? []).slice(0, 8).join(', ')}
                {(list ?? []).length > 8 ? ' …' : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <div className="button-row">
        {survey.status !== 'open' && (
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
