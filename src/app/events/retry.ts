/**
 * An operator's second chance for events that used up their attempts (the
 * mail server was down for hours): their count starts again and they are
 * due at once. Consumers keep their receipts, so nobody is mailed twice.
 */
import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { forbidden } from '../../domain/errors.ts';
import { reachFor } from '../../domain/access/permissions.ts';
import { writeAudit } from '../audit.ts';
import { MAX_ATTEMPTS } from './drain.ts';

export async function retryFailedEvents(deps: Deps, actor: Actor): Promise<number> {
  // The outbox spans every kommun: only an actor whose reach is unbounded (the platform, the CLI) restarts it.
  if (reachFor(actor, 'organisation.create') !== 'all') throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable('domain_events')
      .set({ attempts: 0, next_attempt_at: deps.now() })
      .where('handled_at', 'is', null)
      .where('attempts', '>=', MAX_ATTEMPTS)
      .returning(['id', 'kind'])
      .execute();
    if (rows.length) {
      await writeAudit(trx, actor, {
        action: 'domain_events.retry',
        entityType: 'domain_event',
        entityId: null,
        organisationId: null,
        before: null,
        after: { events: rows.map((r) => `${r.id} ${r.kind}`) },
      });
    }
    return rows.length;
  });
}
