/**
 * The public link and its QR code, and single-use codes for a mailing:
 * generated here, shown only now, and downloaded as a CSV file for the
 * letters' mail merge.
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { api } from '../api/client.ts';
import { surveyLinks, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';

interface Batch {
  batch: number;
  codes: string[];
  url: string;
}

function csvOf(b: Batch): string {
  const rows = [['nummer', 'kod', 'adress'], ...b.codes.map((c, i) => [String(i + 1), c, b.url])];
  return '\uFEFF' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}

function Codes({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const s = t.surveys;
  const [count, setCount] = useState('100');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [made, setMade] = useState<{ href: string; batch: Batch } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count);
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > 10000)
      return setErrors([{ fieldId: 'codes-count', message: (tt) => tt.surveys.countInvalid }]);
    setErrors([]);
    setBusy(true);
    api<Batch>('POST', `${surveyLinks(survey.id).codes}?format=json`, { count: n })
      .then((batch) =>
        setMade({ batch, href: URL.createObjectURL(new Blob([csvOf(batch)], { type: 'text/csv;charset=utf-8' })) }),
      )
      .catch((error: unknown) => setErrors(apiFormErrors(error)))
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <TextField
        id="codes-count"
        label={s.codeCount}
        hint={s.codeHint}
        inputMode="numeric"
        value={count}
        onChange={(e) => setCount(e.target.value)}
        error={fieldError(errors, 'codes-count')}
      />
      <button type="submit" className="ds-button" data-variant="secondary" aria-busy={busy || undefined}>
        {s.makeCodes}
      </button>
      <div role="status">
        {made && (
          <p>
            {s.codesMade(made.batch.codes.length, made.batch.batch)}{' '}
            <a className="ds-link" href={made.href} download={`enkatkoder-omgang-${made.batch.batch}.csv`}>
              {s.downloadCodes}
            </a>
          </p>
        )}
      </div>
    </form>
  );
}

export function SurveyLinkAndCodes({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const s = t.surveys;
  return (
    <section aria-labelledby="link-heading">
      <h2 id="link-heading" className="ds-heading" data-size="sm">
        {s.linkHeading}
      </h2>
      <p>{survey.status === 'open' ? s.linkOpen : s.linkNotOpen}</p>
      <p>
        <a className="ds-link break" href={survey.publicUrl}>
          {survey.publicUrl}
        </a>
      </p>
      <img
        className="qr-code"
        src={surveyLinks(survey.id).qr}
        alt={s.qrAlt(survey.publicUrl)}
        width={160}
        height={160}
      />
      <p className="small muted">{s.codesUsed(survey.codes.issued, survey.codes.used)}</p>
      {survey.access === 'codes' && <Codes survey={survey} />}
    </section>
  );
}
