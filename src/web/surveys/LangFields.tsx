/**
 * One text in each language the survey is offered in, Swedish first: a
 * field per language, labelled "<what> på <språk>", its input marked with
 * that language so spelling and screen readers follow it.
 */
import type { SurveyLanguage } from '../api/surveys.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TextAreaField, TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import type { Texts } from './question-model.ts';

interface Props {
  /** Field ids are `${id}-${lang}`. */
  id: string;
  label: string;
  langs: readonly SurveyLanguage[];
  texts: Texts;
  onChange: (texts: Texts) => void;
  errors: readonly FormError[];
  /** A multi-line field with this many rows; a one-line field without. */
  rows?: number;
  hint?: (lang: SurveyLanguage) => string | undefined;
  suffix?: string;
}

export function LangFields({ id, label, langs, texts, onChange, errors, rows, hint, suffix }: Props) {
  const { t } = useI18n();
  const b = t.surveyBuilder;
  return (
    <>
      {langs.map((l) => {
        const common = {
          id: `${id}-${l}`,
          lang: l,
          label: `${label} ${b.inLang[l]}${suffix ? ` ${suffix}` : ''}`,
          value: texts[l] ?? '',
          hint: hint?.(l),
          error: fieldError(errors, `${id}-${l}`),
        };
        return rows ? (
          <TextAreaField
            key={l}
            {...common}
            rows={rows}
            onChange={(e) => onChange({ ...texts, [l]: e.target.value })}
          />
        ) : (
          <TextField key={l} {...common} onChange={(e) => onChange({ ...texts, [l]: e.target.value })} />
        );
      })}
    </>
  );
}
