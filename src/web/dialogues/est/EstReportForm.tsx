/**
 * A weekly EST report for one area: each checklist item answered Inget / Förekommer / Påtagligt, with an optional comment.
 * Given a filed report, the same form corrects it (week, area, answers, note).
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import { settle } from '../../api/settle.ts';
import { useEstChecklist, useFileEstReport, useUpdateEstReport, type EstReport } from '../../api/est.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { TextAreaField, TextField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { todayIso } from '../../ui/dates.ts';
import { isoWeekOf, normaliseWeek } from './week.ts';

interface Answer {
  level: number;
  note: string;
}

function ItemAnswer({
  prefix,
  item,
  answer,
  onChange,
}: {
  prefix: string;
  item: { key: string; label: string; labelEn: string };
  answer: Answer;
  onChange: (a: Answer) => void;
}) {
  const { t, lang } = useI18n();
  const checklist = useEstChecklist();
  const name = lang === 'en' ? item.labelEn : item.label;
  const id = `${prefix}-${item.key}`;
  return (
    <fieldset className="ds-fieldset est-item">
      <legend className="ds-label">{name}</legend>
      <div className="inline-radios">
        {(checklist.data?.levels ?? []).map((l) => (
          <div className="ds-field" key={l.level}>
            <input
              id={`${id}-${l.level}`}
              type="radio"
              className="ds-input"
              name={id}
              checked={answer.level === l.level}
              onChange={() => onChange({ ...answer, level: l.level })}
            />
            <label className="ds-label" htmlFor={`${id}-${l.level}`}>
              {lang === 'en' ? l.labelEn : l.label}
            </label>
          </div>
        ))}
      </div>
      {answer.level > 0 && (
        <TextField
          id={`${id}-note`}
          label={t.est.itemNote(name)}
          value={answer.note}
          onChange={(e) => onChange({ ...answer, note: e.target.value })}
        />
      )}
    </fieldset>
  );
}

const answersOf = (r: EstReport): Record<string, Answer> =>
  Object.fromEntries(r.answers.filter((a) => a.level > 0).map((a) => [a.key, { level: a.level, note: a.note ?? '' }]));

const toBody = (answers: Record<string, Answer>) =>
  Object.fromEntries(
    Object.entries(answers)
      .filter(([, a]) => a.level > 0)
      .map(([k, a]) => [k, { level: a.level, note: a.note.trim() || null }]),
  );

interface Props {
  kommun: string;
  /** The report to correct; without it the form files a new one. */
  report?: EstReport;
  /** Called with the saved report's week and area after a correction. */
  onSaved?: (week: string, area: string) => void;
  onCancel?: () => void;
}

export function EstReportForm({ kommun, report, onSaved, onCancel }: Props) {
  const { t, lang } = useI18n();
  const e = t.est;
  const prefix = report ? 'est-edit' : 'est';
  const checklist = useEstChecklist();
  const file = useFileEstReport();
  const update = useUpdateEstReport();
  const [week, setWeek] = useState(() => report?.week ?? isoWeekOf(todayIso()));
  const [area, setArea] = useState(report?.area.name ?? '');
  const [note, setNote] = useState(report?.note ?? '');
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => (report ? answersOf(report) : {}));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<Localized | null>(null);
  const fields = { week: `${prefix}-week`, area: `${prefix}-area` };
  const failed = (error: unknown) => setErrors(apiFormErrors(error, fields));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const normal = normaliseWeek(week);
    const found: FormError[] = [];
    if (!normal) found.push({ fieldId: fields.week, message: (tt) => tt.est.weekInvalid });
    if (!area.trim()) found.push({ fieldId: fields.area, message: (tt) => tt.required(tt.est.area) });
    setErrors(found);
    if (found.length) return;
    if (report) {
      const moved = area.trim() !== report.area.name ? { areaName: area.trim() } : {};
      settle(
        update,
        { id: report.id, body: { week: normal!, ...moved, answers: toBody(answers), note: note.trim() || null } },
        () => onSaved?.(normal!, area.trim()),
        failed,
      );
      return;
    }
    settle(
      file,
      { kommun, week: normal!, areaName: area.trim(), answers: toBody(answers), note: note.trim() || null },
      () => {
        setAnswers({});
        setNote('');
        setNotice(() => (tt: typeof t) => tt.est.filed(normal!, area.trim()));
      },
      failed,
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      <ErrorSummary errors={errors} />
      <div className="field-row">
        <TextField
          id={fields.week}
          label={e.week}
          hint={e.weekHint}
          value={week}
          onChange={(ev) => setWeek(ev.target.value)}
          error={fieldError(errors, fields.week)}
        />
        <TextField
          id={fields.area}
          label={e.area}
          hint={e.areaHint}
          value={area}
          onChange={(ev) => setArea(ev.target.value)}
          error={fieldError(errors, fields.area)}
        />
      </div>
      {(checklist.data?.items ?? []).map((item) => (
        <ItemAnswer
          key={item.key}
          prefix={prefix}
          item={item}
          answer={answers[item.key] ?? { level: 0, note: '' }}
          onChange={(a) => setAnswers({ ...answers, [item.key]: a })}
        />
      ))}
      <TextAreaField
        id={`${prefix}-note`}
        label={e.note}
        rows={3}
        value={note}
        onChange={(ev) => setNote(ev.target.value)}
      />
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <div className="button-row">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={(report ? update : file).isPending || undefined}
        >
          {report ? t.estEdit.submit : e.submit}
        </button>
        {onCancel && (
          <button type="button" className="ds-button" data-variant="secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
