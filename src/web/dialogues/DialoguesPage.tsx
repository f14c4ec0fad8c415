/** Dialog › Dialoger: the kommun's medborgardialoger and medarbetardialoger (and walks), newest first. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useDialogues, type DialogueKind, type DialogueSummary } from '../api/dialogues.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { KommunSelect, useKommunChoice } from '../ui/kommun-choice.tsx';
import { DeletedNotice } from './DialogueActions.tsx';

const KINDS: readonly DialogueKind[] = ['medborgardialog', 'medarbetardialog', 'trygghetsvandring'];

export const dialogueHref = (d: { id: string; kind: DialogueKind }) =>
  d.kind === 'trygghetsvandring' ? `/dialog/trygghetsvandringar/${d.id}` : `/dialog/${d.id}`;

function DialogueTable({ dialogues }: { dialogues: readonly DialogueSummary[] }) {
  const { t } = useI18n();
  const l = t.dialogueList;
  return (
    <TableScroll label={l.caption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{l.caption}</caption>
        <thead>
          <tr>
            {[l.date, l.title, l.kind, l.where, l.participants, l.findings].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dialogues.map((d) => (
            <tr key={d.id}>
              <td className="nowrap">{d.date}</td>
              <td>
                <Link className="ds-link" to={dialogueHref(d)}>
                  {d.title}
                </Link>
              </td>
              <td>{t.dialogueKinds[d.kind]}</td>
              <td>{[d.place, d.area?.name].filter(Boolean).join(', ') || t.none}</td>
              <td>{d.participantTotal}</td>
              <td>{d.findingCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function DialoguesPage() {
  const { t } = useI18n();
  const l = t.dialogueList;
  const kommun = useKommunChoice();
  const [kind, setKind] = useState<DialogueKind | ''>('');
  const list = useDialogues(kommun.code, kind);
  return (
    <>
      <PageHeading>{l.heading}</PageHeading>
      <DeletedNotice />
      <p>{l.intro}</p>
      <div className="button-row">
        <Link className="ds-button" data-variant="primary" to="/dialog/ny">
          {l.register}
        </Link>
        <Link className="ds-button" data-variant="secondary" to="/dialog/trygghetsvandringar/ny">
          {t.walkList.plan}
        </Link>
      </div>
      <div className="filters">
        <KommunSelect id="dialogues-kommun" choice={kommun} />
        <SelectField
          id="dialogues-kind"
          label={l.kindFilter}
          value={kind}
          onChange={(e) => setKind(e.target.value as DialogueKind | '')}
        >
          <option value="">{l.allKinds}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.dialogueKinds[k]}
            </option>
          ))}
        </SelectField>
      </div>
      {kommun.isPending || (list.isPending && list.fetchStatus !== 'idle') ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} />
      ) : (
        <>
          <p role="status">{list.data?.length ? l.count(list.data.length) : l.none}</p>
          {list.data && list.data.length > 0 && <DialogueTable dialogues={list.data} />}
        </>
      )}
    </>
  );
}
