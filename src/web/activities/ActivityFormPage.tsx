/** Aktiviteter › Registrera aktivitet: the full form, with the commitment chosen among mine. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useLogActivity, useMyCommitments, type MyCommitment } from '../api/activities.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';
import {
  emptyActivityForm,
  fieldId,
  fromInput,
  toActivityInput,
  validateActivity,
  type ActivityFormState,
} from './activity-form.ts';
import { ActivityFields } from './ActivityFields.tsx';
import { useReplaceWaiting, useWaitingEntries } from '../offline/waiting.ts';
import type { WaitingEntry } from '../offline/store.ts';

const PREFIX = 'act';
const API_FIELDS = {
  commitmentId: 'act-commitment',
  date: 'act-date',
  time: 'act-time',
  durationMinutes: 'act-duration',
  quantity: 'act-quantity',
  note: 'act-note',
};

export function CommitmentOptions({ commitments }: { commitments: readonly MyCommitment[] }) {
  const sets = [
    ...new Map(commitments.map((c) => [c.promiseSetId, c.promiseSetTitle ?? c.municipalities.join(', ')])).entries(),
  ];
  return (
    <>
      {sets.map(([setId, title]) => (
        <optgroup key={setId} label={title}>
          {commitments
            .filter((c) => c.promiseSetId === setId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

/** `editing`: a waiting entry the server refused, changed here and sent again in its place. */
function Form({ commitments, editing }: { commitments: readonly MyCommitment[]; editing?: WaitingEntry }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const logNew = useLogActivity();
  const replace = useReplaceWaiting(editing);
  const log = editing ? replace : logNew;
  const today = todayIso();
  const preset = commitments.some((c) => c.id === params.get('atagande')) ? params.get('atagande')! : '';
  const [state, setState] = useState<ActivityFormState>(() =>
    editing ? fromInput(editing.input) : emptyActivityForm(today, preset),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const chosen = commitments.find((c) => c.id === state.commitmentId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateActivity(state, today, PREFIX, true, chosen?.target);
    setErrors(found);
    if (found.length) return;
    log.mutate(
      { input: toActivityInput(state), commitmentText: chosen?.text ?? editing?.commitmentText ?? '' },
      {
        onSuccess: (logged) =>
          navigate('/aktiviteter', { state: { notice: logged.kind === 'sent' ? 'saved' : 'kept' } }),
        onError: (error) => setErrors(apiFormErrors(error, API_FIELDS)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      {editing ? (
        <p className="ds-alert" data-color="info">
          {t.offline.editing}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <SelectField
        id={fieldId(PREFIX, 'commitment')}
        label={t.activityForm.commitment}
        value={state.commitmentId}
        onChange={(e) => setState({ ...state, commitmentId: e.target.value, outcomes: {} })}
        error={fieldError(errors, fieldId(PREFIX, 'commitment'))}
      >
        <option value="">{t.activityForm.chooseCommitment}</option>
        <CommitmentOptions commitments={commitments} />
      </SelectField>
      <ActivityFields
        prefix={PREFIX}
        state={state}
        onChange={setState}
        errors={errors}
        indicators={chosen?.followUp ?? []}
        today={today}
      />
      <div className="button-row">
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={log.isPending || undefined}>
          {t.activityForm.submit}
        </button>
        <Link className="ds-link" to="/aktiviteter">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}

export function ActivityFormPage() {
  const { t } = useI18n();
  const mine = useMyCommitments();
  const [params] = useSearchParams();
  const waiting = useWaitingEntries();
  const editKey = params.get('vantande');
  const editing = editKey ? waiting.data?.find((e) => e.key === editKey) : undefined;
  return (
    <>
      <p>
        <Link className="ds-link" to="/aktiviteter">
          {t.activityForm.back}
        </Link>
      </p>
      <PageHeading>{t.activityForm.title}</PageHeading>
      {mine.isPending || (editKey && waiting.isPending) ? (
        <Loading />
      ) : mine.isError ? (
        <LoadError error={mine.error} />
      ) : mine.data.length === 0 ? (
        <p>{t.activities.noCommitments}</p>
      ) : (
        <Form key={editing?.key ?? 'new'} commitments={mine.data} editing={editing} />
      )}
    </>
  );
}
