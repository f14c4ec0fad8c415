/** Dialog › Registrera dialog: a medborgardialog or medarbetardialog that has taken place, with participants and findings. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useRegisterDialogue, type DialogueKind } from '../api/dialogues.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextAreaField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { KommunSelect, useKommunChoice } from '../ui/kommun-choice.tsx';
import { todayIso } from '../ui/dates.ts';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { useUnsavedChanges } from '../ui/UnsavedChanges.tsx';
import { useDraftState } from '../ui/useDraftState.ts';
import { isDialogueDraft, reviveDialogueDraft, type DialogueDraft } from './dialogue-draft.ts';
import { ParticipantsEditor } from './ParticipantsEditor.tsx';
import { FindingsEditor } from './FindingsEditor.tsx';
import { DialogueFields } from './DialogueFields.tsx';
import {
  dayError,
  participantRow,
  toFindings,
  toParticipants,
  validateFindings,
  validateParticipants,
  type FindingRow,
  type ParticipantRow,
} from './dialogue-model.ts';

const KINDS: readonly DialogueKind[] = ['medborgardialog', 'medarbetardialog'];
const API_FIELDS = {
  kommun: 'dlg-kommun',
  date: 'dlg-date',
  place: 'dlg-place',
  area: 'dlg-area',
  areaName: 'dlg-area',
  title: 'dlg-title',
  note: 'dlg-note',
};

interface State {
  kind: DialogueKind;
  title: string;
  date: string;
  place: string;
  areaName: string;
  note: string;
}

function validate(s: State, participants: ParticipantRow[], findings: FindingRow[]): FormError[] {
  const errors: FormError[] = [];
  const date = dayError(s.date, 'dlg-date', todayIso());
  if (date) errors.push(date);
  if (!s.place.trim() && !s.areaName.trim())
    errors.push({ fieldId: 'dlg-place', message: (t) => t.dialogueForm.placeRequired });
  return [...errors, ...validateParticipants(participants), ...validateFindings(findings)];
}

function KindChoice({ value, onChange }: { value: DialogueKind; onChange: (k: DialogueKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="ds-fieldset">
      <legend className="ds-label">{t.dialogueForm.kind}</legend>
      {KINDS.map((k) => (
        <div className="ds-field" key={k}>
          <input
            id={`dlg-kind-${k}`}
            type="radio"
            className="ds-input"
            name="dlg-kind"
            checked={value === k}
            onChange={() => onChange(k)}
          />
          <label className="ds-label" htmlFor={`dlg-kind-${k}`}>
            {t.dialogueKinds[k]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function Form() {
  const { t } = useI18n();
  const d = t.dialogueForm;
  const navigate = useNavigate();
  const register = useRegisterDialogue();
  const kommun = useKommunChoice();
  const [form, setForm, draft] = useDraftState<DialogueDraft<State>>({
    form: 'dialogue',
    record: 'new',
    initial: () => ({
      s: { kind: 'medborgardialog', title: '', date: todayIso(), place: '', areaName: '', note: '' },
      participants: [participantRow(t.participants.defaultGroup)],
      findings: [],
    }),
    accept: isDialogueDraft<State>(['kind', 'title', 'date', 'place', 'areaName', 'note']),
    revive: reviveDialogueDraft,
  });
  const leaving = useUnsavedChanges(draft.dirty);
  const { s, participants, findings } = form;
  const setS = (next: State) => setForm({ ...form, s: next });
  const setParticipants = (next: ParticipantRow[]) => setForm({ ...form, participants: next });
  const setFindings = (next: FindingRow[]) => setForm({ ...form, findings: next });
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...(kommun.code
        ? []
        : [{ fieldId: 'dlg-kommun', message: (tt: typeof t) => tt.chooseRequired(tt.kommunChoice.label) }]),
      ...validate(s, participants, findings),
    ];
    setErrors(found);
    if (found.length) return;
    register.mutate(
      {
        kommun: kommun.code,
        kind: s.kind,
        title: s.title.trim() || null,
        date: s.date,
        place: s.place.trim() || null,
        areaName: s.areaName.trim() || null,
        participants: toParticipants(participants),
        note: s.note.trim() || null,
        findings: toFindings(findings),
      },
      {
        onSuccess: (created) => {
          draft.saved();
          leaving.release();
          navigate(`/dialog/${created.id}`, { state: { notice: 'created' } });
        },
        onError: (error) => setErrors(apiFormErrors(error, API_FIELDS)),
      },
    );
  };
  const field = (key: keyof State) => ({
    value: s[key],
    onChange: (e: { target: { value: string } }) => setS({ ...s, [key]: e.target.value }),
  });
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      {leaving.dialog}
      <DraftNotice draft={draft} />
      <ErrorSummary errors={errors} />
      <KommunSelect id="dlg-kommun" choice={kommun} />
      <KindChoice value={s.kind} onChange={(kind) => setS({ ...s, kind })} />
      <DialogueFields prefix="dlg" values={s} onChange={(key, value) => setS({ ...s, [key]: value })} errors={errors} />
      <ParticipantsEditor
        legend={t.participants.legend}
        rows={participants}
        onChange={setParticipants}
        errors={errors}
      />
      <FindingsEditor rows={findings} onChange={setFindings} errors={errors} />
      <TextAreaField id="dlg-note" label={d.note} rows={3} {...field('note')} error={fieldError(errors, 'dlg-note')} />
      <div className="button-row">
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={register.isPending || undefined}>
          {d.submit}
        </button>
        <Link className="ds-link" to="/dialog">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}

export function NewDialoguePage() {
  const { t } = useI18n();
  return (
    <>
      <p>
        <Link className="ds-link" to="/dialog">
          {t.dialogueForm.back}
        </Link>
      </p>
      <PageHeading>{t.dialogueForm.heading}</PageHeading>
      <p>{t.dialogueForm.intro}</p>
      <Form />
    </>
  );
}
