/**
 * An edited list of findings applied to a stored dialogue or EST report, and
 * the findings as the audit log records them. Runs inside the caller's
 * transaction, so a bad finding late in the list leaves nothing changed.
 */
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { hasAction, planFindings, type FindingEdit } from '../../domain/dialogues/dialogue-edit.ts';
import { resolveArea } from './context.ts';
import {
  deleteFindingRows,
  findingRows,
  insertFindingRows,
  storedFindings,
  updateFindingRow,
} from './queries/findings.ts';

export async function applyFindingsEdit(
  trx: Db,
  actor: Actor,
  dialogueId: string,
  kommunId: string,
  edited: readonly FindingEdit[],
  now: Date,
): Promise<void> {
  const stored = await storedFindings(trx, dialogueId);
  const plan = planFindings(
    stored.map((s) => ({ id: s.id, hasAction: hasAction(s) })),
    edited,
  );
  await deleteFindingRows(trx, plan.remove);
  for (const k of plan.keep) {
    const areaId = await resolveArea(trx, actor, kommunId, k.finding, `findings.${k.position}.area`);
    const old = stored.find((s) => s.id === k.id)!;
    const next = {
      position: k.position,
      text: k.finding.text,
      category: k.finding.category,
      seriousness: k.finding.seriousness,
      area_id: areaId,
    };
    const same =
      old.position === next.position &&
      old.text === next.text &&
      old.category === next.category &&
      Number(old.seriousness) === next.seriousness &&
      old.area_id === next.area_id;
    if (!same) await updateFindingRow(trx, k.id, next, now);
  }
  for (const a of plan.add) {
    const areaId = await resolveArea(trx, actor, kommunId, a.finding, `findings.${a.position}.area`);
    await insertFindingRows(trx, dialogueId, [
      {
        position: a.position,
        text: a.finding.text,
        category: a.finding.category,
        seriousness: a.finding.seriousness,
        area_id: areaId,
      },
    ]);
  }
}

/** The findings of a dialogue as plain data for the audit log's before and after. */
export async function findingsForAudit(db: Db, dialogueId: string) {
  const rows = await findingRows(db, [dialogueId]);
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    category: r.category,
    seriousness: Number(r.seriousness),
    area: r.area_id ? { id: r.area_id, name: r.area_name } : null,
    ...(hasAction(r) ? { owner: r.owner, action: r.action, dueDate: r.due_date, doneAt: r.done_at } : {}),
  }));
}
