/**
 * The read model of the public kommun page: "ni sa – vi lovade – vi gjorde".
 * The promise running today comes first with its progress; a promise that
 * has not started is told as coming; ended ones come last ("Tidigare
 * löften"), each with its final result and its own follow-ups.
 */
import type { Deps } from '../deps.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import { countVerdicts, type VerdictCounts } from '../../domain/progress/status.ts';
import { citizenVoicesFor, type CitizenVoice } from './citizen-voices.ts';
import { publishedOutcomes } from '../outcomes/public.ts';
import type { OutcomeView } from '../../contracts/outcomes.ts';
import { publishedFollowUpsFor, type PublicFollowUpSummary } from './follow-ups.ts';
import { translationsOf } from '../translations/queries.ts';
import type { Translations } from '../../domain/translations/index.ts';
import {
  arrangedSetsOf,
  kommunBy,
  lastUpdatedOf,
  publishedProgress,
  todayOf,
  type PublicKommun,
  type PublishedSet,
} from './published.ts';

/** How an ended promise ended: its final follow-up's verdicts, or (without one) the activities counted to its last day. */
export interface FinalResult {
  /** Per status; its headline ("6 av 8 uppfyllda") comes from progress/status.ts. */
  counts: VerdictCounts;
  /** 'follow-up': the published follow-up reaching the end of the period; 'counted': progress on the last day. */
  source: 'follow-up' | 'counted';
  followUp: PublicFollowUpSummary | null;
}

export interface EndedPromise {
  published: PublishedSet;
  result: FinalResult;
  followUps: PublicFollowUpSummary[];
}

export interface KommunPageView {
  kommun: PublicKommun;
  at: string;
  /** The promise running today (the first of `current`), or null: the page then says there is none. */
  published: PublishedSet | null;
  current: PublishedSet[];
  coming: PublishedSet[];
  ended: EndedPromise[];
  /** Progress of the current promises' commitments, counted up to today. */
  progress: Map<string, CommitmentProgress>;
  /** ISO date: the newest of published, changed and last activity. */
  lastUpdated: string | null;
  /** Follow-ups of the current and coming promises (an ended promise lists its own). */
  followUps: PublicFollowUpSummary[];
  voices: CitizenVoice[];
  /** "Har det gjort skillnad?" per current promise set, in each public language. */
  outcomes: Map<string, Record<'sv' | 'en', OutcomeView[]>>;
  /** Staff's translations of each shown promise set's texts (fi, fit, en), by set id. */
  translations: Map<string, Translations>;
}

/** The last day of an ended promise: the end of its period, or today for one closed without an end. */
const lastDayOf = (p: PublishedSet, today: string): string => {
  const to = p.set.period?.to;
  return to && to < today ? to : today;
};

async function finalResult(
  deps: Deps,
  p: PublishedSet,
  followUps: PublicFollowUpSummary[],
  today: string,
): Promise<FinalResult> {
  const lastDay = lastDayOf(p, today);
  // Newest period first: the first one reaching the last day is the final follow-up.
  const final = followUps.find((f) => f.period.to >= lastDay);
  if (final) return { counts: final.counts, source: 'follow-up', followUp: final };
  // Counted today, when every span of the period has closed (a week may run past the period's last day).
  const progress = await publishedProgress(deps, p.set, today);
  return { counts: countVerdicts([...progress.values()].map((c) => c.status)), source: 'counted', followUp: null };
}

export async function kommunPageView(deps: Deps, slug: string): Promise<KommunPageView | undefined> {
  const kommun = await kommunBy(deps, { slug });
  if (!kommun) return undefined;
  const at = todayOf(deps);
  const empty: KommunPageView = {
    kommun,
    at,
    published: null,
    current: [],
    coming: [],
    ended: [],
    progress: new Map(),
    lastUpdated: null,
    followUps: [],
    voices: [],
    outcomes: new Map(),
    translations: new Map(),
  };
  if (!kommun.active) return empty;
  const { current, coming, ended } = await arrangedSetsOf(deps, kommun.id, at);
  const progress = new Map<string, CommitmentProgress>();
  for (const p of current) for (const [id, c] of await publishedProgress(deps, p.set, at)) progress.set(id, c);
  const followUps = await publishedFollowUpsFor(deps, kommun.id);
  const endedIds = new Set(ended.map((p) => p.set.id));
  const endedPromises: EndedPromise[] = [];
  for (const p of ended) {
    const own = followUps.filter((f) => f.promiseSetId === p.set.id);
    endedPromises.push({ published: p, followUps: own, result: await finalResult(deps, p, own, at) });
  }
  const outcomes = new Map<string, Record<'sv' | 'en', OutcomeView[]>>();
  for (const p of current) {
    const [sv, en] = await Promise.all([
      publishedOutcomes(deps.db, p.set.id, at, 'sv'),
      publishedOutcomes(deps.db, p.set.id, at, 'en'),
    ]);
    outcomes.set(p.set.id, { sv, en });
  }
  const newest = current[0] ?? coming[0] ?? ended[0];
  return {
    ...empty,
    published: current[0] ?? null,
    current,
    coming,
    ended: endedPromises,
    progress,
    lastUpdated: newest ? lastUpdatedOf(newest, newest === current[0] ? progress : new Map()) : null,
    followUps: followUps.filter((f) => !endedIds.has(f.promiseSetId)),
    voices: await citizenVoicesFor(deps, kommun.id, kommun.slug),
    outcomes,
    translations: await translationsOf(
      deps.db,
      'promise_set',
      [...current, ...coming, ...ended].map((p) => p.set.id),
    ),
  };
}
