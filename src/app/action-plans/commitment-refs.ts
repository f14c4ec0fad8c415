/**
 * Commitments as the åtgärdsplan and the link sentences name them: by their
 * number in their medborgarlöfte (numbered through the focus areas in order,
 * as the medborgarlöfte and its follow-up print them) and with their live
 * text, so a linked commitment is never a copy.
 */
import type { Db } from '../../db/connect.ts';
import type { LinkedCommitment } from '../../contracts/action-plans.ts';
import { commitmentsInPrintOrder, setIdsOfCommitments } from './queries.ts';

/** The commitments with these ids, each with its number in its set; ids not found are left out. */
export async function commitmentRefs(db: Db, ids: readonly string[]): Promise<Map<string, LinkedCommitment>> {
  const out = new Map<string, LinkedCommitment>();
  if (ids.length === 0) return out;
  const setIds = await setIdsOfCommitments(db, ids);
  if (setIds.length === 0) return out;
  const rows = await commitmentsInPrintOrder(db, setIds);
  const counters = new Map<string, number>();
  for (const row of rows) {
    const removed = row.removed_at !== null || row.area_removed_at !== null;
    // Removed commitments keep no number of their own: the set's printed numbering skips them.
    const number = removed ? 0 : (counters.get(row.promise_set_id) ?? 0) + 1;
    if (!removed) counters.set(row.promise_set_id, number);
    if (!ids.includes(row.id)) continue;
    out.set(row.id, {
      id: row.id,
      number,
      text: row.text,
      responsible: row.responsible as string[],
      followUp: row.follow_up as string[],
      promiseSetId: row.promise_set_id,
      promiseSetTitle: row.title?.trim() || 'Medborgarlöfte',
      removed,
    });
  }
  return out;
}
