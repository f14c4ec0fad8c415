/** Step one of reading in a document: upload a file, or paste its text. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useImportPromise, type ImportedDraft } from '../../api/promises.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextAreaField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';

const FILE_ID = 'import-file';
const TEXT_ID = 'import-text';

export function ImportForms({ onRead }: { onRead: (draft: ImportedDraft) => void }) {
  const { t, lang } = useI18n();
  const read = useImportPromise();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const send = (input: { file: File } | { text: string }) =>
    read.mutate(input, { onSuccess: onRead, onError: (error) => setErrors(apiFormErrors(error)) });
  const submitFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors([{ fieldId: FILE_ID, message: (t) => t.importer.chooseFile }]);
    setErrors([]);
    send({ file });
  };
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setErrors([{ fieldId: TEXT_ID, message: (t) => t.importer.pasteRequired }]);
    setErrors([]);
    send({ text });
  };
  const fileError = fieldError(errors, FILE_ID);
  return (
    <>
      <ErrorSummary errors={errors} />
      <form onSubmit={submitFile} noValidate className="form" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading" className="ds-heading" data-size="sm">
          {t.importer.fileHeading}
        </h2>
        <div className="ds-field field">
          <label className="ds-label" htmlFor={FILE_ID}>
            {t.importer.file}
          </label>
          <div data-field="description" id={`${FILE_ID}-hint`}>
            {t.importer.fileHint}
          </div>
          {fileError && (
            <p className="ds-validation-message" id={`${FILE_ID}-error`}>
              {fileError(t, lang)}
            </p>
          )}
          <input
            id={FILE_ID}
            type="file"
            className="file-input"
            accept=".txt,.md,.docx,.pdf,text/plain,text/markdown,application/pdf"
            aria-describedby={`${FILE_ID}-hint${fileError ? ` ${FILE_ID}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={read.isPending || undefined}>
          {read.isPending ? t.loading : t.importer.readFile}
        </button>
      </form>
      <form onSubmit={submitText} noValidate className="form" aria-labelledby="import-text-heading">
        <h2 id="import-text-heading" className="ds-heading" data-size="sm">
          {t.importer.pasteHeading}
        </h2>
        <TextAreaField
          id={TEXT_ID}
          label={t.importer.paste}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError(errors, TEXT_ID)}
        />
        <button type="submit" className="ds-button" data-variant="secondary" aria-busy={read.isPending || undefined}>
          {t.importer.readText}
        </button>
      </form>
    </>
  );
}
