/** Participants counted by group ("Boende 12, Näringsidkare 3"): one row per group, added and removed freely. */
import { useI18n } from '../i18n/i18n.tsx';
import { TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { participantRow, participantTotal, type ParticipantRow } from './dialogue-model.ts';

interface Props {
  legend: string;
  rows: ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  errors: readonly FormError[];
}

export function ParticipantsEditor({ legend, rows, onChange, errors }: Props) {
  const { t } = useI18n();
  const p = t.participants;
  const focusLater = useFocusLater();
  const set = (i: number, row: ParticipantRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  const add = () => {
    const row = participantRow();
    onChange([...rows, row]);
    focusLater(`${row.key}-group`);
  };
  return (
    <fieldset className="ds-fieldset participants">
      <legend className="ds-label">{legend}</legend>
      <p className="muted small">{p.hint}</p>
      {rows.map((r, i) => (
        <div className="participant-row" key={r.key}>
          <TextField
            id={`${r.key}-group`}
            label={p.group(i + 1)}
            value={r.group}
            autoComplete="off"
            onChange={(e) => set(i, { ...r, group: e.target.value })}
            error={fieldError(errors, `${r.key}-group`)}
          />
          <TextField
            id={`${r.key}-count`}
            label={p.count(i + 1)}
            value={r.count}
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => set(i, { ...r, count: e.target.value })}
            error={fieldError(errors, `${r.key}-count`)}
          />
          <button
            type="button"
            className="ds-button"
            data-variant="tertiary"
            aria-label={p.remove(i + 1)}
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            {p.removeShort}
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="ds-button" data-variant="secondary" onClick={add}>
          {p.add}
        </button>
        <span aria-live="polite">{p.total(participantTotal(rows))}</span>
      </div>
    </fieldset>
  );
}
