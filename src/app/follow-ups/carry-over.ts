import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, conflict } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { getPromiseSet, updatePromiseSet } from '../promises/promise-sets.ts';
import type { CarryOverBody, CarryOverResult } from '../../contracts/follow-ups.ts';
import { setCarriedFrom, uncarriedCommitment } from './queries.ts';

const intoDraftOnly = () =>
  conflict('Åtaganden kan bara föras över till ett utkast', 'Commitments can only be carried into a draft');

/**
 * Carries unfinished commitments of one promise set into the next (a draft).
 * The new commitment points back at the old one (carried_from), so its
 * history — activities, follow-ups — stays reachable.
 */
export async function carryOver(
  deps: Deps,
  actor: Actor,
  fromId: string,
  input: CarryOverBody,
): Promise<CarryOverResult> {
  const from = await getPromiseSet(deps, actor, fromId);
  const to = await getPromiseSet(deps, actor, input.toPromiseSetId);
  if (to.status !== 'draft') throw intoDraftOnly();
  const wanted = new Set(input.commitmentIds);
  const picked = from.focusAreas.flatMap((a) =>
    a.commitments.filter((c) => wanted.has(c.id!)).map((c) => ({ area: a.title, c })),
  );
  if (picked.length !== wanted.size) {
    throw new AppError(
      'validation_failed',
      'Ett eller flera åtaganden hör inte till medborgarlöftet',
      'One or more commitments are not part of the promise set',
    );
  }
  // Added to the draft as it stands under its row lock, so a change or another carry-over at the same moment is kept.
  await updatePromiseSet(
    deps,
    actor,
    to.id,
    (current) => {
      if (current.status !== 'draft') throw intoDraftOnly();
      const doc = structuredClone(current);
      for (const { area, c } of picked) {
        let target = doc.focusAreas.find((f) => f.title === area);
        if (!target) doc.focusAreas.push((target = { title: area, commitments: [] }));
        const { id: _old, ...copy } = c;
        target.commitments.push(copy);
      }
      return doc;
    },
    null,
  );
  // Link each new commitment (same text, no origin yet) to the one it came from.
  await deps.db.transaction().execute(async (trx) => {
    for (const { c } of picked) {
      const fresh = await uncarriedCommitment(trx, to.id, c.text);
      if (fresh) await setCarriedFrom(trx, fresh.id, c.id!);
    }
    await writeAudit(trx, actor, {
      action: 'promise_set.carry_over',
      entityType: 'promise_set',
      entityId: to.id,
      organisationId: null,
      after: { from: fromId, commitments: [...wanted] },
    });
  });
  return { carried: picked.length };
}
