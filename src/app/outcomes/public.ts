/** Outcomes as the public reads them: a published promise set's indicators on a day, no actor needed. */
import type { Db } from '../../db/connect.ts';
import type { OutcomeView } from '../../contracts/outcomes.ts';
import { indicatorsOf, setFacts } from './queries.ts';
import { outcomesFor } from './results.ts';

/** Only for sets the caller has shown to be published (the public read models hold no others). */
export async function publishedOutcomes(db: Db, setId: string, at: string, lang: 'sv' | 'en'): Promise<OutcomeView[]> {
  const [set, indicators] = await Promise.all([setFacts(db, setId), indicatorsOf(db, setId)]);
  if (!set || !indicators.length) return [];
  return outcomesFor(db, set, indicators, at, null, lang);
}

/** The outcomes over a follow-up's period (its report, internal or public: outcomes hold no personal data). */
export async function followUpOutcomes(
  db: Db,
  setId: string,
  period: { from: string; to: string },
): Promise<OutcomeView[]> {
  const [set, indicators] = await Promise.all([setFacts(db, setId), indicatorsOf(db, setId)]);
  if (!set || !indicators.length) return [];
  return outcomesFor(db, set, indicators, period.to, period, 'sv');
}
