/**
 * Fritext: the working group codes free-text answers into categories. Each
 * answer is shown masked; the original, with the personal data found in it
 * marked, only on request. Suggested categories are ticked for a first pass.
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { textIn, useFreeText, useSetCodes, type FreeText, type FreeTextItem, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';

const itemKey = (i: FreeTextItem) => `${i.responseId}:${i.questionId}`;

function Original({ item }: { item: FreeTextItem }) {
  const { t } = useI18n();
  const parts: { text: string; kind?: string }[] = [];
  let at = 0;
  for (const p of [...item.personalData].sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue;
    parts.push({ text: item.text.slice(at, p.start) }, { text: item.text.slice(p.start, p.end), kind: p.kind });
    at = p.end;
  }
  parts.push({ text: item.text.slice(at) });
  return (
    <details className="original-text">
      <summary>{t.surveys.showOriginal}</summary>
      <p className="free-text-answer">
        {parts.map((p, i) =>
          p.kind ? (
            <mark key={i}>
              {p.text}
              <span className="ds-sr-only"> ({t.surveys.personalData})</span>
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </details>
  );
}

function ItemFields({
  item,
  data,
  chosen,
  onChange,
}: {
  item: FreeTextItem;
  data: FreeText;
  chosen: Set<string>;
  onChange: (c: Set<string>) => void;
}) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const suggested = new Set(item.suggestions.map((x) => x.key));
  const id = `code-${item.responseId}-${item.questionId}`;
  return (
    <fieldset className="ds-fieldset finding-fields free-text-item">
      <legend className="ds-label free-text-answer">{item.redacted}</legend>
      {item.personalData.length > 0 && <p className="small">{s.redactedNote(item.personalData.length)}</p>}
      <Original item={item} />
      <div className="inline-radios">
        {data.categories.map((c) => (
          <div className="ds-field" key={c.key}>
            <input
              id={`${id}-${c.key}`}
              type="checkbox"
              className="ds-input"
              checked={chosen.has(c.key)}
              onChange={(e) => {
                const n = new Set(chosen);
                if (e.target.checked) n.add(c.key);
                else n.delete(c.key);
                onChange(n);
              }}
            />
            <label className="ds-label" htmlFor={`${id}-${c.key}`}>
              {textIn(c.label, lang)}
              {suggested.has(c.key) ? ` (${s.suggested})` : ''}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function Coding({ survey, data }: { survey: Survey; data: FreeText }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const save = useSetCodes(survey.id);
  const [codes, setCodes] = useState<Record<string, Set<string>>>(() =>
    Object.fromEntries(
      data.items.map((i) => [
        itemKey(i),
        new Set(i.categories.length ? i.categories : i.suggestions.map((x) => x.key)),
      ]),
    ),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const items = data.items.map((i) => ({
      responseId: i.responseId,
      questionId: i.questionId,
      categories: [...(codes[itemKey(i)] ?? [])],
    }));
    settle(
      save,
      items,
      () => {
        setErrors([]);
        setSaved(true);
      },
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      <ErrorSummary errors={errors} />
      {data.questions.map((q) => (
        <section key={q.id} aria-label={textIn(q.text, lang)}>
          <h2 className="ds-heading" data-size="xs">
            {textIn(q.text, lang)}
          </h2>
          {data.items
            .filter((i) => i.questionId === q.id)
            .map((i) => (
              <ItemFields
                key={itemKey(i)}
                item={i}
                data={data}
                chosen={codes[itemKey(i)] ?? new Set()}
                onChange={(c) => setCodes({ ...codes, [itemKey(i)]: c })}
              />
            ))}
        </section>
      ))}
      <Notice>{saved ? s.codesSaved : null}</Notice>
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={save.isPending || undefined}>
        {s.saveCodes}
      </button>
    </form>
  );
}

export function FreeTextCoding({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const free = useFreeText(survey.id);
  if (free.isPending) return <Loading />;
  if (free.isError) return <LoadError error={free.error} />;
  return (
    <>
      <p>{t.surveys.codingIntro}</p>
      {free.data.waiting > 0 && <p>{t.surveys.answersWaiting(free.data.waiting)}</p>}
      {free.data.items.length ? <Coding survey={survey} data={free.data} /> : <p>{t.surveys.noFreeText}</p>}
    </>
  );
}
