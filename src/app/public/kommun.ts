/** The read model of the public kommun page: "ni sa – vi lovade – vi gjorde". */
import type { Deps } from '../deps.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import { citizenVoicesFor, type CitizenVoice } from './citizen-voices.ts';
import { publishedFollowUpsFor, type PublicFollowUpSummary } from './follow-ups.ts';
import {
  currentPublishedSet,
  kommunBy,
  lastUpdatedOf,
  publishedProgress,
  todayOf,
  type PublicKommun,
  type PublishedSet,
} from './published.ts';

export interface KommunPageView {
  kommun: PublicKommun;
  at: string;
  published: PublishedSet | null;
  progress: Map<string, CommitmentProgress>;
  /** ISO date: the newest of published, changed and last activity. */
  lastUpdated: string | null;
  followUps: PublicFollowUpSummary[];
  voices: CitizenVoice[];
}

export async function kommunPageView(deps: Deps, slug: string): Promise<KommunPageView | undefined> {
  const kommun = await kommunBy(deps, { slug });
  if (!kommun) return undefined;
  const at = todayOf(deps);
  const empty: KommunPageView = {
    kommun,
    at,
    published: null,
    progress: new Map(),
    lastUpdated: null,
    followUps: [],
    voices: [],
  };
  if (!kommun.active) return empty;
  const published = (await currentPublishedSet(deps, kommun.id)) ?? null;
  const progress = published ? await publishedProgress(deps, published.set, at) : new Map<string, CommitmentProgress>();
  return {
    ...empty,
    published,
    progress,
    lastUpdated: published ? lastUpdatedOf(published, progress) : null,
    followUps: await publishedFollowUpsFor(deps, kommun.id),
    voices: await citizenVoicesFor(deps, kommun.id, kommun.slug),
  };
}
