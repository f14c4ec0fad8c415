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
