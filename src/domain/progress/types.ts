import type { Target } from '../promise-document.ts';
import type { PeriodInput } from './buckets.ts';

export type CommitmentStatus = 'met' | 'on_track' | 'at_risk' | 'missed' | 'not_measurable';
export type BucketStatus = 'met' | 'missed' | 'open' | 'upcoming';

export interface BucketProgress {
  from: string;
  to: string;
  required: number;
  done: number;
  status: BucketStatus;
}

export interface CommitmentProgress {
  status: CommitmentStatus;
  doneToDate: number;
  requiredToDate: number;
  /** Latest date of an activity inside the period and not after `at`. */
  lastActivityDate: string | null;
  buckets: BucketProgress[];
}

export interface ActivityInput {
  date: string;
  /** How many of the target's unit the activity stands for; 1 when left out. */
  quantity?: number;
  /** For share targets: the part (e.g. first-time users) recorded with the activity. */
  part?: number;
  /** For share targets: the whole (e.g. detected narcotics offences) recorded with the activity. */
  whole?: number;
}

export interface ProgressInput {
  target: Target;
  period: PeriodInput;
  activities: ReadonlyArray<ActivityInput>;
  /** The day progress is asked for; activities after it are not counted. */
  at: string;
}
