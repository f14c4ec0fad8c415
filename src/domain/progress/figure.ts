/**
 * The one number shown for a commitment, with its status and the span it
 * counts (docs/progress-rules.md, "Statuses and the number shown"). The
 * status and the number are always taken from the same span, so a card can
 * never say "Ej uppfyllt" beside "3 av 2", nor "144 av 144" in one place and
 * "1 av 3" in another: the overview's card and attention list, the public
 * page and the share texts all show this figure.
 */
import type { Per, Target } from '../promise-document.ts';
import { formatAmount, formatNumber } from '../reader-text.ts';
import { daysBetweenInclusive } from './dates.ts';
import { bucketLabelSv, MONTH_NAMES_SV } from './labels.ts';
import type { Locale } from './status.ts';
import type {
  BucketProgress,
  CommitmentProgress,
  CommitmentStatus,
  Figure,
  Span,
  SpanKind,
  WindowNoun,
} from './types.ts';

export type { Figure, Span, SpanKind, WindowNoun };

/** What a part should have reached by `at`: all of it once ended, `floor(required × elapsed)` while it runs. */
export function requiredBy(bucket: Pick<BucketProgress, 'from' | 'to' | 'required'>, at: string): number {
  if (bucket.to < at) return bucket.required;
  if (bucket.from > at) return 0;
  return Math.floor(
    (bucket.required * daysBetweenInclusive(bucket.from, at)) / daysBetweenInclusive(bucket.from, bucket.to),
  );
}

/** A part's status on `at`, by the rules for the commitment: met, missed, or on or behind its pace. */
export function partStatus(bucket: BucketProgress, at: string): CommitmentStatus {
  if (bucket.done >= bucket.required) return 'met';
  if (bucket.to < at) return 'missed';
  return bucket.done >= requiredBy(bucket, at) ? 'on_track' : 'at_risk';
}

function toDate(p: CommitmentProgress, at: string, from: string): Figure {
  const last = p.buckets.at(-1);
  const to = last && last.to < at ? last.to : at;
  const required = p.status === 'not_measurable' ? null : p.requiredToDate;
  return { status: p.status, done: p.doneToDate, required, span: { kind: 'to_date', from, to } };
}

function part(bucket: BucketProgress, status: CommitmentStatus, per: Per | null): Figure {
  const span: Span = { kind: 'part', from: bucket.from, to: bucket.to, per };
  return { status, done: bucket.done, required: bucket.required, span };
}

/**
 * The figure of a commitment on day `at` (the rule, first that applies):
 * 1. followed up in text, a share, or an "i snitt" target: the total up to
 *    `at` with the commitment's status;
 * 2. a part that ended short: the latest such part, "Ej uppfyllt";
 * 3. the part that holds `at`: its number and its own status (so 3 of 2
 *    this month reads "Uppfyllt");
 * 4. before the first part or between two: the next part, "I fas";
 * 5. after the last part: the total, with the commitment's status.
 */
export function shownFigure(target: Target, p: CommitmentProgress, at: string, periodFrom: string | null): Figure {
  // An empty start (the period is not known) reads "hittills".
  const from = p.buckets[0]?.from ?? periodFrom ?? '';
  if (target.kind !== 'count' || target.average || p.status === 'not_measurable') return toDate(p, at, from);
  const missed = p.buckets.filter((b) => b.to < at && b.done < b.required).at(-1);
  if (missed) return part(missed, 'missed', target.per);
  const holding = p.buckets.find((b) => b.from <= at && at <= b.to);
  if (holding) return part(holding, partStatus(holding, at), target.per);
  const next = p.buckets.find((b) => b.from > at);
  if (next) return part(next, 'on_track', target.per);
  return toDate(p, at, from);
}

const WINDOW_SV: Record<WindowNoun, string> = {
  quarter: 'under kvartalet',
  tertial: 'under tertialen',
  halfyear: 'under halvåret',
  year: 'under året',
};
const WINDOW_EN: Record<WindowNoun, string> = {
  quarter: 'in the quarter',
  tertial: 'in the tertial',
  halfyear: 'in the half-year',
  year: 'in the year',
};
/** Finnish and Meänkieli: the span after the number, dates as "1.3.2026" (no month name to inflect). */
const WINDOW_WORD_FIRST: Record<'fi' | 'fit', Record<WindowNoun, string>> = {
  fi: {
    quarter: 'vuosineljänneksen aikana',
    tertial: 'neljän kuukauden jakson aikana',
    halfyear: 'puolivuotiskauden aikana',
    year: 'vuoden aikana',
  },
  fit: {
    quarter: 'kvartaalin aikana',
    tertial: 'neljän kuukauen aikana',
    halfyear: 'puolen vuoen aikana',
    year: 'vuoen aikana',
  },
};
const SO_FAR: Record<'fi' | 'fit', { all: string; year: string; since: (d: string) => string; times: string }> = {
  fi: { all: 'tähän mennessä', year: 'tänä vuonna tähän mennessä', since: (d) => `${d} lähtien`, times: 'kertaa' },
  fit: { all: 'tähhään asti', year: 'tänä vuonna tähhään asti', since: (d) => `${d} alkaen`, times: 'kertaa' },
};
const dotted = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
};

function spanWordsWordFirst(span: Span, locale: 'fi' | 'fit'): string {
  if (span.kind === 'window') return WINDOW_WORD_FIRST[locale][span.noun ?? 'year'];
  if (span.kind === 'part')
    return span.from === span.to ? dotted(span.from) : `${dotted(span.from)}–${dotted(span.to)}`;
  const w = SO_FAR[locale];
  if (!span.from) return w.all;
  if (span.from === `${span.to.slice(0, 4)}-01-01`) return w.year;
  return w.since(dotted(span.from));
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateWords(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return locale === 'sv' ? `${d} ${MONTH_NAMES_SV[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** "under mars 2026", "hittills i år", "sedan 28 november 2019", "under tertialen" (and in English). */
export function spanWords(span: Span, locale: Locale): string {
  if (locale === 'fi' || locale === 'fit') return spanWordsWordFirst(span, locale);
  const sv = locale === 'sv';
  if (span.kind === 'window') return (sv ? WINDOW_SV : WINDOW_EN)[span.noun ?? 'year'];
  if (span.kind === 'part') {
    if (sv) return `under ${bucketLabelSv(span, span.per ?? null)}`;
    return span.from === span.to
      ? `on ${dateWords(span.from, 'en')}`
      : `from ${dateWords(span.from, 'en')} to ${dateWords(span.to, 'en')}`;
  }
  if (!span.from) return sv ? 'hittills' : 'so far';
  if (span.from === `${span.to.slice(0, 4)}-01-01`) return sv ? 'hittills i år' : 'so far this year';
  return sv ? `hittills sedan ${dateWords(span.from, 'sv')}` : `so far since ${dateWords(span.from, 'en')}`;
}

/** The unit a target counts in, or null for "followed up in text". */
export function unitOf(target: Target): string | null {
  return target.kind === 'none' ? null : (target.unit ?? null);
}

/**
 * The figure in words: "3 av 2 trafikkontroller under mars 2026",
 * "7 av 12 insatser hittills i år", or without a requirement
 * "Gjort hittills i år: 3". Counted units are whole, measured ones keep
 * their decimals ("2,5 av 4 timmar").
 */
export function figureText(figure: Pick<Figure, 'done' | 'required' | 'span'>, target: Target, locale: Locale): string {
  const sv = locale === 'sv';
  const unit = unitOf(target);
  const when = spanWords(figure.span, locale);
  const done = formatAmount(figure.done, unit, locale);
  if (locale === 'fi' || locale === 'fit') {
    // "3/2 trafikkontroller 1.3.2026–31.3.2026": the unit is staff's own (Swedish) word.
    if (figure.required === null) return `Tehty ${when}: ${done}`;
    return `${done}/${formatNumber(figure.required, locale)} ${unit ?? SO_FAR[locale].times} ${when}`;
  }
  if (figure.required === null) return sv ? `Gjort ${when}: ${done}` : `Done ${when}: ${done}`;
  const shownUnit = unit ?? (sv ? 'gånger' : 'times');
  return `${done} ${sv ? 'av' : 'of'} ${formatNumber(figure.required, locale)} ${shownUnit} ${when}`;
}
