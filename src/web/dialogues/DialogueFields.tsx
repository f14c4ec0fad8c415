/**
 * The four facts every dialogue has (date, place, area, title), written
 * once for the form that registers a dialogue and the one that corrects a
 * dialogue or trygghetsvandring. Field ids are `<prefix>-date` and so on.
 */
import { useI18n } from '../i18n/i18n.tsx';
import { TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';

export interface DialogueFacts {
  date: string;
  place: string;
  areaName: string;
  title: string;
}

/** Where a form words a field otherwise than the form for a new dialogue (a walk, a correction). */
export interface DialogueFieldWords {
  dateLabel?: string;
  dateHint?: string;
  placeHint?: string;
  titleLabel?: string;
  titleHint?: string;
}

export function DialogueFields({
  prefix,
  values,
  onChange,
  errors,
  words = {},
}: {
  prefix: string;
  values: DialogueFacts;
  onChange: (key: keyof DialogueFacts, value: string) => void;
  errors: FormError[];
  words?: DialogueFieldWords;
}) {
  const { t } = useI18n();
  const f = t.dialogueForm;
  const fields: { key: keyof DialogueFacts; id: string; label: string; hint: string; type?: 'date' }[] = [
    { key: 'date', id: 'date', label: words.dateLabel ?? f.date, hint: words.dateHint ?? f.dateHint, type: 'date' },
    { key: 'place', id: 'place', label: f.place, hint: words.placeHint ?? f.placeHint },
    { key: 'areaName', id: 'area', label: f.area, hint: f.areaHint },
    { key: 'title', id: 'title', label: words.titleLabel ?? f.title, hint: words.titleHint ?? f.titleHint },
  ];
  return (
    <>
      {fields.map(({ key, id, label, hint, type }) => (
        <TextField
          key={key}
          id={`${prefix}-${id}`}
          type={type}
          label={label}
          hint={hint}
          value={values[key]}
          onChange={(e) => onChange(key, e.target.value)}
          error={fieldError(errors, `${prefix}-${id}`)}
        />
      ))}
    </>
  );
}
