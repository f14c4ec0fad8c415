/** A focus area's commitments as an editable genomförandeplan table. */
import { useI18n } from '../../i18n/i18n.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import type { FormError } from '../../ui/form-errors.ts';
import type { CommitmentDraft } from './draft-model.ts';
import { CommitmentRows, LIST_COLUMNS } from './CommitmentRows.tsx';

interface Props {
  caption: string;
  commitments: readonly CommitmentDraft[];
  firstNumber: number;
  onChange: (next: CommitmentDraft[]) => void;
  onRemove: (index: number) => void;
  errors: readonly FormError[];
}

export function PlanTable({ caption, commitments, firstNumber, onChange, onRemove, errors }: Props) {
  const { t } = useI18n();
  if (!commitments.length) return <p className="muted">{t.editor.noCommitments}</p>;
  const replace = (i: number, next: CommitmentDraft) => onChange(commitments.map((c, j) => (j === i ? next : c)));
  return (
    <TableScroll label={caption}>
      <table className="ds-table plan-table plan-editor" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.editor.number}</th>
            <th scope="col">{t.editor.what}</th>
            {LIST_COLUMNS.map((c) => (
              <th scope="col" key={c}>
                {t.editor[c]}
              </th>
            ))}
            <th scope="col">
              <span className="ds-sr-only">{t.editor.remove}</span>
            </th>
          </tr>
        </thead>
        {commitments.map((c, i) => (
          <CommitmentRows
            key={c.key}
            commitment={c}
            number={firstNumber + i}
            errors={errors}
            onChange={(next) => replace(i, next)}
            onRemove={() => onRemove(i)}
          />
        ))}
      </table>
    </TableScroll>
  );
}
