/**
 * The promise editor: basic details, prose, focus areas with their
 * genomförandeplan, and (for an agreed or published set) why it changes.
 * The page decides what saving means; errors from the API land in the summary.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PromiseSetDocument, PromiseStatus } from '../../api/promises.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextAreaField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { toDocument, toDraft, type EditorDraft } from './draft-model.ts';
import { FIELD_IDS, validateDraft } from './validate.ts';
import { MetaFields, ProseFields } from './MetaFields.tsx';
import { FocusAreasEditor } from './FocusAreasEditor.tsx';

export interface PromiseEditorProps {
  initial: PromiseSetDocument;
  /** The stored set's status; null for a set not saved yet. */
  status: PromiseStatus | null;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (doc: PromiseSetDocument, reason: string | null) => Promise<unknown>;
}

const API_FIELDS = { title: FIELD_IDS.title, municipalities: FIELD_IDS.municipalities, period: FIELD_IDS.periodFrom };

export function PromiseEditor({ initial, status, submitLabel, cancelTo, onSubmit }: PromiseEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<EditorDraft>(() => toDraft(initial));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [pending, setPending] = useState(false);
  const reasonRequired = status !== null && status !== 'draft';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft, { reasonRequired, reason });
    setErrors(found);
    if (found.length || pending) return;
    setPending(true);
    onSubmit(toDocument(draft, initial), reasonRequired ? reason.trim() : null)
      .catch((error: unknown) => setErrors(apiFormErrors(error, API_FIELDS)))
      .finally(() => setPending(false));
  };

  return (
    <form onSubmit={submit} noValidate className="promise-editor">
      <ErrorSummary errors={errors} />
      <MetaFields draft={draft} onChange={setDraft} errors={errors} />
      <ProseFields draft={draft} onChange={setDraft} />
      <FocusAreasEditor
        areas={draft.focusAreas}
        onChange={(focusAreas) => setDraft({ ...draft, focusAreas })}
        errors={errors}
      />
      {reasonRequired && (
        <div className="editor-section">
          <TextAreaField
            id={FIELD_IDS.reason}
            label={t.editor.reason}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError(errors, FIELD_IDS.reason)}
          />
        </div>
      )}
      <div className="button-row editor-submit">
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={pending || undefined}>
          {pending ? t.saving : submitLabel}
        </button>
        <Link className="ds-link" to={cancelTo}>
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
