/** Dialog › Enkäter: the kommun's surveys, and a new one from the template "Lokal trygghetsmätning" or blank. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { textIn, useCreateSurvey, useSurveys, type Survey } from '../api/surveys.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { KommunSelect, useKommunChoice } from '../ui/kommun-choice.tsx';
import { SurveyStatusTag } from './SurveyStatusTag.tsx';

const TEMPLATE = 'lokal-trygghetsmatning';

function CreateSurvey({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const s = t.surveys;
  const navigate = useNavigate();
  const create = useCreateSurvey();
  const [template, setTemplate] = useState(true);
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] =
      !template && !title.trim() ? [{ fieldId: 'survey-title', message: (tt) => tt.required(tt.surveys.titleSv) }] : [];
    setErrors(found);
    if (found.length) return;
    create.mutate(
      {
        municipalityId,
        ...(template ? { template: TEMPLATE } : {}),
        ...(title.trim() ? { title: { sv: title.trim() } } : {}),
      },
      {
        onSuccess: (survey) => navigate(`/dialog/enkater/${survey.id}`, { state: { notice: 'created' } }),
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{s.startFrom}</legend>
        {[true, false].map((v) => (
          <div className="ds-field" key={String(v)}>
            <input
              id={`survey-template-${v}`}
              type="radio"
              className="ds-input"
              name="survey-template"
              checked={template === v}
              onChange={() => setTemplate(v)}
            />
            <label className="ds-label" htmlFor={`survey-template-${v}`}>
              {v ? s.template : s.blank}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField
        id="survey-title"
        label={template ? s.titleOptional : s.titleSv}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(errors, 'survey-title')}
      />
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={create.isPending || undefined}>
        {s.create}
      </button>
    </form>
  );
}

function SurveyTable({ surveys }: { surveys: readonly Survey[] }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  return (
    <TableScroll label={s.caption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{s.caption}</caption>
        <thead>
          <tr>
            {[s.survey, s.status, s.responses, s.opens, s.closes].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {surveys.map((x) => (
            <tr key={x.id}>
              <td>
                <Link className="ds-link" to={`/dialog/enkater/${x.id}`}>
                  {textIn(x.title, lang)}
                </Link>
              </td>
              <td>
                <SurveyStatusTag status={x.status} />
              </td>
              <td>{x.responses}</td>
              <td>{x.opensOn ?? t.none}</td>
              <td>{x.closesOn ?? t.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function SurveysPage() {
  const { t } = useI18n();
  const s = t.surveys;
  const kommun = useKommunChoice();
  const municipalityId = kommun.kommuner.find((k) => k.code === kommun.code)?.id ?? '';
  const surveys = useSurveys(municipalityId);
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p>{s.intro}</p>
      <div className="filters">
        <KommunSelect id="surveys-kommun" choice={kommun} />
      </div>
      {kommun.isPending || (surveys.isPending && surveys.fetchStatus !== 'idle') ? (
        <Loading />
      ) : surveys.isError ? (
        <LoadError error={surveys.error} />
      ) : (
        <>
          <p role="status">{surveys.data?.length ? s.countSurveys(surveys.data.length) : s.none}</p>
          {surveys.data && surveys.data.length > 0 && <SurveyTable surveys={surveys.data} />}
        </>
      )}
      {municipalityId && (
        <section aria-labelledby="new-survey-heading">
          <h2 id="new-survey-heading" className="ds-heading" data-size="sm">
            {s.newHeading}
          </h2>
          <CreateSurvey key={municipalityId} municipalityId={municipalityId} />
        </section>
      )}
    </>
  );
}
