import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { AppError } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import type { Target } from '../../domain/promise-document.ts';
import { assertMayLog, loadCommitment } from './commitment-access.ts';
import { swedishDay } from '../../domain/calendar.ts';
import type { MyCommitment } from '../../contracts/activities.ts';

export type { MyCommitment } from '../../contracts/activities.ts';

/** The commitments the actor can log against today, for the phone's quick entry ("+1 idag"). */
export async function myCommitments(deps: Deps, actor: Actor): Promise<MyCommitment[]> {
  const reach = reachFor(actor, 'activity.write');
  const partnerParents = await deps.db
    .selectFrom('organisations')
    .select('parent_id')
    .where(
      'id',
      'in',
      actor.grants
        .filter((g) => g.role === 'partner')
        .map((g) => g.organisationId)
        .concat(['00000000-0000-0000-0000-000000000000']),
    )
    .execute();
  const orgs = [
    ...(reach === 'all' ? [] : reach),
    ...partnerParents.map((p) => p.parent_id).filter((x): x is string => !!x),
  ];
  if (reach !== 'all' && !orgs.length) return [];
  let q = deps.db
    .selectFrom('commitments as c')
    .innerJoin('promise_sets as p', 'p.id', 'c.promise_set_id')
    .innerJoin('focus_areas as f', 'f.id', 'c.focus_area_id')
    .select(['c.id', 'c.text', 'c.target', 'c.follow_up', 'f.title as area', 'p.id as set_id', 'p.title as set_title'])
    .where('p.status', 'in', ['agreed', 'published'])
    .where('c.removed_at', 'is', null)
    .orderBy('p.title')
    .orderBy('f.position')
    .orderBy('c.position');
  if (reach !== 'all') {
    q = q.where('p.id', 'in', (eb) =>
      eb.selectFrom('promise_set_municipalities').select('promise_set_id').where('organisation_id', 'in', orgs),
    );
  }
  const rows = await q.execute();
  const today = swedishDay(deps.now());
  const done = rows.length
    ? await deps.db
        .selectFrom('activities')
        .select(['commitment_id', sql<string>`sum(quantity)`.as('n')])
        .where(
          'commitment_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('date', '=', today)
        .groupBy('commitment_id')
        .execute()
    : [];
  const out: MyCommitment[] = [];
  for (const r of rows) {
    const ctx = await loadCommitment(deps.db, r.id);
    if (!ctx) continue;
    try {
      await assertMayLog(deps.db, actor, ctx);
    } catch (err) {
      if (err instanceof AppError) continue;
      throw err;
    }
    const munis = await deps.db
      .selectFrom('promise_set_municipalities')
      .select('name')
      .where('promise_set_id', '=', r.set_id)
      .execute();
    out.push({
      id: r.id,
      text: r.text,
      focusArea: r.area,
      promiseSetId: r.set_id,
      promiseSetTitle: r.set_title,
      municipalities: munis.map((m) => m.name),
      target: r.target as unknown as Target,
      followUp: r.follow_up,
      doneToday: Number(done.find((d) => d.commitment_id === r.id)?.n ?? 0),
    });
  }
  return out;
}
