/**
 * What the public may see, and nothing else: kommuner by slug or code, the
 * published promise sets of a kommun (current, coming, ended), and the progress of their
 * commitments. A draft, an agreed-but-unpublished set and everything staff
 * write for themselves (owners, import warnings) stay out.
 */
import type { Deps } from '../deps.ts';
import { readDocument } from '../promises/store.ts';
import type { StoredPromiseSet } from '../promises/promise-sets.ts';
import { progressOfLoadedSet } from '../activities/progress.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { kommunRow, publishedSetRows } from './queries/published.ts';
import {
  arrangePromises,
  promiseTiming,
  type ArrangedPromises,
  type PromiseTiming,
} from '../../domain/promise-timing.ts';

export interface PublicKommun {
  id: string;
  name: string;
  slug: string;
  code: string;
  active: boolean;
}

export interface PublishedSet {
  set: StoredPromiseSet;
  publishedAt: Date;
  updatedAt: Date;
  /** Closed by staff: it has ended whatever its period says. */
  closed: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in public URLs are checked before they reach a uuid column (a malformed one would be a database error). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** Public pages count up to the Swedish day, like the staff app. */
export const todayOf = (deps: Deps): string => swedishDay(deps.now());

export async function kommunBy(deps: Deps, by: { slug: string } | { code: string }): Promise<PublicKommun | undefined> {
  const row = await kommunRow(deps.db, by);
  return row
    ? { id: row.id, name: row.name, slug: row.slug ?? '', code: row.code ?? '', active: row.active }
    : undefined;
}

/** Every promise set of the kommun that was published (also those closed since), without the fields meant for staff only. */
export async function publishedSetsOf(deps: Deps, municipalityId: string): Promise<PublishedSet[]> {
  const rows = await publishedSetRows(deps.db, municipalityId);
  const sets: PublishedSet[] = [];
  for (const row of rows) {
    const set = await readDocument(deps.db, row.id);
    if (!set) continue;
    sets.push({
      set: publicCopy(set),
      publishedAt: new Date(row.published_at!),
      updatedAt: new Date(row.updated_at),
      closed: row.status === 'closed',
    });
  }
  return sets;
}

/** How the timing rule (domain/promise-timing.ts) reads a published set. */
const timed = (p: PublishedSet) => ({
  period: p.set.period ?? null,
  closed: p.closed,
  publishedAt: p.publishedAt.toISOString(),
});

export const timingOf = (p: PublishedSet, today: string): PromiseTiming => promiseTiming(timed(p), today);

/** The kommun's published sets as current, coming and ended on `today`. */
export async function arrangedSetsOf(
  deps: Deps,
  municipalityId: string,
  today: string,
): Promise<ArrangedPromises<PublishedSet>> {
  return arrangePromises(await publishedSetsOf(deps, municipalityId), today, timed);
}

/** The person answering for a commitment and the importer's notes are for staff. */
function publicCopy(set: StoredPromiseSet): StoredPromiseSet {
  return {
    ...set,
    warnings: [],
    focusAreas: set.focusAreas.map((a) => ({
      ...a,
      commitments: a.commitments.map(({ owner: _owner, ...c }) => ({ ...c, owner: null })),
    })),
  };
}

export async function publishedProgress(
  deps: Deps,
  set: StoredPromiseSet,
  at: string,
): Promise<Map<string, CommitmentProgress>> {
  return progressOfLoadedSet(deps.db, set, at);
}

/** The newest of: published, last changed, last activity done. */
export function lastUpdatedOf(published: PublishedSet, progress: Map<string, CommitmentProgress>): string {
  const dates = [published.publishedAt.toISOString().slice(0, 10), published.updatedAt.toISOString().slice(0, 10)];
  for (const p of progress.values()) if (p.lastActivityDate) dates.push(p.lastActivityDate);
  return dates.sort().at(-1)!;
}
