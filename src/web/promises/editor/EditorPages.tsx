/** Löften › Nytt medborgarlöfte, and Löften › (a set) › Redigera. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCreatePromiseSet, usePromiseSet, useUpdatePromiseSet, type StoredPromiseSet } from '../../api/promises.ts';
import { useOrganisationsOfKind } from '../../api/queries.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { blankDocument } from './draft-model.ts';
import { PromiseEditor } from './PromiseEditor.tsx';

export function NewPromisePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreatePromiseSet();
  const municipalities = useOrganisationsOfKind('municipality');
  const [base] = useState(blankDocument);
  if (municipalities.isPending) return <Loading />;
  // Someone who works for one kommun writes promises for that kommun.
  const only = municipalities.data?.length === 1 ? municipalities.data[0]! : null;
  const initial = only ? { ...base, municipalities: [{ code: only.code, name: only.name }] } : base;
  return (
    <>
      <p>
        <Link className="ds-link" to="/loften">
          {t.editor.backToList}
        </Link>
      </p>
      <PageHeading>{t.editor.newTitle}</PageHeading>
      <PromiseEditor
        initial={initial}
        status={null}
        submitLabel={t.editor.saveDraft}
        cancelTo="/loften"
        onSubmit={async (doc) => {
          const saved = await create.mutateAsync({
            ...doc,
            warnings: doc.warnings ?? [],
            signatories: [],
            signedAt: null,
          });
          navigate(`/loften/${saved.id}`, { state: { notice: { kind: 'created' } } });
        }}
      />
    </>
  );
}

function EditStored({ set }: { set: StoredPromiseSet }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdatePromiseSet(set.id);
  const back = `/loften/${set.id}`;
  const title = set.title ?? t.promiseList.untitled;
  if (set.status === 'closed') {
    return (
      <>
        <p>
          <Link className="ds-link" to={back}>
            {t.editor.back}
          </Link>
        </p>
        <PageHeading>{t.editor.editTitle(title)}</PageHeading>
        <div className="ds-alert" data-color="info">
          {t.editor.closedNote}
        </div>
      </>
    );
  }
  const draft = set.status === 'draft';
  return (
    <>
      <p>
        <Link className="ds-link" to={back}>
          {t.editor.back}
        </Link>
      </p>
      <PageHeading>{t.editor.editTitle(title)}</PageHeading>
      <PromiseEditor
        initial={set}
        status={set.status}
        cancelTo={back}
        submitLabel={draft ? t.editor.saveChanges : t.editor.saveNewVersion}
        onSubmit={async (document, reason) => {
          const saved = await update.mutateAsync({ document, reason });
          navigate(back, {
            state: { notice: draft ? { kind: 'saved' } : { kind: 'newVersion', version: saved.version } },
          });
        }}
      />
    </>
  );
}

export function EditPromisePage() {
  const { id = '' } = useParams();
  const set = usePromiseSet(id);
  if (set.isPending) return <Loading />;
  if (set.isError) return <LoadError error={set.error} />;
  return <EditStored key={set.data.id} set={set.data} />;
}
