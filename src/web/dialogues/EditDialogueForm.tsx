/**
 * "Ändra": the registered dialogue or trygghetsvandring as a form, to correct
 * date, place, area, participants, findings and note. A finding with an
 * action cannot be removed here (the server refuses it too).
 */
import { useState, type FormEvent } from 'react';
import { settle } from '../api/settle.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUpdateDialogue, type Dialogue, type DialogueUpdateInput } from '../api/dialogues.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
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
  findingRowOf,
  optionalDayError,
  participantRow,
  toFindings,
  toParticipants,
  validateFindings,
  validateParticipants,
  type FindingRow,
  type ParticipantRow,
} from './dialogue-model.ts';

const API_FIELDS = {
  date: 'edit-date',
  place: 'edit-place',
  area: 'edit-area',
  areaName: 'edit-area',
  title: 'edit-title',
  note: 'edit-note',
  preMeetingDate: 'edit-pre',
  followUpDate: 'edit-follow',
};

interface Facts {
  date: string;
  place: string;
  areaName: string;
  title: string;
  note: string;
  pre: string;
  follow: string;
  route: string;
}

function factsOf(d: Dialogue): Facts {
  return {
    date: d.date,
    place: d.place ?? '',
    areaName: d.area?.name ?? '',
    title: d.title,
    note: d.note ?? '',
    pre: d.walk?.preMeetingDate ?? '',
    follow: d.walk?.followUpDate ?? '',
    route: d.walk?.route ?? '',
  };
}

function validate(d: Dialogue, s: Facts): FormError[] {
  const planned = d.walk?.stage === 'formote';
  const errors = [dayError(s.date, 'edit-date', planned ? undefined : todayIso())];
  if (d.walk) {
    errors.push(optionalDayError(s.pre, 'edit-pre'), optionalDayError(s.follow, 'edit-follow'));
    if (s.pre && s.pre > s.date) errors.push({ fieldId: 'edit-pre', message: (t) => t.planWalk.preAfterWalk });
    if (s.follow && s.follow < s.date)
      errors.push({ fieldId: 'edit-follow', message: (t) => t.planWalk.followBeforeWalk });
  }
  if (!s.place.trim() && !s.areaName.trim() && !(d.walk && s.route.trim())) {
    errors.push({
      fieldId: 'edit-place',
      message: (t) => (d.walk ? t.dialogueEdit.whereRequired : t.dialogueForm.placeRequired),
    });
  }
  return errors.filter((e): e is FormError => e !== null);
}

function body(
  d: Dialogue,
  s: Facts,
  participants: ParticipantRow[],
  findings: FindingRow[] | null,
): DialogueUpdateInput {
  return {
    // Left out when untouched, so a title made from form, place and date follows them.
    ...(s.title.trim() !== d.title ? { title: s.title.trim() || null } : {}),
    ...(s.areaName.trim() !== (d.area?.name ?? '') ? { areaName: s.areaName.trim() || null } : {}),
    date: s.date,
    place: s.place.trim() || null,
    participants: toParticipants(participants),
    note: s.note.trim() || null,
    ...(d.walk
      ? { walk: { preMeetingDate: s.pre || null, followUpDate: s.follow || null, route: s.route.trim() || null } }
      : {}),
    ...(findings ? { findings: toFindings(findings) } : {}),
  };
}

export function EditDialogueForm({ d, onDone, onCancel }: { d: Dialogue; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const e = t.dialogueEdit;
  const update = useUpdateDialogue(d.id);
  // A walk at its förmöte has no findings yet; they come with the walk (step 2).
  const hasFindings = d.walk?.stage !== 'formote';
  const [form, setForm, draft] = useDraftState<DialogueDraft<Facts>>({
    form: 'dialogue',
    record: d.id,
    initial: () => {
      const rows = Object.entries(d.participants).map(([g, n]) => participantRow(g, String(n)));
      return {
        s: factsOf(d),
        participants: rows.length ? rows : [participantRow()],
        findings: d.findings.map(findingRowOf),
      };
    },
    accept: isDialogueDraft<Facts>(['date', 'place', 'areaName', 'title', 'note', 'pre', 'follow', 'route']),
    revive: reviveDialogueDraft,
  });
  const leaving = useUnsavedChanges(draft.dirty);
  // Avbryt means the changes are not wanted: no draft is kept of them.
  const cancel = () => {
    draft.discard();
    onCancel();
  };
  const { s, participants, findings } = form;
  const setS = (next: Facts) => setForm({ ...form, s: next });
  const setParticipants = (next: ParticipantRow[]) => setForm({ ...form, participants: next });
  const setFindings = (next: FindingRow[]) => setForm({ ...form, findings: next });
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...validate(d, s),
      ...validateParticipants(participants),
      ...(hasFindings ? validateFindings(findings) : []),
    ];
    setErrors(found);
    if (found.length) return;
    settle(
      update,
      body(d, s, participants, hasFindings ? findings : null),
      () => {
        draft.saved();
        leaving.release();
        onDone();
      },
      (error) => setErrors(apiFormErrors(error, API_FIELDS)),
    );
  };
  const field = (key: keyof Facts) => ({
    value: s[key],
    onChange: (ev: { target: { value: string } }) => setS({ ...s, [key]: ev.target.value }),
  });
  const f = t.dialogueForm;
  return (
    <form onSubmit={submit} noValidate className="form wide-form" aria-labelledby="edit-heading">
      {leaving.dialog}
      <DraftNotice draft={draft} />
      <ErrorSummary errors={errors} />
      <DialogueFields
        prefix="edit"
        values={s}
        onChange={(key, value) => setS({ ...s, [key]: value })}
        errors={errors}
        words={{
          dateLabel: d.walk ? t.planWalk.date : undefined,
          dateHint: d.walk?.stage === 'formote' ? e.dateHintPlanned : undefined,
          placeHint: d.walk ? t.planWalk.whereHint : undefined,
          titleLabel: e.title,
          titleHint: e.titleHint,
        }}
      />
      {d.walk && (
        <>
          <TextField
            id="edit-pre"
            type="date"
            label={e.preMeetingDate}
            {...field('pre')}
            error={fieldError(errors, 'edit-pre')}
          />
          <TextField
            id="edit-follow"
            type="date"
            label={t.planWalk.followUpDate}
            hint={t.planWalk.followUpHint}
            {...field('follow')}
            error={fieldError(errors, 'edit-follow')}
          />
          <TextAreaField id="edit-route" label={e.route} rows={2} {...field('route')} />
        </>
      )}
      <ParticipantsEditor
        legend={t.participants.legend}
        rows={participants}
        onChange={setParticipants}
        errors={errors}
      />
      {hasFindings && <FindingsEditor rows={findings} onChange={setFindings} errors={errors} />}
      <TextAreaField
        id="edit-note"
        label={f.note}
        rows={3}
        {...field('note')}
        error={fieldError(errors, 'edit-note')}
      />
      <div className="button-row">
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
          {e.submit}
        </button>
        <button type="button" className="ds-button" data-variant="secondary" onClick={cancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
