/** The survey's title in Swedish and English, answering period, link or single-use codes, and the kommun's areas for the area question. */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { useUpdateSurvey, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { isValidDay } from '../ui/dates.ts';

export function SurveySettingsForm({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const s = t.surveys;
  const update = useUpdateSurvey(survey.id);
  const [titleSv, setTitleSv] = useState(survey.title.sv);
  const [titleEn, setTitleEn] = useState(survey.title.en ?? '');
  const [opensOn, setOpensOn] = useState(survey.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(survey.closesOn ?? '');
  const [access, setAccess] = useState(survey.access);
  const [areas, setAreas] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!titleSv.trim()) found.push({ fieldId: 'set-title-sv', message: (tt) => tt.required(tt.surveys.titleSv) });
    if (opensOn && !isValidDay(opensOn)) found.push({ fieldId: 'set-opens', message: (tt) => tt.dialogueForm.dateInvalid });
    if (closesOn && !isValidDay(closesOn)) found.push({ fieldId: 'set-closes', message: (tt) => tt.dialogueForm.dateInvalid });
    if (opensOn && closesOn && closesOn < opensOn) found.push({ fieldId: 'set-closes', message: (tt) => tt.surveys.closesBeforeOpens });
    setErrors(found);
    if (found.length) return;
    const addAreas = areas.split('\n').map((a) => a.trim()).filter(Boolean);
    settle(update, {
      title: titleEn.trim() ? { sv: titleSv.trim(), en: titleEn.trim() } : { sv: titleSv.trim() },
      opensOn: opensOn || null, closesOn: closesOn || null, ...(survey.status === 'draft' ? { access } : {}), ...(addAreas.length ? { addAreas } : {}),
    }, () => { setAreas(''); onNotice((tt) => tt.surveys.saved); }, (error) => setErrors(apiFormErrors(error, { opensOn: 'set-opens', closesOn: 'set-closes' })));
  };
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="ds-heading" data-size="sm">{s.settingsHeading}</h2>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={errors} />
        <TextField id="set-title-sv" label={s.titleSv} value={titleSv} onChange={(e) => setTitleSv(e.target.value)} error={fieldError(errors, 'set-title-sv')} />
        <TextField id="set-title-en" label={s.titleEn} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
        <div className="field-row">
          <TextField id="set-opens" type="date" label={s.opens} value={opensOn} onChange={(e) => setOpensOn(e.target.value)} error={fieldError(errors, 'set-opens')} />
          <TextField id="set-closes" type="date" label={s.closes} value={closesOn} onChange={(e) => setClosesOn(e.target.value)} error={fieldError(errors, 'set-closes')} />
        </div>
        {survey.status === 'draft' && (
          <SelectField id="set-access" label={s.access} hint={s.accessHint} value={access} onChange={(e) => setAccess(e.target.value as Survey['access'])}>
            <option value="link">{s.accessKinds.link}</option>
            <option value="codes">{s.accessKinds.codes}</option>
          </SelectField>
        )}
        <TextAreaField id="set-areas" label={s.addAreas} hint={s.addAreasHint} rows={3} value={areas} onChange={(e) => setAreas(e.target.value)} />
        <button type="submit" className="ds-button" data-variant="secondary" aria-busy={update.isPending || undefined}>{s.saveSettings}</button>
      </form>
    </section>
  );
}
