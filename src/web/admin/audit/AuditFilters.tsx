/** The audit log's filter form; the filter applies when the form is sent. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { TextField } from '../../ui/fields.tsx';

export interface AuditFilter {
  from: string;
  to: string;
  action: string;
}

export const EMPTY_FILTER: AuditFilter = { from: '', to: '', action: '' };

export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (f: AuditFilter) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ from: draft.from, to: draft.to, action: draft.action.trim() });
  };
  const reset = () => {
    setDraft(EMPTY_FILTER);
    onChange(EMPTY_FILTER);
  };
  return (
    <form onSubmit={submit} className="filters" role="search" aria-label={t.audit.filter}>
      <TextField
        id="audit-from"
        type="date"
        label={t.audit.from}
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <TextField
        id="audit-to"
        type="date"
        label={t.audit.to}
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <TextField
        id="audit-action"
        label={t.audit.action}
        hint={t.audit.actionHint}
        value={draft.action}
        onChange={(e) => setDraft({ ...draft, action: e.target.value })}
      />
      <div className="button-row filter-buttons">
        <button type="submit" className="ds-button" data-variant="primary">
          {t.audit.filter}
        </button>
        <button type="button" className="ds-button" data-variant="tertiary" onClick={reset}>
          {t.audit.reset}
        </button>
      </div>
    </form>
  );
}
