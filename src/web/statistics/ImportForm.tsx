/**
 * Läs in statistik: BRÅ's yearly file per kommun (with its year and crime
 * category) or a table from BRÅ's statistics database (CSV), Polisen's event
 * feed (JSON) or SCB's population (PxWeb JSON, JSON-stat 2 or CSV). One bad
 * row and nothing is saved; the report lists every bad row. A saved import
 * says how many rows were new, changed and unchanged.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import {
  importProblems,
  useImportStatistics,
  type ImportResult,
  type RowProblem,
  type StatSource,
} from '../api/statistics.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TextField } from '../ui/fields.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';

const SOURCES: readonly StatSource[] = ['bra', 'polisen', 'scb'];

/** The bad rows of a refused import: nothing was saved. */
export function Report({ rows }: { rows: readonly RowProblem[] }) {
  const { t, pick } = useI18n();
  const s = t.statistics;
  return (
    <div className="ds-alert" data-color="danger" role="alert">
      <h3 className="ds-heading" data-size="xs">
        {s.nothingSaved}
      </h3>
      <TableScroll label={s.problemsCaption}>
        <table className="ds-table" data-border>
          <caption>{s.problemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.line}</th>
              <th scope="col">{s.error}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.line}-${i}`}>
                <td>{r.line}</td>
                <td>{pick(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

function doneText(r: ImportResult): Localized {
  return (t) => t.statistics.imported({ ...r, skipped: r.skipped.length });
}

const ACCEPT: Record<StatSource, string> = {
  bra: '.csv,.txt,text/csv,text/plain',
  polisen: '.json,application/json',
  scb: '.json,.csv,application/json,text/csv',
};

export function ImportForm() {
  const { t, lang } = useI18n();
  const s = t.statistics;
  const run = useImportStatistics();
  const [source, setSource] = useState<StatSource>('bra');
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(String(Number(todayIso().slice(0, 4)) - 1));
  const [category, setCategory] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [notice, setNotice] = useState<Localized | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setNotice(null);
    const found: FormError[] = [];
    if (!file) found.push({ fieldId: 'stat-file', message: (tt) => tt.statistics.chooseFile });
    else if (/\.xlsx?$/i.test(file.name))
      found.push({ fieldId: 'stat-file', message: (tt) => tt.statistics.excelFile });
    // The year is only for BRÅ's yearly file per kommun; a table from the statistics database holds its years.
    if (source === 'bra' && year.trim() !== '' && !/^\d{4}$/.test(year.trim()))
      found.push({ fieldId: 'stat-year', message: (tt) => tt.statistics.yearInvalid });
    setErrors(found);
    if (found.length || !file) return;
    const content = await file.text();
    const input =
      source === 'bra'
        ? { source, content, year: year.trim() ? Number(year) : undefined, category: category.trim() || undefined }
        : { source, content };
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
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={errors} />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{s.source}</legend>
        {SOURCES.map((x) => (
          <div className="ds-field" key={x}>
            <input
              id={`stat-source-${x}`}
              type="radio"
              className="ds-input"
              name="stat-source"
              checked={source === x}
              onChange={() => setSource(x)}
            />
            <label className="ds-label" htmlFor={`stat-source-${x}`}>
              {s.sources[x]}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="stat-layouts">
        <p>{s.layoutsIntro}</p>
        <ul>
          {s.layouts[source].map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
      {source === 'bra' && (
        <div className="field-row">
          <TextField
            id="stat-year"
            label={s.year}
            hint={s.yearHint}
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            error={fieldError(errors, 'stat-year')}
          />
          <TextField
            id="stat-category"
            label={s.category}
            hint={s.categoryHint}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
          />
        </div>
      )}
      <div className="ds-field field">
        <label className="ds-label" htmlFor="stat-file">
          {s.file}
        </label>
        {fieldError(errors, 'stat-file') && (
          <p className="ds-validation-message" id="stat-file-error">
            {fieldError(errors, 'stat-file')!(t, lang)}
          </p>
        )}
        <input
          id="stat-file"
          type="file"
          className="file-input"
          accept={ACCEPT[source]}
          aria-invalid={fieldError(errors, 'stat-file') ? true : undefined}
          aria-describedby={fieldError(errors, 'stat-file') ? 'stat-file-error' : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {problems && <Report rows={problems} />}
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={run.isPending || undefined}>
        {s.submit}
      </button>
    </form>
  );
}
