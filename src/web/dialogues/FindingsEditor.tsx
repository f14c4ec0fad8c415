/** Findings (iakttagelser): what was seen or said, its problem category, how serious (1–5) and, if known, the area. */
import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useCategories } from '../api/dialogues.ts';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { findingRow, type FindingRow } from './dialogue-model.ts';

interface RowProps {
  row: FindingRow;
  n: number;
  errors: readonly FormError[];
  onChange: (row: FindingRow) => void;
  onRemove: () => void;
}

function FindingFields({ row, n, errors, onChange, onRemove }: RowProps) {
  const { t, lang } = useI18n();
  const f = t.findings;
  const categories = useCategories();
  const id = (x: string) => `${row.key}-${x}`;
  const levels = categories.data?.seriousness ?? [];
  return (
    <fieldset className="ds-fieldset finding-fields">
      <legend className="ds-label">{f.legend(n)}</legend>
      <TextAreaField
        id={id('text')}
        label={f.text}
        hint={f.textHint}
        rows={3}
        value={row.text}
        onChange={(e) => onChange({ ...row, text: e.target.value })}
        error={fieldError(errors, id('text'))}
      />
      <div className="field-row">
        <SelectField
          id={id('category')}
          label={f.category}
          value={row.category}
          onChange={(e) => onChange({ ...row, category: e.target.value })}
          error={fieldError(errors, id('category'))}
        >
          <option value="">{f.chooseCategory}</option>
          {(categories.data?.categories ?? []).map((c) => (
            <option key={c.key} value={c.key}>
              {lang === 'en' ? c.labelEn : c.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('seriousness')}
          label={f.seriousness}
          value={row.seriousness}
          onChange={(e) => onChange({ ...row, seriousness: e.target.value })}
        >
          {levels.map((l) => (
            <option
              key={l.level}
              value={String(l.level)}
            >{`${l.level} – ${lang === 'en' ? l.labelEn : l.label}`}</option>
          ))}
        </SelectField>
        <TextField
          id={id('area')}
          label={f.area}
          value={row.areaName}
          autoComplete="off"
          onChange={(e) => onChange({ ...row, areaName: e.target.value })}
        />
      </div>
      {row.locked ? (
        <p className="muted small">{t.dialogueEdit.findingLocked}</p>
      ) : (
        <button type="button" className="ds-button" data-variant="tertiary" aria-label={f.remove(n)} onClick={onRemove}>
          {f.removeShort}
        </button>
      )}
    </fieldset>
  );
}

export function FindingsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: FindingRow[];
  onChange: (rows: FindingRow[]) => void;
  errors: readonly FormError[];
}) {
  const { t } = useI18n();
  const focusLater = useFocusLater();
  const headingId = useId();
  const addId = useId();
  const add = () => {
    const row = findingRow();
    onChange([...rows, row]);
    focusLater(`${row.key}-text`);
  };
  return (
    <section className="findings-editor" aria-labelledby={headingId}>
      <h2 id={headingId} className="ds-heading" data-size="xs">
        {t.findings.heading}
      </h2>
      <p className="muted small">{t.findings.intro}</p>
      {rows.map((r, i) => (
        <FindingFields
          key={r.key}
          row={r}
          n={i + 1}
          errors={errors}
          onChange={(row) => onChange(rows.map((x) => (x.key === r.key ? row : x)))}
          onRemove={() => {
            onChange(rows.filter((x) => x.key !== r.key));
            focusLater(addId);
          }}
        />
      ))}
      <button id={addId} type="button" className="ds-button" data-variant="secondary" onClick={add}>
        {t.findings.add}
      </button>
    </section>
  );
}
