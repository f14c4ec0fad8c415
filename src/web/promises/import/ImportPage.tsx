/**
 * Löften › Läs in befintligt dokument: read a text, Word or PDF file into a draft,
 * review it beside the original with every target marked, edit it, and save
 * it as a draft. Nothing is stored before "Spara som utkast".
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCreatePromiseSet, type ImportedDraft, type PromiseSetDocument } from '../../api/promises.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PromiseEditor } from '../editor/PromiseEditor.tsx';
import { ImportForms } from './ImportForms.tsx';
import { SourceText } from './SourceText.tsx';
import { unresolvedWarnings } from './resolved-warnings.ts';

function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useI18n();
  if (!warnings.length)
    return (
      <div className="ds-alert" data-color="info">
        {t.importer.noWarnings}
      </div>
    );
  return (
    <div className="ds-alert import-warnings" data-color="warning">
      <h2 className="ds-heading" data-size="xs">
        {t.importer.warningsHeading}
      </h2>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

function Review({ draft, onRestart }: { draft: ImportedDraft; onRestart: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreatePromiseSet();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const count = draft.document.focusAreas.reduce((n, a) => n + a.commitments.length, 0);
  const initial: PromiseSetDocument = draft.document;
  return (
    <>
      <Notice>{t.importer.readDone(count)}</Notice>
      <h2 ref={headingRef} tabIndex={-1} className="ds-heading" data-size="md">
        {t.importer.draftHeading}
      </h2>
      <Warnings warnings={draft.document.warnings} />
      <p>
        <button type="button" className="ds-link" onClick={onRestart}>
          {t.importer.startOver}
        </button>
      </p>
      <div className="side-by-side">
        <section className="side-original" aria-labelledby="original-heading">
          <h3 id="original-heading" className="ds-heading" data-size="sm">
            {t.importer.originalHeading}
          </h3>
          <SourceText source={draft.sourceText} document={draft.document} />
        </section>
        <section className="side-draft" aria-label={t.importer.draftHeading}>
          <PromiseEditor
            initial={initial}
            status={null}
            submitLabel={t.editor.saveDraft}
            cancelTo="/loften"
            onSubmit={async (doc) => {
              // Warnings the user resolved while editing are not saved with the draft.
              const saved = await create.mutateAsync({ ...doc, warnings: unresolvedWarnings(doc.warnings, doc) });
              navigate(`/loften/${saved.id}`, { state: { notice: { kind: 'created' } } });
            }}
          />
        </section>
      </div>
    </>
  );
}

export function ImportPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ImportedDraft | null>(null);
  return (
    <div className="import-page">
      <p>
        <Link className="ds-link" to="/loften">
          {t.editor.backToList}
        </Link>
      </p>
      <PageHeading>{t.importer.title}</PageHeading>
      {draft ? (
        <Review key={draft.sourceText} draft={draft} onRestart={() => setDraft(null)} />
      ) : (
        <>
          <p>{t.importer.intro}</p>
          <ImportForms onRead={setDraft} />
        </>
      )}
    </div>
  );
}
