/**
 * `lofte events`: what waits in the outbox (mails, page cache) and what
 * failed for good, with the last error. `--drain` hands due events to their
 * consumers now (an install with no server running, or to see it happen);
 * `--retry` gives failed events their attempts back first.
 */
import type { Config } from '../config.ts';
import { parseOptions, type Io } from './io.ts';
import { withDeps } from './context.ts';
import { drainEvents, failedEvents, outboxState } from '../app/events/drain.ts';
import { retryFailedEvents } from '../app/events/retry.ts';
import { CLI_ACTOR } from '../app/audit.ts';

export async function runEvents(args: string[], io: Io, config: Config): Promise<number> {
  const { values } = parseOptions(args, { drain: { type: 'boolean' }, retry: { type: 'boolean' } });
  return withDeps(config, async (deps) => {
    if (values.retry) io.stdout(`${await retryFailedEvents(deps, CLI_ACTOR)} misslyckade händelser försöks igen.`);
    if (values.drain || values.retry) {
      const r = await drainEvents(deps);
      if (r.busy) io.stdout('En annan process hanterar händelserna just nu.');
      else io.stdout(`Hanterade: ${r.handled}, misslyckade: ${r.failed}.`);
    }
    const state = await outboxState(deps);
    io.stdout(`Väntar: ${state.waiting}, misslyckade för gott: ${state.failed}.`);
    for (const e of await failedEvents(deps)) {
      io.stdout(`  #${e.id} ${e.kind} ${e.subject_id} (${e.attempts} försök): ${e.last_error ?? ''}`);
    }
    return state.failed ? 1 : 0;
  });
}
