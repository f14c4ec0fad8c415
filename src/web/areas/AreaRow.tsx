/**
 * One area in the list: its name, what uses it, and (for those who may
 * change areas) rename in place, merge into another area after a
 * question, or delete an unused one after a question. Focus goes to the
 * field that opens and back to the button that opened it.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import type { Area, AreaMutations } from '../api/areas.ts';
import { usageInWords } from '../../domain/areas/areas.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { areaApiErrors, checkName } from './area-errors.ts';

export type Report = (notice: Localized | null, errors: FormError[]) => void;

export interface RowProps {
  area: Area;
  others: Area[];
  mayChange: boolean;
  mutations: AreaMutations;
  report: Report;
  errors: readonly FormError[];
  focus: (id: string) => void;
}

export const LIST_HEADING_ID = 'areas-list-heading';
const ids = (id: string) => ({
  rename: `area-rename-${id}`,
  name: `area-name-${id}`,
  merge: `area-merge-${id}`,
  into: `area-into-${id}`,
});

function RenameForm({ area, mutations, report, errors, focus, done }: RowProps & { done: () => void }) {
  const { t } = useI18n();
  const a = t.areas;
  const id = ids(area.id);
  const [draft, setDraft] = useState(area.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { name, errors: found } = checkName(draft, id.name);
    if (found.length) return report(null, found);
    if (name === area.name) return done();
    mutations.rename.mutate(
      { id: area.id, name },
      {
        onSuccess: (saved) => {
          report((t) => t.areas.renamed(area.name, saved.name), []);
          done();
        },
        onError: (error) => report(null, areaApiErrors(error, id.name)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="area-inline-form">
      <TextField
        id={id.name}
        label={a.newName(area.name)}
        value={draft}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        error={fieldError(errors, id.name)}
      />
      <div className="button-row">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={mutations.rename.isPending || undefined}
        >
          {a.saveName}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => {
            report(null, []);
            done();
          }}
        >
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function MergeForm({ area, others, mutations, report, errors, focus, done }: RowProps & { done: () => void }) {
  const { t } = useI18n();
  const a = t.areas;
  const id = ids(area.id);
  const [intoId, setIntoId] = useState('');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const into = others.find((o) => o.id === intoId);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!into) return report(null, [{ fieldId: id.into, message: (t) => t.areas.mergeRequired }]);
    report(null, []);
    dialogRef.current?.showModal();
  };
  const merge = () => {
    dialogRef.current?.close();
    if (!into) return;
    mutations.merge.mutate(
      { id: area.id, intoId: into.id },
      {
        onSuccess: () => {
          report((t) => t.areas.merged(area.name, into.name), []);
          focus(LIST_HEADING_ID);
        },
        onError: (error) => report(null, areaApiErrors(error, id.into)),
      },
    );
  };
  return (
    <form onSubmit={ask} noValidate className="area-inline-form">
      <SelectField
        id={id.into}
        label={a.mergeInto(area.name)}
        hint={a.mergeIntoHint}
        value={intoId}
        onChange={(e) => setIntoId(e.target.value)}
        error={fieldError(errors, id.into)}
      >
        <option value="">{a.chooseArea}</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={mutations.merge.isPending || undefined}
        >
          {a.merge}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => {
            report(null, []);
            done();
            focus(id.merge);
          }}
        >
          {t.cancel}
        </button>
      </div>
      <dialog
        ref={dialogRef}
        className="ds-dialog confirm-dialog"
        aria-labelledby={`${id.merge}-q-heading`}
        aria-describedby={`${id.merge}-q-text`}
      >
        <h2 id={`${id.merge}-q-heading`} className="ds-heading" data-size="xs">
          {t.confirm.title}
        </h2>
        <p id={`${id.merge}-q-text`}>{into ? a.mergeQuestion(area.name, into.name) : ''}</p>
        <div className="button-row">
          <button type="button" className="ds-button" data-variant="primary" data-color="danger" onClick={merge}>
            {a.merge}
          </button>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {t.cancel}
          </button>
        </div>
      </dialog>
    </form>
  );
}

function RowActions(props: RowProps & { open: (mode: 'rename' | 'merge') => void }) {
  const { t } = useI18n();
  const a = t.areas;
  const { area, others, mutations, report, focus, open } = props;
  const id = ids(area.id);
  const remove = () =>
    mutations.remove.mutate(area.id, {
      onSuccess: () => {
        report((t) => t.areas.removed(area.name), []);
        focus(LIST_HEADING_ID);
      },
      onError: (error) => report(null, areaApiErrors(error, id.rename)),
    });
  return (
    <div className="actions">
      <button
        type="button"
        id={id.rename}
        className="ds-button"
        data-variant="secondary"
        aria-label={a.renameLabel(area.name)}
        onClick={() => open('rename')}
      >
        {a.rename}
      </button>
      {others.length > 0 && (
        <button
          type="button"
          id={id.merge}
          className="ds-button"
          data-variant="secondary"
          aria-label={a.mergeLabel(area.name)}
          onClick={() => open('merge')}
        >
          {a.merge}
        </button>
      )}
      {!area.inUse && (
        <ConfirmButton label={a.removeLabel(area.name)} question={a.removeQuestion(area.name)} onConfirm={remove}>
          {a.remove}
        </ConfirmButton>
      )}
    </div>
  );
}

export function AreaRow(props: RowProps) {
  const { t, lang } = useI18n();
  const { area, mayChange, focus } = props;
  const [mode, setMode] = useState<'view' | 'rename' | 'merge'>('view');
  const id = ids(area.id);
  const open = (next: 'rename' | 'merge') => {
    setMode(next);
    focus(next === 'rename' ? id.name : id.into);
  };
  const done = () => setMode('view');
  return (
    <tr>
      <th scope="row">{area.name}</th>
      <td>{usageInWords(area.usage)[lang] || t.areas.notUsed}</td>
      {mayChange && (
        <td>
          {mode === 'view' && <RowActions {...props} open={open} />}
          {mode === 'rename' && (
            <RenameForm
              {...props}
              done={() => {
                done();
                focus(id.rename);
              }}
            />
          )}
          {mode === 'merge' && <MergeForm {...props} done={done} />}
        </td>
      )}
    </tr>
  );
}
