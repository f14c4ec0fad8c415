/**
 * Aktiviteter › Ladda upp: a CSV file of activities. All or nothing: one bad
 * row stores none, and the report lists every bad row ("Rad / Fel").
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { templateHref, useImportActivitiesCsv, useMyCommitments, type RowProblem } from '../api/activities.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { FormatHelp, Templates } from './UploadHelp.tsx';

const FILE_ID = 'csv-file';

/** The bad rows of a 400 answer, if it has them. */
function rowProblems(error: unknown): RowProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const rows = (error.details as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as RowProblem[]) : null;
}

function ProblemReport({ rows }: { rows: readonly RowProblem[] }) {
  const { t, pick } = useI18n();
  const u = t.upload;
  return (
    <div className="ds-alert upload-report" data-color="danger" role="alert">
      <h2 className="ds-heading" data-size="xs">
        {u.failedHeading}
      </h2>
      <p>{u.failedIntro}</p>
      <TableScroll label={u.problemsCaption}>
        <table className="ds-table" data-border>
          <caption>{u.problemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{u.line}</th>
              <th scope="col">{u.error}</th>
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

export function UploadPage() {
  const { t, lang } = useI18n();
  const u = t.upload;
  const upload = useImportActivitiesCsv();
  const mine = useMyCommitments();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setImported(null);
    if (!file) return setErrors([{ fieldId: FILE_ID, message: (t) => t.upload.chooseFile }]);
    setErrors([]);
    const text = await file.text();
    upload.mutate(text, {
      onSuccess: (result) => setImported(result.imported),
      onError: (error) => {
        const rows = rowProblems(error);
        if (rows) setProblems(rows);
        else setErrors(apiFormErrors(error));
      },
    });
  };
  const fileError = fieldError(errors, FILE_ID);
  const sets = [
    ...new Map(
      (mine.data ?? []).map((c) => [c.promiseSetId, c.promiseSetTitle ?? c.municipalities.join(', ')]),
    ).entries(),
  ];
  return (
    <>
      <p>
        <Link className="ds-link" to="/aktiviteter">
          {t.activityForm.back}
        </Link>
      </p>
      <PageHeading>{u.title}</PageHeading>
      <p>{u.intro}</p>
      <Notice>{imported !== null ? u.imported(imported) : null}</Notice>
      {problems && <ProblemReport rows={problems} />}
      <ErrorSummary errors={errors} />
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <div className="ds-field field">
          <label className="ds-label" htmlFor={FILE_ID}>
            {u.file}
          </label>
          {fileError && (
            <p className="ds-validation-message" id={`${FILE_ID}-error`}>
              {fileError(t, lang)}
            </p>
          )}
          <input
            id={FILE_ID}
            type="file"
            className="file-input"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${FILE_ID}-error` : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={upload.isPending || undefined}>
          {u.submit}
        </button>
      </form>
      <FormatHelp />
      <Templates sets={sets.map(([id, title]) => ({ id, title, href: templateHref(id) }))} />
    </>
  );
}
