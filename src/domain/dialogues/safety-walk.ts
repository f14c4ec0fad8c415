/**
 * The trygghetsvandring method: a pre-meeting (förmöte), the walk itself
 * with its findings, and a follow-up meeting 2–3 weeks later where each
 * finding gets an owner and a planned action with a date; then a new walk
 * some months later. At most about 20 people should walk together.
 */
import { AppError } from '../errors.ts';
import { parseIsoDate } from '../progress/dates.ts';
import type { WalkWarning, WalkWarningCode } from './shapes.ts';

/** ASCII keys; the Swedish step names are the labels. */
export const WALK_STAGES = ['formote', 'vandring', 'aterkoppling', 'klar'] as const;
export type WalkStage = (typeof WALK_STAGES)[number];

export const WALK_STAGE_LABELS: Readonly<Record<WalkStage, { label: string; labelEn: string }>> = Object.freeze({
  formote: { label: 'Förmöte', labelEn: 'Pre-meeting' },
  vandring: { label: 'Vandring', labelEn: 'Walk' },
  aterkoppling: { label: 'Återkoppling', labelEn: 'Follow-up meeting' },
  klar: { label: 'Klar', labelEn: 'Done' },
});

export const MAX_WALKERS = 20;
export const FOLLOW_UP_MIN_DAYS = 14;
export const FOLLOW_UP_MAX_DAYS = 21;
/** "Some months later": a new walk sooner than this after the previous one gets a warning. */
export const NEXT_WALK_MIN_DAYS = 60;

export type { WalkWarning, WalkWarningCode };

export interface WalkFacts {
  stage: WalkStage;
  /** The walk's date (planned while at förmöte). */
  date: string;
  followUpDate: string | null;
  walkers: number;
  findingsWithoutAction: number;
  previousWalkDate: string | null;
}

const days = (from: string, to: string) => parseIsoDate(to)! - parseIsoDate(from)!;

export function walkWarnings(w: WalkFacts): WalkWarning[] {
  const out: WalkWarning[] = [];
  if (w.walkers > MAX_WALKERS) {
    out.push({
      code: 'too_many_walkers',
      message: `${w.walkers} deltagare: en trygghetsvandring fungerar bäst med högst cirka ${MAX_WALKERS} personer. Dela gärna upp i flera grupper.`,
      messageEn: `${w.walkers} participants: a safety walk works best with at most about ${MAX_WALKERS} people. Consider splitting into groups.`,
    });
  }
  if (w.followUpDate) {
    const gap = days(w.date, w.followUpDate);
    if (gap < FOLLOW_UP_MIN_DAYS || gap > FOLLOW_UP_MAX_DAYS) {
      out.push({
        code: 'follow_up_timing',
        message: `Återkopplingsmötet ligger ${gap} dagar efter vandringen; metoden rekommenderar 2–3 veckor (${FOLLOW_UP_MIN_DAYS}–${FOLLOW_UP_MAX_DAYS} dagar).`,
        messageEn: `The follow-up meeting is ${gap} days after the walk; the method recommends 2–3 weeks (${FOLLOW_UP_MIN_DAYS}–${FOLLOW_UP_MAX_DAYS} days).`,
      });
    }
  } else if (w.stage === 'vandring') {
    out.push({
      code: 'follow_up_not_planned',
      message: 'Inget återkopplingsmöte är planerat. Planera det 2–3 veckor efter vandringen.',
      messageEn: 'No follow-up meeting is planned. Plan it 2–3 weeks after the walk.',
    });
  }
  if ((w.stage === 'aterkoppling' || w.stage === 'klar') && w.findingsWithoutAction > 0) {
    out.push({
      code: 'findings_without_action',
      message: `${w.findingsWithoutAction} iakttagelser saknar ansvarig och planerad åtgärd.`,
      messageEn: `${w.findingsWithoutAction} findings have no owner and planned action.`,
    });
  }
  if (w.previousWalkDate && days(w.previousWalkDate, w.date) < NEXT_WALK_MIN_DAYS) {
    out.push({
      code: 'next_walk_soon',
      message: `Den nya vandringen ligger bara ${days(w.previousWalkDate, w.date)} dagar efter den förra; metoden rekommenderar några månader emellan så att åtgärderna hinner göras.`,
      messageEn: `The new walk is only ${days(w.previousWalkDate, w.date)} days after the previous one; the method recommends some months in between.`,
    });
  }
  return out;
}

/** The pre-meeting comes before (or on the day of) the walk, the follow-up meeting after it. */
export function checkWalkDateOrder(d: {
  preMeetingDate?: string | null;
  date: string;
  followUpDate?: string | null;
}): void {
  if (d.preMeetingDate && d.preMeetingDate > d.date) {
    throw new AppError(
      'validation_failed',
      'Förmötet måste hållas före vandringen',
      'The pre-meeting must come before the walk',
      { field: 'preMeetingDate' },
    );
  }
  if (d.followUpDate && d.followUpDate < d.date) {
    throw new AppError(
      'validation_failed',
      'Återkopplingsmötet måste hållas efter vandringen',
      'The follow-up meeting must come after the walk',
      { field: 'followUpDate' },
    );
  }
}

/** A step can only be taken from the stage before it. */
export function assertStage(current: WalkStage, expected: WalkStage, step: string, stepEn: string): void {
  if (current === expected) return;
  throw new AppError(
    'conflict',
    `Vandringen är i steget ${WALK_STAGE_LABELS[current].label.toLowerCase()}; ${step} kräver steget ${WALK_STAGE_LABELS[expected].label.toLowerCase()}`,
    `The walk is at the ${WALK_STAGE_LABELS[current].labelEn.toLowerCase()} stage; ${stepEn} needs the ${WALK_STAGE_LABELS[expected].labelEn.toLowerCase()} stage`,
    { stage: current, expected },
  );
}

export type ActionStatus = 'no_action' | 'open' | 'overdue' | 'done';

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = Object.freeze({
  no_action: 'Ingen åtgärd planerad',
  open: 'Pågår',
  overdue: 'Försenad',
  done: 'Klar',
});

/** An action is open from the follow-up meeting until it is marked done; overdue once its due date has passed. */
export function actionStatus(
  f: { action: string | null; dueDate: string | null; doneAt: string | null },
  today: string,
): ActionStatus {
  if (f.doneAt) return 'done';
  if (!f.action) return 'no_action';
  return f.dueDate && f.dueDate < today ? 'overdue' : 'open';
}

export function daysOverdue(dueDate: string | null, today: string): number {
  return dueDate && dueDate < today ? days(dueDate, today) : 0;
}
