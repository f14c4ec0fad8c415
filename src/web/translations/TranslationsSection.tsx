/**
 * "Översättningar" on the promise set and follow-up pages: each text the
 * public reads, the Swedish shown, and a field per language (Finnish,
 * Meänkieli, English) marked with that language so spelling and screen
 * readers follow it. One button saves every language that changed.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { svTranslations } from '../i18n/sv-translations.ts';
import { enTranslations } from '../i18n/en-translations.ts';
import {
  useSaveTranslations,
  useTranslations,
  type TranslatableTextView,
  type TranslationOwner,
} from '../api/translations.ts';
import { TextAreaField, TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';

const LANGS = ['fi', 'fit', 'en'] as const;
type Lang = (typeof LANGS)[number];
type Drafts = Record<Lang, Record<string, string>>;

/** Parts whose texts are short enough for one line. */
const ONE_LINE = new Set(['title', 'focusArea', 'when', 'condition']);

const storedDrafts = (texts: readonly TranslatableTextView[]): Drafts => {
  const drafts: Drafts = { fi: {}, fit: {}, en: {} };
  for (const t of texts) for (const l of LANGS) drafts[l][t.item] = t.translations[l]?.text ?? '';
  return drafts;
};

export function TranslationsSection({ owner, id }: { owner: TranslationOwner; id: string }) {
  const { lang } = useI18n();
  const w = lang === 'en' ? enTranslations : svTranslations;
  const query = useTranslations(owner, id);
  const headingId = `translations-${owner}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="ds-heading" data-size="sm">
        {w.heading}
      </h2>
      <p>{owner === 'promise-sets' ? w.introPromise : w.introFollowUp}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} />
      ) : query.data.texts.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <TranslationsForm
          // A new form only when the Swedish texts change: a save keeps the form and its message.
          key={query.data.texts.map((t) => `${t.item}\u0000${t.sv}`).join('\u0001')}
          owner={owner}
          id={id}
          texts={query.data.texts}
          mayEdit={query.data.mayEdit}
        />
      )}
    </section>
  );
}

function TranslationsForm({
  owner,
  id,
  texts,
  mayEdit,
}: {
  owner: TranslationOwner;
  id: string;
  texts: TranslatableTextView[];
  mayEdit: boolean;
}) {
  const { lang } = useI18n();
  const w = lang === 'en' ? enTranslations : svTranslations;
  const save = useSaveTranslations(owner, id);
  // What is saved now (read again after each save), to send only the texts that changed.
  const stored = useMemo(() => storedDrafts(texts), [texts]);
  const [drafts, setDrafts] = useState<Drafts>(() => storedDrafts(texts));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    setNotice(null);
    let saved = 0;
    let removed = 0;
    try {
      for (const l of LANGS) {
        // Changed texts, and outdated ones confirmed by saving them again for the Swedish as it stands.
        const changed = texts
          .filter((t) => drafts[l][t.item] !== stored[l][t.item] || t.translations[l]?.outdated)
          .map((t) => ({ item: t.item, text: drafts[l][t.item] ?? '' }));
        if (!changed.length) continue;
        const r = await save.mutateAsync({ lang: l, texts: changed });
        saved += r.saved;
        removed += r.removed;
      }
      setNotice(w.saved(saved, removed));
    } catch (err) {
      setErrors(apiFormErrors(err));
    }
  }

  const what = (t: TranslatableTextView) =>
    t.promiseNo ? `${w.promiseNo(t.promiseNo)} – ${w.parts[t.part]}` : (w.parts[t.part] ?? t.part);

  return (
    <>
      <Notice>{notice}</Notice>
      {!mayEdit && <p>{w.readOnly}</p>}
      <details className="translations">
        <summary>{w.show(texts.length)}</summary>
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} />
          {texts.map((t, i) => (
            <fieldset key={t.item} className="translation">
              <legend>{what(t)}</legend>
              <p className="translation-source">
                {w.swedish}: <span lang="sv">{t.sv}</span>
              </p>
              {LANGS.map((l) => {
                const fieldId = `tr-${owner}-${i}-${l}`;
                const outdated = t.translations[l]?.outdated ? w.outdated(t.translations[l]?.source ?? '') : undefined;
                const common = {
                  id: fieldId,
                  lang: l,
                  label: w.fieldLabel(what(t), w.languages[l]),
                  hint: outdated,
                  value: drafts[l][t.item] ?? '',
                  readOnly: !mayEdit,
                };
                const change = (value: string) => setDrafts((d) => ({ ...d, [l]: { ...d[l], [t.item]: value } }));
                return ONE_LINE.has(t.part) ? (
                  <TextField key={l} {...common} onChange={(e) => change(e.target.value)} />
                ) : (
                  <TextAreaField key={l} {...common} rows={2} onChange={(e) => change(e.target.value)} />
                );
              })}
            </fieldset>
          ))}
          {mayEdit && (
            <button type="submit" className="ds-button" data-variant="primary" disabled={save.isPending}>
              {save.isPending ? w.saving : w.save}
            </button>
          )}
        </form>
      </details>
    </>
  );
}
