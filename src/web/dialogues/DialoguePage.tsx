/** Dialog › a dialogue: its facts, participants by group, findings, more findings added afterwards; Ändra and Ta bort. */
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useAddFindings, useDialogue, type Dialogue } from '../api/dialogues.ts';
import { focusPageHeading, PageHeading } from '../ui/PageHeading.tsx';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { Notice } from '../ui/Notice.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { useRouteNotice } from '../ui/useRouteNotice.ts';
import { FindingsEditor } from './FindingsEditor.tsx';
import { DialogueActions, EditSection, useEditing } from './DialogueActions.tsx';
import { FindingsTable } from './FindingsTable.tsx';
import { findingRow, toFindings, validateFindings, type FindingRow } from './dialogue-model.ts';

export function DialogueFacts({ d }: { d: Dialogue }) {
  const { t } = useI18n();
  const p = t.dialoguePage;
  const groups = Object.entries(d.participants)
    .map(([g, n]) => `${g} ${n}`)
    .join(', ');
  return (
    <dl className="facts">
      <dt>{p.kind}</dt>
      <dd>{t.dialogueKinds[d.kind]}</dd>
      <dt>{p.kommun}</dt>
      <dd>{d.kommun.name}</dd>
      <dt>{p.date}</dt>
      <dd>{d.date}</dd>
      <dt>{p.place}</dt>
      <dd>{d.place ?? t.none}</dd>
      <dt>{p.area}</dt>
      <dd>{d.area?.name ?? t.none}</dd>
      <dt>{p.participants}</dt>
      <dd>{d.participantTotal ? p.participantsText(d.participantTotal, groups) : t.none}</dd>
      {d.walk?.route && (
        <>
          <dt>{p.route}</dt>
          <dd className="prose">{d.walk.route}</dd>
        </>
      )}
      {d.note && (
        <>
          <dt>{p.note}</dt>
          <dd className="prose">{d.note}</dd>
        </>
      )}
    </dl>
  );
}

function AddFindings({ d, onAdded }: { d: Dialogue; onAdded: () => void }) {
  const { t } = useI18n();
  const add = useAddFindings(d.id);
  const [rows, setRows] = useState<FindingRow[]>(() => [findingRow()]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateFindings(rows);
    setErrors(found);
    if (found.length || !rows.length) return;
    add.mutate(toFindings(rows), {
      onSuccess: () => {
        setRows([findingRow()]);
        onAdded();
      },
      onError: (error) => setErrors(apiFormErrors(error)),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      <ErrorSummary errors={errors} />
      <FindingsEditor rows={rows} onChange={setRows} errors={errors} />
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={add.isPending || undefined}>
        {t.dialoguePage.saveFindings}
      </button>
    </form>
  );
}

function Registered({ d, onEdit, onNotice }: { d: Dialogue; onEdit: () => void; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const p = t.dialoguePage;
  const [adding, setAdding] = useState(false);
  return (
    <>
      <DialogueActions d={d} onEdit={onEdit} />
      <DialogueFacts d={d} />
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="ds-heading" data-size="sm" tabIndex={-1}>
          {p.findingsHeading}
        </h2>
        {d.findings.length ? (
          <FindingsTable findings={d.findings} caption={p.findingsCaption(d.findings.length)} />
        ) : (
          <p>{p.noFindings}</p>
        )}
        {adding ? (
          <AddFindings
            d={d}
            onAdded={() => {
              setAdding(false);
              onNotice((tt) => tt.dialoguePage.findingsAdded);
            }}
          />
        ) : (
          <button type="button" className="ds-button" data-variant="secondary" onClick={() => setAdding(true)}>
            {p.addFindings}
          </button>
        )}
      </section>
    </>
  );
}

function View({ d }: { d: Dialogue }) {
  const { t, lang } = useI18n();
  const arrived = useRouteNotice<'created'>();
  const [notice, setNotice] = useState<Localized | null>(() =>
    arrived ? (tt: typeof t) => tt.dialoguePage.created : null,
  );
  const edit = useEditing(useFocusLater());
  const saved = () => {
    edit.saved();
    setNotice(() => (tt: typeof t) => tt.dialogueEdit.saved);
    focusPageHeading();
  };
  return (
    <>
      <p>
        <Link className="ds-link" to="/dialog">
          {t.dialoguePage.back}
        </Link>
      </p>
      <PageHeading>{d.title}</PageHeading>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {edit.editing ? (
        <EditSection d={d} onSaved={saved} onCancel={edit.close} />
      ) : (
        <Registered
          d={d}
          onEdit={() => {
            setNotice(null);
            edit.open();
          }}
          onNotice={(n) => setNotice(() => n)}
        />
      )}
    </>
  );
}

export function DialoguePage() {
  const { id = '' } = useParams();
  const dialogue = useDialogue(id);
  if (dialogue.isPending) return <Loading />;
  if (dialogue.isError) return <LoadError error={dialogue.error} />;
  return <View key={dialogue.data.id} d={dialogue.data} />;
}
