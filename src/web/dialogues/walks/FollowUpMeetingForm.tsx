/** Steg 3: the follow-up meeting – each finding gets an owner, a planned action and a date (findings left empty get none). */
import { useState, type FormEvent } from 'react';
import { settle } from '../../api/settle.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useFollowUpMeeting, type Dialogue, type Finding } from '../../api/dialogues.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { isValidDay, todayIso } from '../../ui/dates.ts';
import { dayError } from '../dialogue-model.ts';

interface Row {
  owner: string;
  action: string;
  dueDate: string;
}
const blank: Row = { owner: '', action: '', dueDate: '' };
const used = (r: Row) => Boolean(r.owner.trim() || r.action.trim() || r.dueDate);

function validateRows(findings: readonly Finding[], rows: Record<string, Row>, meeting: string): FormError[] {
  const errors: FormError[] = [];
  findings.forEach((f, i) => {
    const r = rows[f.id] ?? blank;
    const n = i + 1;
    if (!used(r)) return;
    if (!r.owner.trim())
      errors.push({ fieldId: `fu-${f.id}-owner`, message: (t) => t.followUpMeeting.ownerRequired(n) });
    if (!r.action.trim())
      errors.push({ fieldId: `fu-${f.id}-action`, message: (t) => t.followUpMeeting.actionRequired(n) });
    if (!isValidDay(r.dueDate))
      errors.push({ fieldId: `fu-${f.id}-due`, message: (t) => t.followUpMeeting.dueRequired(n) });
    else if (r.dueDate < meeting)
      errors.push({ fieldId: `fu-${f.id}-due`, message: (t) => t.followUpMeeting.dueBeforeMeeting(n) });
  });
  return errors;
}

function FindingAction({
  f,
  n,
  row,
  errors,
  onChange,
}: {
  f: Finding;
  n: number;
  row: Row;
  errors: readonly FormError[];
  onChange: (r: Row) => void;
}) {
  const { t } = useI18n();
  const m = t.followUpMeeting;
  const id = (x: string) => `fu-${f.id}-${x}`;
  return (
    <fieldset className="ds-fieldset finding-fields">
      <legend className="ds-label">{m.findingLegend(n, f.text)}</legend>
      <div className="field-row">
        <TextField
          id={id('owner')}
          label={m.owner}
          value={row.owner}
          onChange={(e) => onChange({ ...row, owner: e.target.value })}
          error={fieldError(errors, id('owner'))}
        />
        <TextField
          id={id('action')}
          label={m.action}
          value={row.action}
          onChange={(e) => onChange({ ...row, action: e.target.value })}
          error={fieldError(errors, id('action'))}
        />
        <TextField
          id={id('due')}
          type="date"
          label={m.dueDate}
          value={row.dueDate}
          onChange={(e) => onChange({ ...row, dueDate: e.target.value })}
          error={fieldError(errors, id('due'))}
        />
      </div>
    </fieldset>
  );
}

export function FollowUpMeetingForm({ walk, onDone }: { walk: Dialogue; onDone: () => void }) {
  const { t } = useI18n();
  const m = t.followUpMeeting;
  const meeting = useFollowUpMeeting(walk.id);
  const today = todayIso();
  const planned = walk.walk?.followUpDate;
  const [date, setDate] = useState(planned && planned <= today && planned >= walk.date ? planned : today);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dateError = dayError(date, 'fu-date', today);
    const found = [...(dateError ? [dateError] : []), ...validateRows(walk.findings, rows, date)];
    setErrors(found);
    if (found.length) return;
    const actions = walk.findings
      .filter((f) => used(rows[f.id] ?? blank))
      .map((f) => ({
        findingId: f.id,
        owner: rows[f.id]!.owner.trim(),
        action: rows[f.id]!.action.trim(),
        dueDate: rows[f.id]!.dueDate,
      }));
    settle(meeting, { date, actions }, onDone, (error) => setErrors(apiFormErrors(error, { date: 'fu-date' })));
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      <ErrorSummary errors={errors} />
      <TextField
        id="fu-date"
        type="date"
        label={m.date}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError(errors, 'fu-date')}
      />
      {walk.findings.length ? (
        walk.findings.map((f, i) => (
          <FindingAction
            key={f.id}
            f={f}
            n={i + 1}
            row={rows[f.id] ?? blank}
            errors={errors}
            onChange={(r) => setRows({ ...rows, [f.id]: r })}
          />
        ))
      ) : (
        <p>{m.noFindings}</p>
      )}
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={meeting.isPending || undefined}>
        {m.submit}
      </button>
    </form>
  );
}
