/**
 * The filed EST reports of a week that the user can see, each with "Ändra"
 * (the report form, filled in, below the table) and "Ta bort" (after a
 * question). Focus moves to the edit heading, and back to the row's button.
 */
import { useState } from 'react';
import { settle } from '../../api/settle.ts';
import { ApiError } from '../../api/client.ts';
import { fromApi, useI18n, type Localized } from '../../i18n/i18n.tsx';
import { useDeleteEstReport, useEstReports, type EstReport } from '../../api/est.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { TextField } from '../../ui/fields.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { todayIso } from '../../ui/dates.ts';
import { useFocusLater } from '../../ui/useFocusLater.ts';
import { EstReportForm } from './EstReportForm.tsx';
import { isoWeekOf, normaliseWeek } from './week.ts';

const editButtonId = (id: string) => `est-edit-${id}`;
const EDIT_HEADING = 'est-edit-heading';
/** The section's h2 on the EST page: where focus goes once the report it was on is saved or gone. */
export const REPORTS_HEADING = 'est-reports-heading';

function ReportRow({ r, onEdit, onDelete }: { r: EstReport; onEdit: () => void; onDelete: () => void }) {
  const { t } = useI18n();
  const x = t.estEdit;
  return (
    <tr>
      <th scope="row">{r.area.name}</th>
      <td>{r.reporter.name}</td>
      <td>{r.total}</td>
      <td className="break">{r.note ?? t.none}</td>
      <td>
        <div className="button-row">
          <button
            id={editButtonId(r.id)}
            type="button"
            className="ds-button"
            data-variant="secondary"
            aria-label={x.editLabel(r.area.name, r.reporter.name)}
            onClick={onEdit}
          >
            {t.dialogueEdit.edit}
          </button>
          <ConfirmButton
            label={x.removeLabel(r.area.name, r.reporter.name)}
            question={x.removeQuestion(r.area.name, r.reporter.name, r.week)}
            onConfirm={onDelete}
          >
            {t.dialogueEdit.remove}
          </ConfirmButton>
        </div>
      </td>
    </tr>
  );
}

export function EstReports({ kommun }: { kommun: string }) {
  const { t, lang } = useI18n();
  const x = t.estEdit;
  const [typed, setTyped] = useState(() => isoWeekOf(todayIso()));
  const week = normaliseWeek(typed) ?? '';
  const reports = useEstReports(kommun, week);
  const remove = useDeleteEstReport();
  const focusLater = useFocusLater();
  const [editing, setEditing] = useState<EstReport | null>(null);
  const [notice, setNotice] = useState<{ text: Localized; color: 'success' | 'warning' } | null>(null);
  const say = (text: Localized, color: 'success' | 'warning' = 'success') => setNotice({ text, color });
  const edit = (r: EstReport) => {
    setNotice(null);
    setEditing(r);
    focusLater(EDIT_HEADING);
  };
  const close = (r: EstReport) => {
    setEditing(null);
    focusLater(editButtonId(r.id));
  };
  const del = (r: EstReport) =>
    settle(
      remove,
      r.id,
      () => {
        setEditing(null);
        say((tt) => tt.estEdit.deleted(r.area.name, r.week));
        focusLater(REPORTS_HEADING);
      },
      (err) =>
        say(
          err instanceof ApiError
            ? fromApi({ message: err.message, messageEn: err.messageEn })
            : (tt) => tt.unexpectedError,
          'warning',
        ),
    );
  const list = reports.data ?? [];
  return (
    <>
      <div className="filters">
        <TextField
          id="est-reports-week"
          label={t.est.week}
          hint={t.est.weekHint}
          value={typed}
          onChange={(ev) => setTyped(ev.target.value)}
          error={week ? null : (tt) => tt.est.weekInvalid}
        />
      </div>
      <Notice color={notice?.color}>{notice ? notice.text(t, lang) : null}</Notice>
      {!week ? null : reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <LoadError error={reports.error} />
      ) : !list.length ? (
        <p>{x.none(week)}</p>
      ) : (
        <TableScroll label={x.caption(week)}>
          <table className="ds-table" data-border>
            <caption>{x.caption(week)}</caption>
            <thead>
              <tr>
                {[x.area, x.reporter, x.total, x.note].map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
                <th scope="col">
                  <span className="ds-sr-only">{x.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <ReportRow key={r.id} r={r} onEdit={() => edit(r)} onDelete={() => del(r)} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {editing && (
        <section aria-labelledby={EDIT_HEADING}>
          <h3 id={EDIT_HEADING} className="ds-heading" data-size="xs" tabIndex={-1}>
            {x.editHeading(editing.area.name, editing.reporter.name, editing.week)}
          </h3>
          <EstReportForm
            key={editing.id}
            kommun={kommun}
            report={editing}
            onCancel={() => close(editing)}
            onSaved={(w, area) => {
              setEditing(null);
              say((tt) => tt.estEdit.saved(w, area));
              focusLater(REPORTS_HEADING);
            }}
          />
        </section>
      )}
    </>
  );
}
