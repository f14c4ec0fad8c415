/** The promise set page's "Har det gjort skillnad?": results today, and (for who may change the set) adding and removing indicators. */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useIndicatorMutations, useIndicators, useOutcomes } from '../api/outcomes.ts';
import type { StoredPromiseSet } from '../api/promises.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { IndicatorForm } from './IndicatorForm.tsx';
import { OutcomeResults } from './OutcomeResults.tsx';

const REMOVED: Localized = (t) => t.outcomes.removed;
const ADDED: Localized = (t) => t.outcomes.added;

export function OutcomesSection({ set }: { set: StoredPromiseSet }) {
  const { t, lang } = useI18n();
  const o = t.outcomes;
  const list = useIndicators(set.id);
  const results = useOutcomes(set.id, lang);
  const m = useIndicatorMutations(set.id);
  const [notice, setNotice] = useState<Localized | null>(null);
  const mayChange = list.data?.mayChange ?? false;
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading" className="ds-heading" data-size="sm">
        {o.heading}
      </h2>
      <p>{o.intro}</p>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <LoadError error={results.error} />
      ) : (
        <OutcomeResults
          outcomes={results.data.indicators}
          actionsFor={
            mayChange
              ? (r) => (
                  <ConfirmButton
                    label={`${o.remove}: ${r.title}`}
                    question={o.removeConfirm(r.title)}
                    onConfirm={() => m.remove.mutate(r.id, { onSuccess: () => setNotice(() => REMOVED) })}
                  >
                    {o.remove}
                  </ConfirmButton>
                )
              : undefined
          }
        />
      )}
      {mayChange && (
        <IndicatorForm
          set={set}
          pending={m.add.isPending}
          onAdd={async (body) => {
            await m.add.mutateAsync(body);
            setNotice(() => ADDED);
          }}
        />
      )}
    </section>
  );
}
