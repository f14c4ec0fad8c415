/** The findings of a dialogue or walk, with their owner, action, due date and status; optionally "Markera klar" per open action. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { Finding } from '../api/dialogues.ts';
import { TableScroll } from '../ui/TableScroll.tsx';
import { ActionStatusTag } from './ActionStatusTag.tsx';

interface Props {
  findings: readonly Finding[];
  caption: string;
  /** Extra cell per row, e.g. a "Markera klar" button. */
  rowAction?: (f: Finding, n: number) => ReactNode;
}

export function FindingsTable({ findings, caption, rowAction }: Props) {
  const { t } = useI18n();
  const f = t.findings;
  const heads = [f.number, f.text, f.category, f.seriousness, f.area, f.action, f.statusColumn];
  return (
    <TableScroll label={caption}>
      <table className="ds-table findings-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heads.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
            {rowAction && (
              <th scope="col">
                <span className="ds-sr-only">{f.rowActions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {findings.map((x, i) => (
            <tr key={x.id}>
              <td>{i + 1}</td>
              <td className="break">{x.text}</td>
              <td>{t.categoryNames[x.category] ?? x.categoryLabel}</td>
              <td>{`${x.seriousness} – ${f.levels[x.seriousness - 1] ?? ''}`}</td>
              <td>{x.area?.name ?? t.none}</td>
              <td>
                {x.action ? (
                  <>
                    {x.action}{' '}
                    <span className="block small muted">{f.ownerDue(x.owner ?? t.none, x.dueDate ?? t.none)}</span>
                  </>
                ) : (
                  t.none
                )}
              </td>
              <td>
                <ActionStatusTag status={x.status} />
              </td>
              {rowAction && <td>{rowAction(x, i + 1)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
