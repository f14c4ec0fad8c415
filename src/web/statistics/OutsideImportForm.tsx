/**
 * Läs in en mätning från Polisen, Brå (NTU) or SCB for the chosen kommun:
 * the source, the year and the CSV copied from the report's table. One bad
 * row and nothing is saved; the report lists every bad row.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { importProblems, type RowProblem } from '../api/statistics.ts';
import {
  LAYOUTS,
  OUTSIDE_SOURCES,
  useImportOutsideSurvey,
  type OutsideImportResult,
  type OutsideSource,
} from '../api/outside-surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';
import { Report } from './ImportForm.tsx';

function doneText(r: OutsideImportResult): Localized {
  return (t) => t.outside.imported({ ...r, skipped: r.skipped.length });
}

export function OutsideImportForm({ kommun }: { kommun: string }) {
  const { t, lang } = useI18n();
  const o = t.outside;
  const run = useImportOutsideSurvey(kommun);
  const [source, setSource] = useState<OutsideSource>('polisen_trygghetsmatning');
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(String(Number(todayIso().slice(0, 4)) - 1));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [notice, setNotice] = useState<Localized | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setNotice(null);
    const found: FormError[] = [];
    if (!/^\d{4}$/.test(year.trim())) found.push({ fieldId: 'outside-year', message: (tt) => tt.outside.yearInvalid });
    if (!file) found.push({ fieldId: 'outside-file', message: (tt) => tt.outside.chooseFile });
    const content = file ? await file.text() : '';
    // A spreadsheet saved as .xlsx, not CSV: said here, as the API refuses its NUL bytes as text that cannot be stored.
    if (content.includes('\u0000')) found.push({ fieldId: 'outside-file', message: (tt) => tt.outside.notCsv });
    setErrors(found);
    if (found.length || !file) return;
    const input = { source, year: Number(year), fileName: file.name.slice(0, 255), content };
    settle(
      run,
      input,
      (r) => setNotice(() => doneText(r)),
      (error) => {
        const rows = importProblems(error);
        if (rows) setProblems(rows);
        else setErrors(apiFormErrors(error));
      },
    );
  };
  const fileError = fieldError(errors, 'outside-file');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={errors} />
      <fieldset className="ds-fieldset" aria-describedby="outside-layout">
        <legend className="ds-label">{o.source}</legend>
        {OUTSIDE_SOURCES.map((x) => (
          <div className="ds-field" key={x}>
            <input
              id={`outside-source-${x}`}
              type="radio"
              className="ds-input"
              name="outside-source"
              checked={source === x}
              onChange={() => setSource(x)}
            />
            <label className="ds-label" htmlFor={`outside-source-${x}`}>
              {o.sources[x]}
            </label>
          </div>
        ))}
        <p id="outside-layout" className="muted small">
          {o.layoutHint(LAYOUTS[source].header)}
        </p>
      </fieldset>
      <TextField
        id="outside-year"
        label={o.year}
        inputMode="numeric"
        value={year}
        onChange={(e) => setYear(e.target.value)}
        error={fieldError(errors, 'outside-year')}
      />
      <div className="ds-field field">
        <label className="ds-label" htmlFor="outside-file">
          {o.file}
        </label>
        {fileError && (
          <p className="ds-validation-message" id="outside-file-error">
            {fileError(t, lang)}
          </p>
        )}
        <input
          id="outside-file"
          type="file"
          className="file-input"
          accept=".csv,.txt,text/csv,text/plain"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'outside-file-error' : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {problems && <Report rows={problems} />}
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={run.isPending || undefined}>
        {o.submit}
      </button>
    </form>
  );
}
