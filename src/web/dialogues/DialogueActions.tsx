/**
 * "Ändra" and "Ta bort" for a registered dialogue or trygghetsvandring, and
 * the edit section that replaces the page's facts while editing. Focus goes
 * to the edit heading on opening, back to "Ändra" on cancel; a refused
 * delete is announced as an alert and says why.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { settle } from '../api/settle.ts';
import { ApiError } from '../api/client.ts';
import { fromApi, useI18n, type Localized } from '../i18n/i18n.tsx';
import { useDeleteDialogue, type Dialogue } from '../api/dialogues.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useRouteNotice } from '../ui/useRouteNotice.ts';
import { EditDialogueForm } from './EditDialogueForm.tsx';

export const EDIT_BUTTON_ID = 'dialogue-edit';
const EDIT_HEADING_ID = 'edit-heading';

/** What the list it leads to shows once: which dialogue was deleted. */
interface Deleted {
  deleted: string;
}

const unexpected: Localized = (t) => t.unexpectedError;
const refusal = (err: unknown): Localized =>
  err instanceof ApiError ? fromApi({ message: err.message, messageEn: err.messageEn }) : unexpected;

export function DialogueActions({ d, onEdit }: { d: Dialogue; onEdit: () => void }) {
  const { t, lang } = useI18n();
  const e = t.dialogueEdit;
  const navigate = useNavigate();
  const remove = useDeleteDialogue(d.id);
  const [error, setError] = useState<Localized | null>(null);
  const isWalk = d.kind === 'trygghetsvandring';
  const confirm = () => {
    setError(null);
    settle(
      remove,
      undefined,
      () =>
        navigate(isWalk ? '/dialog/trygghetsvandringar' : '/dialog', {
          state: { notice: { deleted: d.title } satisfies Deleted },
        }),
      (err) => setError(() => refusal(err)),
    );
  };
  return (
    <>
      <div role="alert" className="notice-region">
        {error ? (
          <div className="ds-alert" data-color="danger">
            {error(t, lang)}
          </div>
        ) : null}
      </div>
      <div className="button-row">
        <button id={EDIT_BUTTON_ID} type="button" className="ds-button" data-variant="secondary" onClick={onEdit}>
          {e.edit}
        </button>
        <ConfirmButton question={e.removeQuestion(d.title, d.findings.length)} onConfirm={confirm}>
          {isWalk ? e.removeWalk : e.removeDialogue}
        </ConfirmButton>
      </div>
    </>
  );
}

export function EditSection({ d, onSaved, onCancel }: { d: Dialogue; onSaved: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const e = t.dialogueEdit;
  return (
    <section aria-labelledby={EDIT_HEADING_ID}>
      <h2 id={EDIT_HEADING_ID} className="ds-heading" data-size="sm" tabIndex={-1}>
        {d.walk ? e.walkHeading : e.heading}
      </h2>
      <p>{e.intro}</p>
      <EditDialogueForm d={d} onDone={onSaved} onCancel={onCancel} />
    </section>
  );
}

/** The page's editing state: open (focus the edit heading), saved (notice, focus the h1) or cancelled (focus "Ändra"). */
export function useEditing(focusLater: (id: string) => void) {
  const [editing, setEditing] = useState(false);
  return {
    editing,
    open: () => {
      setEditing(true);
      focusLater(EDIT_HEADING_ID);
    },
    close: () => {
      setEditing(false);
      focusLater(EDIT_BUTTON_ID);
    },
    saved: () => setEditing(false),
  };
}

/** On the list a delete leads to: "… är borttagen", once. */
export function DeletedNotice() {
  const { t } = useI18n();
  const arrived = useRouteNotice<Deleted>();
  return <Notice>{arrived?.deleted ? t.dialogueEdit.deleted(arrived.deleted) : null}</Notice>;
}
