import type { Deps } from '../deps.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import { loadActivities, type ActivityView } from './activities.ts';
import type { ActivityFilter } from '../../contracts/activities.ts';

/** Activities in promise sets of kommuner the actor may read. */
export async function listActivities(deps: Deps, actor: Actor, filter: ActivityFilter): Promise<ActivityView[]> {
  const reach = reachFor(actor, 'activity.read');
  if (reach !== 'all' && reach.size === 0) return [];
  let q = deps.db
    .selectFrom('activities as a')
    .select('a.id')
    .orderBy('a.date', 'desc')
    .orderBy('a.created_at', 'desc')
    .limit(filter.limit ?? 500);
  if (reach !== 'all') {
    q = q.where((eb) =>
      eb.or([
        eb(
          'a.promise_set_id',
          'in',
          eb
            .selectFrom('promise_set_municipalities')
            .select('promise_set_id')
            .where('organisation_id', 'in', [...reach]),
        ),
        eb('a.organisation_id', 'in', [...reach]),
      ]),
    );
  }
  if (filter.promiseSetId) q = q.where('a.promise_set_id', '=', filter.promiseSetId);
  if (filter.commitmentId) q = q.where('a.commitment_id', '=', filter.commitmentId);
  if (filter.from) q = q.where('a.date', '>=', filter.from);
  if (filter.to) q = q.where('a.date', '<=', filter.to);
  const ids = (await q.execute()).map((r) => r.id);
  return loadActivities(deps.db, ids);
}
