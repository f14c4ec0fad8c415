/**
 * Choose the kommuner a promise set covers, from those the user can see.
 * Plain checkboxes (with a search field when the list is long) and the
 * chosen ones as removable chips.
 */
import { useDeferredValue, useState } from 'react';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import type { Organisation } from '../../api/types.ts';

type Municipality = { code: string | null; name: string };

interface KommunPickerProps {
  id: string;
  municipalities: readonly Organisation[];
  selected: readonly Municipality[];
  onChange: (next: Municipality[]) => void;
  error?: Localized | null;
}

const SEARCH_FROM = 8;
const same = (a: Municipality, o: Organisation) => (a.code && o.code ? a.code === o.code : a.name === o.name);

export function KommunPicker({ id, municipalities, selected, onChange, error }: KommunPickerProps) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim().toLowerCase());
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const shown = sorted.filter((m) => !q || m.name.toLowerCase().includes(q) || (m.code ?? '').startsWith(q));
  const isChosen = (o: Organisation) => selected.some((s) => same(s, o));
  const toggle = (o: Organisation, on: boolean) =>
    onChange(on ? [...selected, { code: o.code, name: o.name }] : selected.filter((s) => !same(s, o)));
  // The error summary links to `id`: the search field, or the first box when there is no search.
  const boxId = (m: Organisation, i: number) => (sorted.length < SEARCH_FROM && i === 0 ? id : `${id}-${m.id}`);
  return (
    <fieldset className="ds-fieldset picker" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="ds-label">{t.editor.municipalities}</legend>
      <p id={`${id}-hint`} className="muted">
        {t.editor.municipalitiesHint}
      </p>
      {error && (
        <p className="ds-validation-message" id={`${id}-error`}>
          {error(t, lang)}
        </p>
      )}
      <p role="status" className="muted">
        {selected.length ? t.editor.kommunSelected(selected.length) : t.editor.kommunNone}
      </p>
      {selected.length > 0 && (
        <ul className="chips">
          {selected.map((m) => (
            <li key={m.code ?? m.name}>
              <button
                type="button"
                className="ds-chip"
                data-removable
                aria-label={t.editor.kommunRemove(m.name)}
                onClick={() => onChange(selected.filter((s) => s !== m))}
              >
                {m.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {sorted.length >= SEARCH_FROM && (
        <div className="ds-field field">
          <label className="ds-label" htmlFor={id}>
            {t.editor.kommunSearch}
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
      )}
      <ul className="picker-options" id={`${id}-options`}>
        {shown.map((m, i) => (
          <li key={m.id} className="ds-field">
            <input
              id={boxId(m, i)}
              type="checkbox"
              className="ds-input"
              checked={isChosen(m)}
              onChange={(e) => toggle(m, e.target.checked)}
            />
            <label className="ds-label" htmlFor={boxId(m, i)}>
              {m.name}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>{t.editor.kommunNoMatch}</p>}
    </fieldset>
  );
}
