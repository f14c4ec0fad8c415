/** "Ni sa → vi lovade": link a prioritised problem to focus areas and commitments of the kommun's promise sets. */
import { useState, type FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { api } from '../api/client.ts';
import { promiseKeys, usePromiseSets, type StoredPromiseSet } from '../api/promises.ts';
import { useUpdateProblem, type Problem } from '../api/situation.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';

function useKommunSets(kommun: string) {
  const list = usePromiseSets({ kommun });
  const docs = useQueries({
    queries: (list.data ?? []).map((s) => ({
      queryKey: promiseKeys.one(s.id),
      queryFn: () => api<StoredPromiseSet>('GET', `/api/v1/promise-sets/${encodeURIComponent(s.id)}`),
    })),
  });
  return docs.map((d) => d.data).filter((d): d is StoredPromiseSet => Boolean(d));
}

function Check({
  id,
  label,
  checked,
  onChange,
  nested,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  nested?: boolean;
}) {
  return (
    <div className={`ds-field${nested ? ' nested-check' : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="ds-input"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export function PromiseLinks({
  p,
  kommun,
  year,
  onNotice,
}: {
  p: Problem;
  kommun: string;
  year: number;
  onNotice: (n: Localized) => void;
}) {
  const { t } = useI18n();
  const s = t.situation;
  const sets = useKommunSets(kommun);
  const update = useUpdateProblem(kommun, year);
  const [areas, setAreas] = useState(() => new Set(p.focusAreaIds));
  const [commitments, setCommitments] = useState(() => new Set(p.commitmentIds));
  const [errors, setErrors] = useState<FormError[]>([]);
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const n = new Set(set);
    if (on) n.add(id);
    else n.delete(id);
    return n;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle(
      update,
      { category: p.category, edit: { focusAreaIds: [...areas], commitmentIds: [...commitments] } },
      () => onNotice((tt) => tt.situation.linksSaved),
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <details className="promise-links">
      <summary>{s.linksSummary(p.focusAreaIds.length + p.commitmentIds.length)}</summary>
      {!sets.length ? (
        <p>{s.noSets}</p>
      ) : (
        <form onSubmit={submit} noValidate className="form wide-form">
          <ErrorSummary errors={errors} />
          {sets.map((set) => (
            <fieldset key={set.id} className="ds-fieldset">
              <legend className="ds-label">
                <Link className="ds-link" to={`/loften/${set.id}`}>
                  {set.title ?? t.promiseList.untitled}
                </Link>
              </legend>
              {set.focusAreas.map((a) => (
                <div key={a.id}>
                  <Check
                    id={`link-${p.category}-${a.id}`}
                    label={s.focusArea(a.title)}
                    checked={areas.has(a.id!)}
                    onChange={(on) => setAreas(toggle(areas, a.id!, on))}
                  />
                  {a.commitments.map((c) => (
                    <Check
                      key={c.id}
                      nested
                      id={`link-${p.category}-${c.id}`}
                      label={c.text}
                      checked={commitments.has(c.id!)}
                      onChange={(on) => setCommitments(toggle(commitments, c.id!, on))}
                    />
                  ))}
                </div>
              ))}
            </fieldset>
          ))}
          <button
            type="submit"
            className="ds-button"
            data-variant="secondary"
            aria-busy={update.isPending || undefined}
          >
            {s.saveLinks}
          </button>
        </form>
      )}
    </details>
  );
}
