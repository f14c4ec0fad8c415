/**
 * Open data at stable URLs: a kommun's published promise set as a promise
 * document (format medborgarlofte/v1, with its ids) plus the progress of
 * every commitment, and the same as CSV, one row per commitment. Only
 * published sets, without what is meant for staff (owners, import warnings).
 */
import { publishedOutcomes } from '../outcomes/public.ts';
import type { OutcomeView } from '../../contracts/outcomes.ts';
import { statusWord } from '../../domain/progress/status.ts';
import { shownFigure, spanWords } from '../../domain/progress/figure.ts';
import type { Deps } from '../deps.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { csvDocument } from '../../domain/csv.ts';
import { describeTargetSv } from '../../reports/target-text.ts';
import type { PromiseTiming } from '../../domain/promise-timing.ts';
import { kommunerWithPublishedSet } from './queries/published.ts';
import {
  arrangedSetsOf,
  kommunBy,
  lastUpdatedOf,
  publishedProgress,
  timingOf,
  todayOf,
  type PublicKommun,
} from './published.ts';

export const OPEN_DATA_LICENCE = {
  name: 'CC0 1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv',
};

export interface OpenProgress {
  status: CommitmentProgress['status'];
  doneToDate: number;
  requiredToDate: number;
  lastActivityDate: string | null;
  buckets: CommitmentProgress['buckets'];
}

export type OpenDataDocument = PromiseSetDocument & {
  id: string;
  publishedAt: string;
  updatedAt: string;
  lastUpdated: string;
  licence: typeof OPEN_DATA_LICENCE;
  source: string;
  /** The day progress was counted up to (today; nothing after an ended promise's period counts). */
  progressAt: string;
  /** On the day of the answer: 'current' (in force), 'coming' (not started) or 'ended'. */
  timing: PromiseTiming;
  progress: Record<string, OpenProgress>;
  outcomes: OutcomeView[];
};

export interface OpenData {
  kommun: PublicKommun;
  document: OpenDataDocument;
}

export async function openDataFor(deps: Deps, code: string): Promise<OpenData | undefined> {
  if (!/^\d{4}$/.test(code)) return undefined;
  const kommun = await kommunBy(deps, { code });
  if (!kommun) return undefined;
  const today = todayOf(deps);
  // The promise in force; without one, the next to come, else the one that ended last (its `timing` says which).
  const arranged = await arrangedSetsOf(deps, kommun.id, today);
  const published = arranged.current[0] ?? arranged.coming[0] ?? arranged.ended[0];
  if (!published) return undefined;
  const timing = timingOf(published, today);
  const at = today;
  const progress = await publishedProgress(deps, published.set, at);
  const open: Record<string, OpenProgress> = {};
  for (const [id, p] of progress) {
    open[id] = {
      status: p.status,
      doneToDate: p.doneToDate,
      requiredToDate: p.requiredToDate,
      lastActivityDate: p.lastActivityDate,
      buckets: p.buckets,
    };
  }
  const document: OpenDataDocument = {
    ...published.set,
    publishedAt: published.publishedAt.toISOString(),
    updatedAt: published.updatedAt.toISOString(),
    lastUpdated: lastUpdatedOf(published, progress),
    licence: OPEN_DATA_LICENCE,
    source: `${deps.config.publicBaseUrl}/kommun/${kommun.slug}`,
    progressAt: at,
    timing,
    progress: open,
    outcomes: await publishedOutcomes(deps.db, published.set.id, at, 'sv'),
  };
  return { kommun, document };
}

const party = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);

export const CSV_HEADER = [
  'fokusområde',
  'åtagande',
  'ansvarig',
  'mål',
  'status',
  'gjort',
  'krav',
  'räknat',
  'senast gjort',
  'id',
  'löftet',
];

const TIMING_SV: Record<PromiseTiming, string> = { current: 'gäller', coming: 'kommande', ended: 'avslutat' };

/** UTF-8 with a byte-order mark and `;`, so Swedish Excel opens it as it is. */
export function openDataCsv(doc: OpenDataDocument): string {
  const rows: unknown[][] = [[...CSV_HEADER]];
  for (const area of doc.focusAreas) {
    for (const c of area.commitments) {
      const p = c.id ? doc.progress[c.id] : undefined;
      // The figure the kommun page shows: status, numbers and what they count, of one span.
      const f = p ? shownFigure(c.target, p, doc.progressAt, doc.period?.from ?? null) : undefined;
      rows.push([
        area.title,
        c.text,
        c.responsible.map(party).join(', '),
        describeTargetSv(c.target),
        f ? statusWord(f.status, 'sv').toLowerCase() : '',
        f?.done ?? '',
        f?.required ?? '',
        f ? spanWords(f.span, 'sv') : '',
        p?.lastActivityDate ?? '',
        c.id ?? '',
        TIMING_SV[doc.timing],
      ]);
    }
  }
  return csvDocument(rows);
}

/** Every kommun with published open data, for the index (JSON and HTML). */
export async function openDataIndex(deps: Deps): Promise<{ name: string; code: string; slug: string }[]> {
  const rows = await kommunerWithPublishedSet(deps.db);
  return rows.map((r) => ({ name: r.name, code: r.code ?? '', slug: r.slug ?? '' }));
}
