/** Progress against a commitment's target: pure functions, no I/O. See docs/progress-rules.md. */
export { computeProgress } from './progress.ts';
export { periodBuckets, requiredFor } from './buckets.ts';
export type { BucketSpan, PeriodInput } from './buckets.ts';
export { bucketLabelSv, MONTH_NAMES_SV } from './labels.ts';
export { ProgressInputError } from './errors.ts';
export type { ProgressErrorCode } from './errors.ts';
export type {
  ActivityInput,
  BucketProgress,
  BucketStatus,
  CommitmentProgress,
  CommitmentStatus,
  ProgressInput,
} from './types.ts';
export {
  addDays,
  daysBetweenInclusive,
  halfyearStart,
  isValidIsoDate,
  isoWeek,
  isoWeekMonday,
  monthStart,
  quarterStart,
  termStart,
  tertialStart,
  yearStart,
} from './dates.ts';
export {
  countVerdicts,
  followUpHeadline,
  readVerdict,
  STATUS_VERDICT,
  statusWord,
  VERDICT_EN,
  VERDICT_SV,
  VERDICTS,
} from './status.ts';
export type { Locale, Verdict, VerdictCounts } from './status.ts';
export { figureText, partStatus, requiredBy, shownFigure, spanWords, unitOf } from './figure.ts';
export type { Figure, Span, SpanKind, WindowNoun } from './figure.ts';
