/**
 * The server's drain loop: a drain shortly after a change that may have
 * recorded events (nudge, from the request that made it) and one every
 * `intervalMs` for the rest (events recorded by the command line or by
 * another process, retries that came due). Nudges arriving while a drain
 * runs ask for one more drain, not one each.
 */
import type { Deps } from '../deps.ts';
import { drainEvents } from './drain.ts';

export interface EventWorker {
  nudge(): void;
  /** Stops the interval and waits for a drain in progress. */
  stop(): Promise<void>;
}

export function startEventWorker(
  deps: Deps,
  log: (line: string) => void,
  intervalMs = 15_000,
  onRun: (outcome: 'ran' | 'failed') => void = () => {},
): EventWorker {
  let current: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = (): void => {
    if (stopped) return;
    if (current) {
      again = true;
      return;
    }
    current = drainEvents(deps)
      .then((r) => {
        onRun('ran');
        if (r.failed - r.gaveUp > 0)
          log(`Händelser: ${r.failed - r.gaveUp} misslyckades och försöks igen senare (${r.handled} klara).`);
        if (r.gaveUp)
          log(`Händelser: ${r.gaveUp} misslyckades för sista gången och lämnas obehandlade; se lofte events.`);
      })
      .catch((err) => {
        onRun('failed');
        log(`Händelsekön kunde inte tömmas: ${(err as Error).message}`);
      })
      .finally(() => {
        current = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  // Events left by the last run of the server (or recorded while none ran) are handled at once.
  setImmediate(run);
  return {
    nudge: () => setImmediate(run),
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (current) await current;
    },
  };
}
