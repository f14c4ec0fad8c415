/**
 * A kommun's language switch on its public pages (issue 18): as its
 * administrative area decides (on in the areas for Finnish and Meänkieli),
 * or turned on or off by the kommun.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { useApiMutation } from '../../api/queries.ts';
import type { PublicLanguagesBody, PublicLanguagesView } from '../../api/types.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { apiFormErrors, type FormError } from '../../ui/form-errors.ts';

type Choice = 'area' | 'on' | 'off';
const toChoice = (c: boolean | null): Choice => (c === null ? 'area' : c ? 'on' : 'off');
const toBody = (c: Choice): PublicLanguagesBody => ({ switchOn: c === 'area' ? null : c === 'on' });

function Form({ id, view }: { id: string; view: PublicLanguagesView }) {
  const { t } = useI18n();
  const w = t.publicLanguages;
  const [choice, setChoice] = useState<Choice>(toChoice(view.choice));
  const [errors, setErrors] = useState<FormError[]>([]);
  const save = useApiMutation(
    (c: Choice) => api<PublicLanguagesView>('PUT', `/api/v1/organisations/${id}/public-languages`, toBody(c)),
    [['public-languages', id]],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    save.mutate(choice, { onError: (error) => setErrors(apiFormErrors(error, {})) });
  };
  const areas = view.areas.map((a) => w.areaNames[a] ?? a).join(w.and);
  const options: [Choice, string][] = [
    ['area', w.byArea(view.defaultOn)],
    ['on', w.on],
    ['off', w.off],
  ];
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <p>{areas ? w.inArea(areas) : w.notInArea}</p>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{w.legend}</legend>
        {options.map(([value, label]) => (
          <div className="ds-field" key={value}>
            <input
              id={`public-languages-${value}`}
              type="radio"
              name="public-languages"
              className="ds-input"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            <label className="ds-label" htmlFor={`public-languages-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={save.isPending || undefined}>
        {t.save}
      </button>
      <Notice>{save.isSuccess ? (save.data.switchOn ? w.nowShown : w.nowHidden) : null}</Notice>
    </form>
  );
}

export function PublicLanguagesForm({ id }: { id: string }) {
  const { t } = useI18n();
  const view = useQuery({
    queryKey: ['public-languages', id],
    queryFn: () => api<PublicLanguagesView>('GET', `/api/v1/organisations/${encodeURIComponent(id)}/public-languages`),
  });
  return (
    <section aria-labelledby="public-languages-heading">
      <h2 id="public-languages-heading">{t.publicLanguages.heading}</h2>
      <p>{t.publicLanguages.intro}</p>
      {view.isPending ? (
        <Loading />
      ) : view.isError ? (
        <LoadError error={view.error} />
      ) : (
        <Form id={id} view={view.data} />
      )}
    </section>
  );
}
