/** The latest logged activities, newest first, each with "Ändra" and "Ta bort". */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useActivities, useDeleteActivity, useMyCommitments, type Activity } from '../api/activities.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { EditActivityDialog } from './EditActivityDialog.tsx';

const LIMIT = 20;

export function RecentActivities() {
  const { t, lang } = useI18n();
  const a = t.activities;
  const list = useActivities({ limit: LIMIT });
  const mine = useMyCommitments();
  const remove = useDeleteActivity();
  const focusLater = useFocusLater();
  const [editing, setEditing] = useState<Activity | null>(null);
  const [notice, setNotice] = useState<Localized | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const commitments = new Map((mine.data ?? []).map((c) => [c.id, c]));
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} />;
  if (!list.data.length) return <p>{a.noneRecent}</p>;
  const done = (changed: boolean) => {
    if (changed) setNotice((): Localized => (t) => t.activities.updated);
    if (editing) focusLater(`edit-${editing.id}`);
    setEditing(null);
  };
  return (
    <>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <ErrorSummary errors={errors} />
      <TableScroll label={a.recentCaption}>
        <table className="ds-table" data-border>
          <caption className="ds-sr-only">{a.recentCaption}</caption>
          <thead>
            <tr>
              {[a.date, a.commitment, a.quantity, a.note, a.createdBy, a.actions].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.data.map((act, i) => (
              <tr key={act.id}>
                <td className="nowrap">
                  {act.date}
                  {act.time ? ` ${act.time}` : ''}
                </td>
                <td>{commitments.get(act.commitmentId)?.text ?? a.unknownCommitment}</td>
                <td>{act.quantity}</td>
                <td>{act.note ?? t.none}</td>
                <td>{act.createdBy}</td>
                <td className="actions">
                  <button
                    type="button"
                    id={`edit-${act.id}`}
                    className="ds-button"
                    data-variant="secondary"
                    aria-label={a.editLabel(act.date, i + 1)}
                    onClick={() => setEditing(act)}
                  >
                    {a.edit}
                  </button>
                  <ConfirmButton
                    label={a.deleteLabel(act.date, i + 1)}
                    question={a.deleteConfirm}
                    onConfirm={() =>
                      remove.mutate(act.id, {
                        onSuccess: () => {
                          setErrors([]);
                          setNotice((): Localized => (t) => t.activities.deleted);
                          focusLater('recent-heading');
                        },
                        onError: (error) => setErrors(apiFormErrors(error)),
                      })
                    }
                  >
                    {a.delete}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {editing && (
        <EditActivityDialog
          activity={editing}
          indicators={commitments.get(editing.commitmentId)?.followUp ?? []}
          onDone={done}
        />
      )}
    </>
  );
}
