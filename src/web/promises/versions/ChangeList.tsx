/** The changes between two versions, in Swedish: removed text struck through, added text marked, and both said in words. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { Change, FieldChange } from '../../api/promises.ts';
import { fieldName, valueText } from './change-values.ts';

function Removed({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <del className="diff-removed">
      <span className="ds-sr-only">{t.versions.removed} </span>
      {text || t.versions.empty}
    </del>
  );
}

function Added({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <ins className="diff-added">
      <span className="ds-sr-only">{t.versions.added} </span>
      {text || t.versions.empty}
    </ins>
  );
}

function FieldLine({ change }: { change: FieldChange }) {
  const { t } = useI18n();
  return (
    <>
      <span className="diff-field">{fieldName(change.field, t)}:</span>{' '}
      <Removed text={valueText(change.field, change.before, t)} /> <span aria-hidden="true">→</span>{' '}
      <Added text={valueText(change.field, change.after, t)} />
    </>
  );
}

function ChangeItem({ change }: { change: Change }) {
  const { t } = useI18n();
  const v = t.versions;
  switch (change.kind) {
    case 'field':
      return <FieldLine change={change} />;
    case 'focus_area_added':
      return (
        <>
          {v.focusAreaAdded}: <Added text={change.title} />
        </>
      );
    case 'focus_area_removed':
      return (
        <>
          {v.focusAreaRemoved}: <Removed text={change.title} />
        </>
      );
    case 'focus_area_renamed':
      return (
        <>
          {v.focusAreaRenamed}: <Removed text={change.before} /> <span aria-hidden="true">→</span>{' '}
          <Added text={change.after} />
        </>
      );
    case 'commitment_added':
      return (
        <>
          {v.commitmentAdded(change.focusArea)}: <Added text={change.text} />
        </>
      );
    case 'commitment_removed':
      return (
        <>
          {v.commitmentRemoved(change.focusArea)}: <Removed text={change.text} />
        </>
      );
    case 'commitment_changed':
      return (
        <>
          {v.commitmentChanged}: <q>{change.text}</q>
          <ul>
            {change.fields.map((f) => (
              <li key={f.field}>
                <FieldLine change={f} />
              </li>
            ))}
          </ul>
        </>
      );
  }
}

export function ChangeList({ changes }: { changes: readonly Change[] }) {
  const { t } = useI18n();
  if (!changes.length) return <p>{t.versions.noChanges}</p>;
  return (
    <ul className="change-list">
      {changes.map((c, i) => (
        <li key={i}>
          <ChangeItem change={c} />
        </li>
      ))}
    </ul>
  );
}
