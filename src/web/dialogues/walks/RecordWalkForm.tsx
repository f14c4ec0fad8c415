/** Steg 2: the walk has been done – its day, who walked (by group) and the findings. */
import { useState, type FormEvent } from 'react';
import { settle } from '../../api/settle.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRecordWalk, type Dialogue } from '../../api/dialogues.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { todayIso } from '../../ui/dates.ts';
import { ParticipantsEditor } from '../ParticipantsEditor.tsx';
import { FindingsEditor } from '../FindingsEditor.tsx';
import {
  dayError,
  findingRow,
  optionalDayError,
  participantRow,
  toFindings,
  toParticipants,
  validateFindings,
  validateParticipants,
  type FindingRow,
  type ParticipantRow,
} from '../dialogue-model.ts';

const API_FIELDS = { date: 'rec-date', followUpDate: 'rec-follow' };

export function RecordWalkForm({ walk, onDone }: { walk: Dialogue; onDone: () => void }) {
  const { t } = useI18n();
  const r = t.recordWalk;
  const record = useRecordWalk(walk.id);
  const today = todayIso();
  const [date, setDate] = useState(walk.date <= today ? walk.date : today);
  const [followUpDate, setFollowUpDate] = useState(walk.walk?.followUpDate ?? '');
  const [note, setNote] = useState(walk.note ?? '');
  const [participants, setParticipants] = useState<ParticipantRow[]>(() => {
    const planned = Object.entries(walk.participants).map(([g, n]) => participantRow(g, String(n)));
    return planned.length ? planned : [participantRow(t.participants.defaultGroup)];
  });
  const [findings, setFindings] = useState<FindingRow[]>(() => [findingRow()]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = [dayError(date, 'rec-date', today), optionalDayError(followUpDate, 'rec-follow')].filter(
      (e): e is FormError => e !== null,
    );
    if (followUpDate && followUpDate < date)
      found.push({ fieldId: 'rec-follow', message: (tt) => tt.planWalk.followBeforeWalk });
    found.push(...validateParticipants(participants), ...validateFindings(findings));
    setErrors(found);
    if (found.length) return;
    settle(
      record,
      {
        date,
        participants: toParticipants(participants),
        findings: toFindings(findings),
        followUpDate: followUpDate || null,
        note: note.trim() || null,
      },
      onDone,
      (error) => setErrors(apiFormErrors(error, API_FIELDS)),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form" aria-labelledby="step-heading">
      <ErrorSummary errors={errors} />
      <TextField
        id="rec-date"
        type="date"
        label={r.date}
        hint={r.dateHint}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError(errors, 'rec-date')}
      />
      <ParticipantsEditor legend={r.participants} rows={participants} onChange={setParticipants} errors={errors} />
      <FindingsEditor rows={findings} onChange={setFindings} errors={errors} />
      <TextField
        id="rec-follow"
        type="date"
        label={t.planWalk.followUpDate}
        hint={t.planWalk.followUpHint}
        value={followUpDate}
        onChange={(e) => setFollowUpDate(e.target.value)}
        error={fieldError(errors, 'rec-follow')}
      />
      <TextAreaField
        id="rec-note"
        label={t.dialogueForm.note}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={record.isPending || undefined}>
        {r.submit}
      </button>
    </form>
  );
}
