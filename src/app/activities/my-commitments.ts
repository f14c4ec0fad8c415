import type { Deps } from '../deps.ts';
import { AppError } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import type { Target } from '../../domain/promise-document.ts';
import { assertMayLog, loadCommitment } from './commitment-access.ts';
import { swedishDay } from '../../domain/calendar.ts';
import type { MyCommitment } from '../../contracts/activities.ts';
import { doneOn, openCommitmentRows, parentsOf, setKommunNames } from './queries/activities.ts';

export type { MyCommitment } from '../../contracts/activities.ts';

/** The commitments the actor can log against today, for the phone's quick entry ("+1 idag"). */
export async function myCommitments(deps: Deps, actor: Actor): Promise<MyCommitment[]> {
  const reach = reachFor(actor, 'activity.write');
  const partnerParents = await parentsOf(
    deps.db,
    actor.grants.filter((g) => g.role === 'partner').map((g) => g.organisationId),
  );
  const orgs = [...(reach === 'all' ? [] : reach), ...partnerParents];
  if (reach !== 'all' && !orgs.length) return [];
  const rows = await openCommitmentRows(deps.db, reach === 'all' ? 'all' : orgs);
  const today = swedishDay(deps.now());
  const done = rows.length
    ? await doneOn(
        deps.db,
        rows.map((r) => r.id),
        today,
      )
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
    const munis = await setKommunNames(deps.db, r.set_id);
    out.push({
      id: r.id,
      text: r.text,
      focusArea: r.area,
      promiseSetId: r.set_id,
      promiseSetTitle: r.set_title,
      municipalities: munis,
      target: r.target as unknown as Target,
      followUp: r.follow_up,
      doneToday: Number(done.find((d) => d.commitment_id === r.id)?.n ?? 0),
    });
  }
  return out;
}
