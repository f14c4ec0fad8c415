/** "Markera som överenskommet": signatures of both parties (name, role, party, date). */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAgree, type Signature } from '../../api/promises.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { isValidDay, todayIso } from '../../ui/dates.ts';
import { useFocusLater } from '../../ui/useFocusLater.ts';

type Row = Signature & { key: number };

let nextKey = 0;
const blank = (party: string): Row => ({ key: ++nextKey, name: '', role: '', party, signedAt: todayIso() });

function validate(rows: readonly Row[]): FormError[] {
  const errors: FormError[] = [];
  rows.forEach((r, i) => {
    const n = i + 1;
    if (!r.name.trim()) errors.push({ fieldId: `sig-${r.key}-name`, message: (t) => t.agree.nameRequired(n) });
    if (!r.role.trim()) errors.push({ fieldId: `sig-${r.key}-role`, message: (t) => t.agree.roleRequired(n) });
    if (!isValidDay(r.signedAt)) errors.push({ fieldId: `sig-${r.key}-date`, message: (t) => t.agree.dateRequired(n) });
  });
  const parties = new Set(rows.map((r) => r.party));
  if (!parties.has('polisen') || !parties.has('kommunen')) errors.push({ message: (t) => t.agree.bothParties });
  return errors;
}

function SignatureFields({
  row,
  n,
  errors,
  onChange,
  onRemove,
}: {
  row: Row;
  n: number;
  errors: readonly FormError[];
  onChange: (r: Row) => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  const id = (f: string) => `sig-${row.key}-${f}`;
  return (
    <fieldset className="ds-fieldset signature">
      <legend className="ds-label">{t.agree.signature(n)}</legend>
      <TextField
        id={id('name')}
        label={t.agree.name}
        value={row.name}
        autoComplete="off"
        onChange={(e) => onChange({ ...row, name: e.target.value })}
        error={fieldError(errors, id('name'))}
      />
      <TextField
        id={id('role')}
        label={t.agree.role}
        hint={t.agree.roleHint}
        value={row.role}
        autoComplete="off"
        onChange={(e) => onChange({ ...row, role: e.target.value })}
        error={fieldError(errors, id('role'))}
      />
      <SelectField
        id={id('party')}
        label={t.agree.party}
        value={row.party}
        onChange={(e) => onChange({ ...row, party: e.target.value })}
      >
        <option value="polisen">{t.agree.parties.polisen}</option>
        <option value="kommunen">{t.agree.parties.kommunen}</option>
      </SelectField>
      <TextField
        id={id('date')}
        type="date"
        label={t.agree.date}
        value={row.signedAt}
        onChange={(e) => onChange({ ...row, signedAt: e.target.value })}
        error={fieldError(errors, id('date'))}
      />
      {onRemove && (
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          aria-label={t.agree.remove(n)}
          onClick={onRemove}
        >
          {t.agree.removeShort}
        </button>
      )}
    </fieldset>
  );
}

export function AgreeForm({ setId, onDone }: { setId: string; onDone: () => void }) {
  const { t } = useI18n();
  const agree = useAgree(setId);
  const focusLater = useFocusLater();
  const [rows, setRows] = useState<Row[]>(() => [blank('polisen'), blank('kommunen')]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens on request: take the user to its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(rows);
    setErrors(found);
    if (found.length) return;
    agree.mutate(
      rows.map(({ key: _key, ...s }) => ({ ...s, name: s.name.trim(), role: s.role.trim() })),
      {
        onSuccess: onDone,
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  const add = () => {
    const row = blank('kommunen');
    setRows([...rows, row]);
    focusLater(`sig-${row.key}-name`);
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form agree-form" aria-labelledby="agree-heading">
      <h3 id="agree-heading" className="ds-heading" data-size="xs">
        {t.agree.heading}
      </h3>
      <p>{t.agree.intro}</p>
      <ErrorSummary errors={errors} />
      {rows.map((row, i) => (
        <SignatureFields
          key={row.key}
          row={row}
          n={i + 1}
          errors={errors}
          onChange={(next) => setRows(rows.map((r) => (r.key === row.key ? next : r)))}
          onRemove={rows.length > 2 ? () => setRows(rows.filter((r) => r.key !== row.key)) : undefined}
        />
      ))}
      <div className="button-row">
        <button type="button" className="ds-button" data-variant="secondary" onClick={add}>
          {t.agree.add}
        </button>
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={agree.isPending || undefined}>
          {t.agree.submit}
        </button>
      </div>
    </form>
  );
}
