/**
 * Polisens underlag (sekretess): confidential notes only police staff see.
 * The API answers 404 to everyone else, and then this section is not shown.
 * Read-only police roles see the notes without the add and remove controls.
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { useAddPoliceNote, useDeletePoliceNote, usePoliceNotes } from '../api/situation.ts';
import { useCategories } from '../api/dialogues.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextAreaField } from '../ui/fields.tsx';
import { LoadError } from '../ui/QueryState.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';

function AddNote({ kommun, year }: { kommun: string; year: number }) {
  const { t, lang } = useI18n();
  const s = t.situation;
  const add = useAddPoliceNote(kommun, year);
  const categories = useCategories();
  const [category, setCategory] = useState('');
  const [seriousness, setSeriousness] = useState('3');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!category) found.push({ fieldId: 'note-category', message: (tt) => tt.chooseRequired(tt.findings.category) });
    if (!text.trim()) found.push({ fieldId: 'note-text', message: (tt) => tt.required(tt.situation.noteText) });
    setErrors(found);
    if (found.length) return;
    add.mutate(
      { category, seriousness: Number(seriousness), text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          setCategory('');
        },
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <SelectField
        id="note-category"
        label={t.findings.category}
        value={category}
        onChange={(e) => setCategory(e.target.value)}
        error={fieldError(errors, 'note-category')}
      >
        <option value="">{t.findings.chooseCategory}</option>
        {(categories.data?.categories ?? []).map((c) => (
          <option key={c.key} value={c.key}>
            {lang === 'en' ? c.labelEn : c.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="note-seriousness"
        label={t.findings.seriousness}
        value={seriousness}
        onChange={(e) => setSeriousness(e.target.value)}
      >
        {t.findings.levels.map((l, i) => (
          <option key={l} value={i + 1}>{`${i + 1} – ${l}`}</option>
        ))}
      </SelectField>
      <TextAreaField
        id="note-text"
        label={s.noteText}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={fieldError(errors, 'note-text')}
      />
      <button type="submit" className="ds-button" data-variant="secondary" aria-busy={add.isPending || undefined}>
        {s.addNote}
      </button>
    </form>
  );
}

export function PoliceNotes({ kommun, year }: { kommun: string; year: number }) {
  const { t } = useI18n();
  const s = t.situation;
  const notes = usePoliceNotes(kommun, year);
  const remove = useDeletePoliceNote(kommun, year);
  if (notes.isPending) return null;
  if (notes.isError)
    return notes.error instanceof ApiError && notes.error.status === 404 ? null : <LoadError error={notes.error} />;
  return (
    <section aria-labelledby="police-heading" className="police-notes">
      <h2 id="police-heading" className="ds-heading" data-size="sm">
        {s.policeHeading}
      </h2>
      <div className="ds-alert" data-color="warning">
        <p>{s.policeWarning}</p>
      </div>
      {notes.data.notes.length ? (
        <ul className="plain-list note-list">
          {notes.data.notes.map((n) => (
            <li key={n.id}>
              <p>
                <strong>{t.categoryNames[n.category] ?? n.category}</strong> ·{' '}
                {`${n.seriousness} – ${t.findings.levels[n.seriousness - 1]}`}
              </p>
              <p className="prose">{n.text}</p>
              {notes.data.mayWrite && (
                <ConfirmButton
                  label={s.deleteNoteLabel(t.categoryNames[n.category] ?? n.category)}
                  question={s.deleteNoteConfirm}
                  onConfirm={() => remove.mutate(n.id)}
                >
                  {s.deleteNote}
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.noNotes}</p>
      )}
      {notes.data.mayWrite && <AddNote kommun={kommun} year={year} />}
    </section>
  );
}
