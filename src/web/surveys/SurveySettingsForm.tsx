/**
 * Inställningar: the languages the survey is offered in (Swedish always,
 * English, Finnish, Meänkieli), its title and introduction in each, the
 * answering period, link or single-use codes, its own address, and the
 * kommun's areas for the area question. Checked with the API's own rules.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { settle } from '../api/settle.ts';
import {
  SURVEY_LANGUAGES,
  useUpdateSurvey,
  type Survey,
  type SurveyLanguage,
  type SurveyPatch,
} from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { isValidDay, todayIso } from '../ui/dates.ts';
import { pastClosingProblem, slugProblem } from '../../domain/surveys/rules.ts';
import { LangFields } from './LangFields.tsx';
import { fromProblem } from './problems.ts';
import { localized, type Texts } from './question-model.ts';

const FIELDS = {
  opensOn: 'set-opens',
  closesOn: 'set-closes',
  slug: 'set-slug',
  title: 'set-title-sv',
  intro: 'set-intro-sv',
};

/** The API names the field of a refused address (409) too; link it like a validation error. */
function settingsErrors(error: unknown): FormError[] {
  const field = error instanceof ApiError ? (error.details as { field?: unknown } | null)?.field : undefined;
  if (error instanceof ApiError && error.code === 'conflict' && field === 'slug') {
    return [{ fieldId: FIELDS.slug, message: (_t, lang) => (lang === 'en' ? error.messageEn : error.message) }];
  }
  return apiFormErrors(error, FIELDS);
}

interface Typed {
  langs: SurveyLanguage[];
  title: Texts;
  intro: Texts;
  opensOn: string;
  closesOn: string;
  slug: string;
}

function validate(v: Typed, survey: Survey): FormError[] {
  const draft = survey.status === 'draft';
  const found: FormError[] = [];
  if (!v.title.sv?.trim())
    found.push({
      fieldId: 'set-title-sv',
      message: (tt) => tt.required(`${tt.surveyBuilder.title} ${tt.surveyBuilder.inLang.sv}`),
    });
  if (!v.intro.sv?.trim() && v.langs.some((l) => v.intro[l]?.trim()))
    found.push({ fieldId: 'set-intro-sv', message: (tt) => tt.surveyBuilder.introSvRequired });
  if (v.opensOn && !isValidDay(v.opensOn))
    found.push({ fieldId: 'set-opens', message: (tt) => tt.dialogueForm.dateInvalid });
  if (v.closesOn && !isValidDay(v.closesOn))
    found.push({ fieldId: 'set-closes', message: (tt) => tt.dialogueForm.dateInvalid });
  if (v.opensOn && v.closesOn && v.closesOn < v.opensOn)
    found.push({ fieldId: 'set-closes', message: (tt) => tt.surveys.closesBeforeOpens });
  else if (isValidDay(v.closesOn)) {
    const past = pastClosingProblem(
      { closesOn: v.closesOn, before: survey.closesOn, status: survey.status },
      todayIso(),
    );
    if (past) found.push({ fieldId: 'set-closes', message: fromProblem(past) });
  }
  const slugIssue = draft && v.slug.trim() ? slugProblem(v.slug.trim()) : null;
  if (slugIssue) found.push({ fieldId: FIELDS.slug, message: fromProblem(slugIssue) });
  return found;
}

function Languages({ langs, onChange }: { langs: SurveyLanguage[]; onChange: (l: SurveyLanguage[]) => void }) {
  const { t } = useI18n();
  const b = t.surveyBuilder;
  return (
    <fieldset className="ds-fieldset" aria-describedby="set-languages-hint">
      <legend className="ds-label">{b.languagesLegend}</legend>
      <p id="set-languages-hint" className="small muted">
        {b.languagesHint}
      </p>
      {SURVEY_LANGUAGES.map((l) => (
        <div className="ds-field" key={l}>
          <input
            id={`set-lang-${l}`}
            type="checkbox"
            className="ds-input"
            checked={langs.includes(l)}
            disabled={l === 'sv'}
            onChange={(e) => onChange(SURVEY_LANGUAGES.filter((x) => (x === l ? e.target.checked : langs.includes(x))))}
          />
          <label className="ds-label" htmlFor={`set-lang-${l}`}>
            {l === 'sv' ? b.svAlways : t.surveys.languageNames[l]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function SurveySettingsForm({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const s = t.surveys;
  const b = t.surveyBuilder;
  const update = useUpdateSurvey(survey.id);
  const draft = survey.status === 'draft';
  const [v, setV] = useState<Typed>(() => ({
    langs: survey.languages,
    title: { ...survey.title },
    intro: { ...(survey.intro ?? {}) },
    opensOn: survey.opensOn ?? '',
    closesOn: survey.closesOn ?? '',
    slug: survey.slug ?? '',
  }));
  const [access, setAccess] = useState(survey.access);
  const [areas, setAreas] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const set = (x: Partial<Typed>) => setV({ ...v, ...x });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(v, survey);
    setErrors(found);
    if (found.length) return;
    const addAreas = areas
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    const intro = localized(v.intro);
    const patch: SurveyPatch = {
      languages: v.langs,
      title: localized(v.title),
      intro: intro.sv ? intro : null,
      opensOn: v.opensOn || null,
      closesOn: v.closesOn || null,
      ...(draft ? { access, slug: v.slug.trim() || null } : {}),
      ...(addAreas.length ? { addAreas } : {}),
    };
    settle(
      update,
      patch,
      () => {
        setAreas('');
        onNotice((tt) => tt.surveys.saved);
      },
      (error) => setErrors(settingsErrors(error)),
    );
  };
  const prefix = survey.publicUrl.slice(0, survey.publicUrl.lastIndexOf('/') + 1);
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="ds-heading" data-size="sm">
        {s.settingsHeading}
      </h2>
      <form onSubmit={submit} noValidate className="form wide-form">
        <ErrorSummary errors={errors} />
        <Languages langs={v.langs} onChange={(langs) => set({ langs })} />
        <LangFields
          id="set-title"
          label={b.title}
          langs={v.langs}
          texts={v.title}
          errors={errors}
          onChange={(title) => set({ title })}
        />
        <LangFields
          id="set-intro"
          label={b.intro}
          suffix={b.optional}
          langs={v.langs}
          texts={v.intro}
          rows={3}
          errors={errors}
          hint={(l) => (l === 'sv' ? b.introHint : undefined)}
          onChange={(intro) => set({ intro })}
        />
        <div className="field-row">
          <TextField
            id="set-opens"
            type="date"
            label={s.opens}
            value={v.opensOn}
            onChange={(e) => set({ opensOn: e.target.value })}
            error={fieldError(errors, 'set-opens')}
          />
          <TextField
            id="set-closes"
            type="date"
            label={s.closes}
            value={v.closesOn}
            onChange={(e) => set({ closesOn: e.target.value })}
            error={fieldError(errors, 'set-closes')}
          />
        </div>
        {draft && (
          <SelectField
            id="set-access"
            label={s.access}
            hint={s.accessHint}
            value={access}
            onChange={(e) => setAccess(e.target.value as Survey['access'])}
          >
            <option value="link">{s.accessKinds.link}</option>
            <option value="codes">{s.accessKinds.codes}</option>
          </SelectField>
        )}
        {draft ? (
          <TextField
            id={FIELDS.slug}
            label={b.slug}
            hint={b.slugHint(prefix)}
            value={v.slug}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => set({ slug: e.target.value })}
            error={fieldError(errors, FIELDS.slug)}
          />
        ) : (
          <p>{b.slugLocked(survey.publicUrl)}</p>
        )}
        <TextAreaField
          id="set-areas"
          label={s.addAreas}
          hint={s.addAreasHint}
          rows={3}
          value={areas}
          onChange={(e) => setAreas(e.target.value)}
        />
        <button type="submit" className="ds-button" data-variant="secondary" aria-busy={update.isPending || undefined}>
          {s.saveSettings}
        </button>
      </form>
    </section>
  );
}
