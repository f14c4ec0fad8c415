/**
 * Dialog › Öppna åtgärder: every planned action of the kommun's walks and
 * dialogues until it is marked done, earliest due first; overdue ones are
 * flagged in words and with an icon, not by colour alone.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import { useOpenActions, type OpenAction } from '../../api/dialogues.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { apiFormErrors, type FormError } from '../../ui/form-errors.ts';
import { KommunSelect, useKommunChoice } from '../../ui/kommun-choice.tsx';
import { useFocusLater } from '../../ui/useFocusLater.ts';
import { ActionStatusTag } from '../ActionStatusTag.tsx';
import { dialogueHref } from '../DialoguesPage.tsx';
import { MarkDoneButton } from './MarkDoneButton.tsx';

function ActionsTable({
  actions,
  onDone,
  onError,
}: {
  actions: readonly OpenAction[];
  onDone: () => void;
  onError: (e: FormError[]) => void;
}) {
  const { t } = useI18n();
  const a = t.openActions;
  return (
    <TableScroll label={a.caption}>
      <table className="ds-table" data-border>
        <caption>{a.caption}</caption>
        <thead>
          <tr>
            {[a.action, a.owner, a.due, a.status, a.finding, a.source].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
            <th scope="col">
              <span className="ds-sr-only">{t.findings.rowActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((x) => (
            <tr key={x.findingId} data-overdue={x.overdue || undefined}>
              <td className="break">{x.action}</td>
              <td>{x.owner ?? t.none}</td>
              <td className="nowrap">{x.dueDate ?? t.none}</td>
              <td>
                <ActionStatusTag status={x.overdue ? 'overdue' : 'open'} daysOverdue={x.daysOverdue} />
              </td>
              <td className="break">
                {x.text}{' '}
                <span className="block small muted">
                  {t.categoryNames[x.category] ?? x.categoryLabel}
                  {x.area ? `, ${x.area.name}` : ''}
                </span>
              </td>
              <td>
                <Link className="ds-link" to={dialogueHref(x.dialogue)}>
                  {x.dialogue.title}
                </Link>
              </td>
              <td>
                <MarkDoneButton
                  dialogueId={x.dialogue.id}
                  findingId={x.findingId}
                  what={x.action}
                  onDone={onDone}
                  onError={(e) => onError(apiFormErrors(e))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OpenActionsPage() {
  const { t, lang } = useI18n();
  const a = t.openActions;
  const kommun = useKommunChoice();
  const actions = useOpenActions(kommun.code);
  const focusLater = useFocusLater();
  const [notice, setNotice] = useState<Localized | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const done = () => {
    setErrors([]);
    setNotice(() => (tt: typeof t) => tt.findings.markedDone);
    // The row and its button are gone: keep the user's place at the list's heading.
    focusLater('open-actions-heading');
  };
  return (
    <>
      <PageHeading>{a.heading}</PageHeading>
      <p>{a.intro}</p>
      <div className="filters">
        <KommunSelect id="actions-kommun" choice={kommun} />
      </div>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <ErrorSummary errors={errors} />
      <h2 id="open-actions-heading" className="ds-heading" data-size="sm" tabIndex={-1}>
        {a.listHeading}
      </h2>
      {kommun.isPending || (actions.isPending && actions.fetchStatus !== 'idle') ? (
        <Loading />
      ) : actions.isError ? (
        <LoadError error={actions.error} />
      ) : (
        <>
          <p>{actions.data?.actions.length ? a.count(actions.data.actions.length, actions.data.overdue) : a.none}</p>
          {actions.data && actions.data.actions.length > 0 && (
            <ActionsTable actions={actions.data.actions} onDone={done} onError={setErrors} />
          )}
        </>
      )}
    </>
  );
}
