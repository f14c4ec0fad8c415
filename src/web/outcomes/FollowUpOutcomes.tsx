/** The follow-up page's "Har det gjort skillnad?": the promise set's indicators over the follow-up's period. */
import { useI18n } from '../i18n/i18n.tsx';
import { useOutcomes } from '../api/outcomes.ts';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { OutcomeResults } from './OutcomeResults.tsx';

export function FollowUpOutcomes({ promiseSetId, followUpId }: { promiseSetId: string; followUpId: string }) {
  const { t, lang } = useI18n();
  const results = useOutcomes(promiseSetId, lang, followUpId);
  // A set without indicators says nothing here: the promise set page is where they are added.
  if (results.isSuccess && results.data.indicators.length === 0) return null;
  return (
    <section aria-labelledby="fu-outcomes-heading">
      <h2 id="fu-outcomes-heading" className="ds-heading" data-size="sm">
        {t.outcomes.heading}
      </h2>
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <LoadError error={results.error} />
      ) : (
        <OutcomeResults outcomes={results.data.indicators} />
      )}
    </section>
  );
}
