/** What can be done with a set in its status: edit, sign, publish, close; and the downloads. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { exportLinks, useTransition, type StoredPromiseSet } from '../../api/promises.ts';
import { settle } from '../../api/settle.ts';
import { useSingleFlight } from '../../api/single-flight.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { DownloadList } from '../../ui/DownloadList.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../../ui/form-errors.ts';
import { AgreeForm } from './AgreeForm.tsx';

export type PageNotice = 'agreed' | 'published' | 'closed';

export function SetActions({ set, onNotice }: { set: StoredPromiseSet; onNotice: (n: PageNotice) => void }) {
  const { t } = useI18n();
  const p = t.promisePage;
  const publish = useTransition(set.id, 'publish');
  const close = useTransition(set.id, 'close');
  const once = useSingleFlight();
  const [signing, setSigning] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const fail = (error: unknown) => setErrors(apiFormErrors(error));
  const editPath = `/loften/${set.id}/redigera`;
  return (
    <section aria-labelledby="actions-heading" className="set-actions">
      <h2 id="actions-heading" className="ds-heading" data-size="sm">
        {p.actionsHeading}
      </h2>
      <ErrorSummary errors={errors} />
      <div className="button-row">
        {set.status === 'draft' && (
          <Link className="ds-button" data-variant="secondary" to={editPath}>
            {p.edit}
          </Link>
        )}
        {set.status === 'draft' && !signing && (
          <button type="button" className="ds-button" data-variant="primary" onClick={() => setSigning(true)}>
            {p.markAgreed}
          </button>
        )}
        {set.status === 'agreed' && (
          <button
            type="button"
            className="ds-button"
            data-variant="primary"
            aria-busy={publish.isPending || undefined}
            disabled={publish.isPending}
            onClick={() => once(() => settle(publish, undefined, () => onNotice('published'), fail))}
          >
            {p.publish}
          </button>
        )}
        {(set.status === 'agreed' || set.status === 'published') && (
          <>
            <Link className="ds-button" data-variant="secondary" to={editPath}>
              {p.editNewVersion}
            </Link>
            <ConfirmButton
              question={p.closeConfirm}
              onConfirm={() => close.mutate(undefined, { onSuccess: () => onNotice('closed'), onError: fail })}
            >
              {p.close}
            </ConfirmButton>
          </>
        )}
        <Link className="ds-link" to={`/loften/${set.id}/versioner`}>
          {p.history}
        </Link>
      </div>
      {set.status === 'closed' && <p>{p.closedNote}</p>}
      <div id="agree-area">
        {signing && set.status === 'draft' && (
          <AgreeForm
            setId={set.id}
            onDone={() => {
              setSigning(false);
              onNotice('agreed');
            }}
          />
        )}
      </div>
    </section>
  );
}

export function Downloads({ id }: { id: string }) {
  const { t } = useI18n();
  const p = t.promisePage;
  return <DownloadList id="downloads-heading" heading={p.downloadsHeading} hrefs={exportLinks(id)} labels={p} />;
}
