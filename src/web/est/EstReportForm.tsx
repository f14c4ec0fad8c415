/** A weekly EST report for one area: each checklist item answered Inget / Förekommer / Påtagligt, with an optional comment. */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { useEstChecklist, useFileEstReport } from '../api/est.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';
import { isoWeekOf, normaliseWeek } from './week.ts';

interface Answer { level: number; note: string }

function ItemAnswer({ item, answer, onChange }: { item: { key: string; label: string; labelEn: string }; answer: Answer; onChange: (a: Answer) => void }) {
  const { t, lang } = useI18n();
  const checklist = useEstChecklist();
  const name = lang === 'en' ? item.labelEn : item.label;
  return (
    <fieldset className="ds-fieldset est-item">
      <legend className="ds-label">{name}</legend>
      <div className="inline-radios">
        {(checklist.data?.levels ?? []).map((l) => (
          <div className="ds-field" key={l.level}>
            <input id={`est-${item.key}-${l.level}`} type="radio" className="ds-input" name={`est-${item.key}`} checked={answer.level === l.level}
              onChange={() => onChange({ ...answer, level: l.level })} />
            <label className="ds-label" htmlFor={`est-${item.key}-${l.level}`}>{lang === 'en' ? l.labelEn : l.label}</label>
          </div>
        ))}
      </div>
      {answer.level > 0 && (
        <TextField id={`est-${item.key}-note`} label={t.est.itemNote(name)} value={answer.note} onChange={(e) => onChange({ ...answer, note: e.target.value })} />
      )}
    </fieldset>
  );
}

export function EstReportForm({ kommun }: { kommun: string }) {
  const { t, lang } = useI18n();
  const e = t.est;
  const checklist = useEstChecklist();
  const file = useFileEstReport();
  const [week, setWeek] = useState(() => isoWeekOf(todayIso()));
  const [area, setArea] = useState('');
  const [note, setNote] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<Localized | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const normal = normaliseWeek(week);
    const found: FormError[] = [];
    if (!normal) found.push({ fieldId: 'est-week', message: (tt) => tt.est.weekInvalid });
    if (!area.trim()) found.push({ fieldId: 'est-area', message: (tt) => tt.required(tt.est.area) });
    setErrors(found);
    if (found.length) return;
    const body = Object.fromEntries(Object.entries(answers).filter(([, a]) => a.level > 0).map(([k, a]) => [k, { level: a.level, note: a.note.trim() || null }]));
    settle(file, { kommun, week: normal!, areaName: area.trim(), answers: body, note: note.trim() || null }, () => {
      setAnswers({}); setNote('');
      setNotice(() => (tt: typeof t) => tt.est.filed(normal!, area.trim()));
    }, (error) => setErrors(apiFormErrors(error, { week: 'est-week', area: 'est-area' })));
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      <ErrorSummary errors={errors} />
      <div className="field-row">
        <TextField id="est-week" label={e.week} hint={e.weekHint} value={week} onChange={(ev) => setWeek(ev.target.value)} error={fieldError(errors, 'est-week')} />
        <TextField id="est-area" label={e.area} hint={e.areaHint} value={area} onChange={(ev) => setArea(ev.target.value)} error={fieldError(errors, 'est-area')} />
      </div>
      {(checklist.data?.items ?? []).map((item) => (
        <ItemAnswer key={item.key} item={item} answer={answers[item.key] ?? { level: 0, note: '' }}
          onChange={(a) => setAnswers({ ...answers, [item.key]: a })} />
      ))}
      <TextAreaField id="est-note" label={e.note} rows={3} value={note} onChange={(ev) => setNote(ev.target.value)} />
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={file.isPending || undefined}>{e.submit}</button>
    </form>
  );
}
