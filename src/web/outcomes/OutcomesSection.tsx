/** The promise set page's "Har det gjort skillnad?": results today, and (for who may change the set) adding and removing indicators. */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useIndicatorMutations, useIndicatorProposals, useIndicators, useOutcomes } from '../api/outcomes.ts';
import type { StoredPromiseSet } from '../api/promises.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { IndicatorForm } from './IndicatorForm.tsx';
import { OutcomeResults } from './OutcomeResults.tsx';
import { BaselineForm } from './BaselineForm.tsx';

const REMOVED: Localized = (t) => t.outcomes.removed;
const ADDED: Localized = (t) => t.outcomes.added;
const BASELINE_SAVED: Localized = (t) => t.outcomes.baselineSaved;

export function OutcomesSection({ set }: { set: StoredPromiseSet }) {
  const { t, lang } = useI18n();
  const o = t.outcomes;
  const list = useIndicators(set.id);
  const results = useOutcomes(set.id, lang);
  const m = useIndicatorMutations(set.id);
  const [notice, setNotice] = useState<Localized | null>(null);
  const mayChange = list.data?.mayChange ?? false;
  const proposals = useIndicatorProposals(set.id, mayChange);
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
                  <>
                    {r.kind !== 'activity_outcome' && (
                      <BaselineForm
                        outcome={r}
                        onSave={async (baseline) => {
                          await m.change.mutateAsync({ id: r.id, patch: { baseline } });
                          setNotice(() => BASELINE_SAVED);
                        }}
                      />
                    )}
                    <ConfirmButton
                      label={`${o.remove}: ${r.title}`}
                      question={o.removeConfirm(r.title)}
                      onConfirm={() => m.remove.mutate(r.id, { onSuccess: () => setNotice(() => REMOVED) })}
                    >
                      {o.remove}
                    </ConfirmButton>
                  </>
                )
              : undefined
          }
        />
      )}
      {mayChange && proposals.data && proposals.data.proposals.length > 0 && (
        <section aria-labelledby="outcome-proposals-heading">
          <h3 id="outcome-proposals-heading" className="ds-heading" data-size="2xs">
            {o.proposalsHeading}
          </h3>
          <p>{o.proposalsIntro}</p>
          <ul className="outcome-proposals">
            {proposals.data.proposals.map((p) => (
              <li key={`${p.problemCategory}-${p.title}`}>
                {p.title} <span className="meta">({p.reason})</span>{' '}
                <button
                  type="button"
                  className="ds-button"
                  data-variant="secondary"
                  data-size="sm"
                  aria-label={o.addProposal(p.title)}
                  disabled={m.add.isPending}
                  onClick={() =>
                    m.add.mutate(
                      {
                        title: p.title,
                        desired: p.desired,
                        definition: p.definition,
                        problemCategory: p.problemCategory,
                      },
                      { onSuccess: () => setNotice(() => ADDED) },
                    )
                  }
                >
                  {o.addShort}
                </button>
              </li>
            ))}
          </ul>
        </section>
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
