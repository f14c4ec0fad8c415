/** Small pieces of public wording shared by pages, feeds, mails and share texts. */
import { MONTH_NAMES_SV } from '../../domain/progress/labels.ts';
import { bucketLabelSv, type CommitmentProgress } from '../../domain/progress/index.ts';
import type { Target } from '../../domain/promise-document.ts';
import { formatAmount, formatNumber } from '../../domain/reader-text.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type Lang = 'sv' | 'en';

/** "2 september 2019" / "2 September 2019". */
export function longDate(iso: string, locale: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${locale === 'sv' ? MONTH_NAMES_SV[m - 1] : MONTHS_EN[m - 1]} ${y}`;
}

/** The bucket holding `at`, or the last one that has ended. */
export function currentBucket(p: CommitmentProgress, at: string): CommitmentProgress['buckets'][number] | undefined {
  return p.buckets.find((b) => b.from <= at && at <= b.to) ?? p.buckets.filter((b) => b.to < at).at(-1);
}

/** "1 av 2 gånger andra halvåret 2019", or "Gjort hittills: 3" when the target has no count per period. */
export function progressLine(target: Target, p: CommitmentProgress, at: string, locale: Lang): string {
  const sv = locale === 'sv';
  const current = currentBucket(p, at);
  const unitOf = target.kind === 'none' ? null : target.unit;
  if (!current || target.kind !== 'count')
    return `${sv ? 'Gjort hittills' : 'Done so far'}: ${formatAmount(p.doneToDate, unitOf, locale)}`;
  const unit = target.unit ?? (sv ? 'gånger' : 'times');
  // Done is counted (rounded down for counted units); what is required is shown as the target says it.
  return `${formatAmount(current.done, target.unit, locale)} ${sv ? 'av' : 'of'} ${formatNumber(current.required, locale)} ${unit} ${sv ? bucketLabelSv(current, target.per) : `(${current.from} – ${current.to})`}`;
}

export const STATUS_WORDS: Record<CommitmentProgress['status'], [sv: string, en: string]> = {
  met: ['Uppfyllt', 'Met'],
  on_track: ['I fas', 'On track'],
  at_risk: ['Risk att inte nås', 'At risk'],
  missed: ['Ej uppfyllt', 'Not met'],
  not_measurable: ['Följs upp i text', 'Followed up in writing'],
};
