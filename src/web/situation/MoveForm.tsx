/** "Flytta": put a problem at another place in the ranking, with a reason (required); or return it to the score's order. */
import { useState, type FormEvent } from 'react';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useUpdateProblem, type Problem } from '../api/situation.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextAreaField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';

interface Props {
  p: Problem;
  count: number;
  kommun: string;
  year: number;
  onNotice: (n: Localized) => void;
}

export function MoveForm({ p, count, kommun, year, onNotice }: Props) {
  const { t } = useI18n();
  const s = t.situation;
  const update = useUpdateProblem(kommun, year);
  const focusLater = useFocusLater();
  const [open, setOpen] = useState(false);
  const [rank, setRank] = useState(String(p.rank));
  const [reason, setReason] = useState(p.rankReason ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = (x: string) => `move-${p.category}-${x}`;
  const save = (manualRank: number | null) => {
    settle(
      update,
      { category: p.category, edit: { manualRank, rankReason: manualRank === null ? null : reason.trim() } },
      () => {
        setOpen(false);
        onNotice((tt) => tt.situation.moved);
        document.getElementById(`problem-${p.category}`)?.focus();
      },
      (error) => setErrors(apiFormErrors(error, { rankReason: id('reason') })),
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = reason.trim()
      ? []
      : [{ fieldId: id('reason'), message: (tt) => tt.situation.reasonRequired }];
    setErrors(found);
    if (!found.length) save(Number(rank));
  };
  if (!open) {
    return (
      <div className="button-row">
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-label={s.moveLabel(t.categoryNames[p.category] ?? p.label)}
          onClick={() => {
            setOpen(true);
            focusLater(id('rank'));
          }}
        >
          {s.move}
        </button>
        {p.manualRank !== null && (
          <button type="button" className="ds-button" data-variant="tertiary" onClick={() => save(null)}>
            {s.resetRank}
          </button>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="form move-form">
      <ErrorSummary errors={errors} />
      <SelectField id={id('rank')} label={s.newRank} value={rank} onChange={(e) => setRank(e.target.value)}>
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id('reason')}
        label={s.reason}
        hint={s.reasonHint}
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError(errors, id('reason'))}
      />
      <div className="button-row">
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
          {s.saveRank}
        </button>
        <button type="button" className="ds-button" data-variant="tertiary" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
