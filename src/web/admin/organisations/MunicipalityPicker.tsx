/**
 * A searchable multi-select of kommuner: the chosen ones as removable chips,
 * then a search field that narrows a list of checkboxes. Plain form controls,
 * so keyboards and screen readers work without any special handling.
 */
import { useDeferredValue, useState } from 'react';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import type { Organisation } from '../../api/types.ts';

interface PickerProps {
  id: string;
  municipalities: readonly Organisation[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: Localized | null;
}

export function MunicipalityPicker({ id, municipalities, selected, onChange, error }: PickerProps) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim().toLowerCase());
  const chosen = new Set(selected);
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const shown = sorted.filter((m) => !q || m.name.toLowerCase().includes(q) || (m.code ?? '').startsWith(q));
  const toggle = (orgId: string, on: boolean) =>
    onChange(on ? [...selected, orgId] : selected.filter((s) => s !== orgId));
  return (
    <fieldset className="ds-fieldset picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="ds-label">{t.orgForm.covers}</legend>
      {error && (
        <p className="ds-validation-message" id={`${id}-error`}>
          {error(t, lang)}
        </p>
      )}
      <p role="status" className="muted">
        {selected.length ? t.orgForm.coversSelected(selected.length) : t.orgForm.coversNone}
      </p>
      {selected.length > 0 && (
        <ul className="chips">
          {sorted
            .filter((m) => chosen.has(m.id))
            .map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="ds-chip"
                  data-removable
                  aria-label={t.orgForm.removeCover(m.name)}
                  onClick={() => toggle(m.id, false)}
                >
                  {m.name}
                </button>
              </li>
            ))}
        </ul>
      )}
      <div className="ds-field field">
        <label className="ds-label" htmlFor={id}>
          {t.orgForm.coversSearch}
        </label>
        <input
          id={id}
          type="search"
          className="ds-input"
          value={search}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
          aria-controls={`${id}-options`}
        />
      </div>
      <ul className="picker-options" id={`${id}-options`}>
        {shown.map((m) => (
          <li key={m.id} className="ds-field">
            <input
              id={`${id}-${m.id}`}
              type="checkbox"
              className="ds-input"
              checked={chosen.has(m.id)}
              onChange={(e) => toggle(m.id, e.target.checked)}
            />
            <label className="ds-label" htmlFor={`${id}-${m.id}`}>
              {m.name}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>{t.orgForm.coversNoMatch}</p>}
    </fieldset>
  );
}
