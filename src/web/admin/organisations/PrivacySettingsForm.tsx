/**
 * A kommun's personal-data settings on its organisation page: how long free
 * text, login records and audit entries are kept, who is responsible, how
 * the DPO is reached; what the survey pages then say; the register of
 * processing as a page or CSV.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { useApiMutation } from '../../api/queries.ts';
import type { PrivacySettingsBody, PrivacySettingsView } from '../../api/types.ts';
import { TextField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';

type Draft = Record<keyof PrivacySettingsBody, string>;

const FIELD_IDS: Record<keyof PrivacySettingsBody, string> = {
  surveyTextMonths: 'privacy-survey-text',
  loginMonths: 'privacy-login',
  auditMonths: 'privacy-audit',
  controller: 'privacy-controller',
  dpoContact: 'privacy-dpo',
};

const toDraft = (v: PrivacySettingsView): Draft => ({
  surveyTextMonths: String(v.surveyTextMonths),
  loginMonths: String(v.loginMonths),
  auditMonths: String(v.auditMonths),
  controller: v.controller,
  dpoContact: v.dpoContact,
});

const toBody = (d: Draft): PrivacySettingsBody => ({
  surveyTextMonths: Number(d.surveyTextMonths),
  loginMonths: Number(d.loginMonths),
  auditMonths: Number(d.auditMonths),
  controller: d.controller,
  dpoContact: d.dpoContact,
});

function Form({ id, view }: { id: string; view: PrivacySettingsView }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(toDraft(view));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState(view.surveyNotice);
  const save = useApiMutation(
    (d: Draft) => api<PrivacySettingsView>('PUT', `/api/v1/organisations/${id}/privacy`, toBody(d)),
    [['privacy', id]],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    save.mutate(draft, {
      onSuccess: (saved) => setNotice(saved.surveyNotice),
      onError: (error) => setErrors(apiFormErrors(error, FIELD_IDS)),
    });
  };
  const number = (key: 'surveyTextMonths' | 'loginMonths' | 'auditMonths', label: string, hint: string) => (
    <TextField
      id={FIELD_IDS[key]}
      label={label}
      hint={hint}
      inputMode="numeric"
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      error={fieldError(errors, FIELD_IDS[key])}
    />
  );
  const register = `/api/v1/organisations/${id}/processing-register`;
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={errors} />
        {number('surveyTextMonths', t.privacy.surveyText, t.privacy.surveyTextHint)}
        {number('loginMonths', t.privacy.login, t.privacy.loginHint)}
        {number('auditMonths', t.privacy.audit, t.privacy.auditHint)}
        <TextField
          id={FIELD_IDS.controller}
          label={t.privacy.controller}
          hint={t.privacy.controllerHint}
          value={draft.controller}
          onChange={(e) => setDraft({ ...draft, controller: e.target.value })}
          error={fieldError(errors, FIELD_IDS.controller)}
        />
        <TextField
          id={FIELD_IDS.dpoContact}
          label={t.privacy.dpo}
          value={draft.dpoContact}
          onChange={(e) => setDraft({ ...draft, dpoContact: e.target.value })}
          error={fieldError(errors, FIELD_IDS.dpoContact)}
        />
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={save.isPending || undefined}>
          {t.save}
        </button>
        <Notice>{save.isSuccess ? t.saved : null}</Notice>
      </form>
      <p>{t.privacy.notice}</p>
      <blockquote lang="sv">
        {notice.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </blockquote>
      <h3>{t.privacy.register}</h3>
      <ul>
        <li>
          <a className="ds-link" href={`${register}?format=html`}>
            {t.privacy.registerPage}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${register}?format=csv`} download>
            {t.privacy.registerCsv}
          </a>
        </li>
      </ul>
    </>
  );
}

export function PrivacySettingsForm({ id }: { id: string }) {
  const { t } = useI18n();
  const view = useQuery({
    queryKey: ['privacy', id],
    queryFn: () => api<PrivacySettingsView>('GET', `/api/v1/organisations/${encodeURIComponent(id)}/privacy`),
  });
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t.privacy.heading}</h2>
      <p>{t.privacy.intro}</p>
      {view.isPending ? (
        <Loading />
      ) : view.isError ? (
        <LoadError error={view.error} />
      ) : (
        <Form id={id} view={view.data} />
      )}
    </section>
  );
}
