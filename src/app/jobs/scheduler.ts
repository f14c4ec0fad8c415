import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { lastRunOn, tryLock, unlock } from './lock.ts';
import { sendReminders, sendWeeklyDigest } from './reminders.ts';
import { sendFollowUpDueReminders } from './follow-up-due.ts';
import { sendActionPlanDueReminders } from './action-plan-due.ts';
import { pruneGrowingTables } from './prune.ts';
import { flushLeftoverAnswers } from '../surveys/queries/batches.ts';
import { applyRetention } from '../privacy/retention.ts';
import { swedishDay } from '../../domain/calendar.ts';

const DAILY = 'daily-reminders';
const HOLDER = `${process.pid}-${randomUUID()}`;

/**
 * Runs the daily job if it has not run today and no other process is running
 * it. Safe to call often and from every process.
 */
export async function runDueJobs(deps: Deps, holder = HOLDER): Promise<{ ran: boolean; sent: number }> {
  const today = swedishDay(deps.now());
  if ((await lastRunOn(deps.db, DAILY)) === today) return { ran: false, sent: 0 };
  if (!(await tryLock(deps.db, DAILY, holder, 30 * 60_000, deps.now()))) return { ran: false, sent: 0 };
  let ok = false;
  try {
    if ((await lastRunOn(deps.db, DAILY)) === today) return { ran: false, sent: 0 };
    const reminders = await sendReminders(deps, today);
    const digest = await sendWeeklyDigest(deps, today);
    const due = await sendFollowUpDueReminders(deps, today);
    const plans = await sendActionPlanDueReminders(deps, today);
    await pruneGrowingTables(deps);
    // Survey answers left waiting at the day's end are stored (a short batch padded, batches.ts).
    await flushLeftoverAnswers(deps);
    // Each kommun's retention (survey free text, login records, audit entries), after the answers are stored.
    await applyRetention(deps);
    ok = true;
    return { ran: true, sent: reminders.sent + digest.sent + due.sent + plans.sent };
  } finally {
    await unlock(deps.db, DAILY, holder, ok ? today : null);
  }
}

/** How a scheduled job's turn went, for /metrics: done, left to another process (or not due), or failed. */
export type JobRun = (outcome: 'ran' | 'skipped' | 'failed') => void;

/** Checks every `intervalMs` whether the daily job is due. Returns a stop function. */
export function startScheduler(
  deps: Deps,
  log: (line: string) => void,
  intervalMs = 10 * 60_000,
  onRun: JobRun = () => {},
): () => void {
  const tick = () => {
    runDueJobs(deps)
      .then((r) => {
        onRun(r.ran ? 'ran' : 'skipped');
        if (r.ran) log(`Dagliga påminnelser körda: ${r.sent} e-postmeddelanden skickade.`);
      })
      .catch((err) => {
        onRun('failed');
        log(`Påminnelsejobbet misslyckades: ${(err as Error).message}`);
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 5_000).unref();
  return () => clearInterval(timer);
}
