/**
 * One row of the editable genomförandeplan (Vad / När / Samverkan / Ansvarig /
 * Uppföljning), followed by a full-width row with its target and details.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { hasVagueVerb } from '../../../domain/promise-import/quality.ts';
import { fieldError, type FormError } from '../../ui/form-errors.ts';
import type { CommitmentDraft } from './draft-model.ts';
import { cellId } from './validate.ts';
import { TargetEditor } from './TargetEditor.tsx';

type Column = 'when' | 'partners' | 'responsible' | 'followUp';
export const LIST_COLUMNS: readonly Column[] = ['when', 'partners', 'responsible', 'followUp'];

interface Props {
  commitment: CommitmentDraft;
  number: number;
  onChange: (next: CommitmentDraft) => void;
  onRemove: () => void;
  errors: readonly FormError[];
}

function TextCell({ commitment: c, number, onChange, errors }: Omit<Props, 'onRemove'>) {
  const { t, lang } = useI18n();
  const id = cellId(c, 'text');
  const error = fieldError(errors, id);
  const vague = hasVagueVerb(c.text) && c.target.kind === 'none';
  const described = [error ? `${id}-error` : '', vague ? `${c.key}-vague` : ''].filter(Boolean).join(' ');
  return (
    <td className="what-cell">
      <label className="ds-sr-only" htmlFor={id}>
        {t.editor.cellLabel(t.editor.what, number)}
      </label>
      <textarea
        id={id}
        className="ds-input"
        rows={5}
        value={c.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange({ ...c, text: e.target.value })}
      />
      {error && (
        <p className="ds-validation-message" id={`${id}-error`}>
          {error(t, lang)}
        </p>
      )}
    </td>
  );
}

function ListCell({
  c,
  column,
  number,
  onChange,
}: {
  c: CommitmentDraft;
  column: Column;
  number: number;
  onChange: Props['onChange'];
}) {
  const { t } = useI18n();
  const id = cellId(c, column);
  const hint = column === 'when' ? undefined : column === 'responsible' ? 'ed-responsible-hint' : 'ed-list-hint';
  return (
    <td>
      <label className="ds-sr-only" htmlFor={id}>
        {t.editor.cellLabel(t.editor[column], number)}
      </label>
      <textarea
        id={id}
        className="ds-input"
        rows={2}
        value={c[column]}
        aria-describedby={hint}
        onChange={(e) => onChange({ ...c, [column]: e.target.value })}
      />
    </td>
  );
}

export function CommitmentRows({ commitment: c, number, onChange, onRemove, errors }: Props) {
  const { t } = useI18n();
  const vague = hasVagueVerb(c.text) && c.target.kind === 'none';
  return (
    <tbody className="commitment-rows">
      <tr>
        <th scope="row" rowSpan={2} className="number-cell">
          {number}
        </th>
        <TextCell commitment={c} number={number} onChange={onChange} errors={errors} />
        {LIST_COLUMNS.map((column) => (
          <ListCell key={column} c={c} column={column} number={number} onChange={onChange} />
        ))}
        <td rowSpan={2} className="nowrap">
          <button
            type="button"
            className="ds-button"
            data-variant="tertiary"
            data-color="danger"
            aria-label={t.editor.removeCommitmentLabel(number)}
            onClick={onRemove}
          >
            {t.editor.remove}
          </button>
        </td>
      </tr>
      <tr className="target-row">
        <td colSpan={5}>
          {vague && (
            <div className="ds-alert vague-warning" data-color="warning" id={`${c.key}-vague`}>
              {t.editor.vagueWarning}
            </div>
          )}
          <TargetEditor commitment={c} number={number} onChange={onChange} errors={errors} />
        </td>
      </tr>
    </tbody>
  );
}
