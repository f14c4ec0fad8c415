/** Owners and actions on findings, and the kommun's list of open actions (shown until marked done). */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { categoryLabel, seriousnessLabel } from '../../domain/dialogues/categories.ts';
import { DIALOGUE_KIND_LABELS, type FindingPatch } from '../../domain/dialogues/dialogue.ts';
import type { OpenActions, RegisteredKind } from '../../contracts/dialogues.ts';
import { daysOverdue } from '../../domain/dialogues/safety-walk.ts';
import { assertMayReadKommun, assertNotFuture, resolveKommun, today } from './context.ts';
import { dialogueForChange } from './dialogues.ts';
import { loadFindings, type FindingView } from './store.ts';
import { lockedFindingAction, openActionRows, setFindingAction } from './queries/findings.ts';

function checkPatch(
  deps: Deps,
  merged: { owner: string | null; action: string | null; dueDate: string | null },
  patch: FindingPatch,
): void {
  if (merged.action && (!merged.owner || !merged.dueDate)) {
    throw new AppError(
      'validation_failed',
      'En åtgärd behöver en ansvarig och ett datum',
      'An action needs an owner and a due date',
      { field: merged.owner ? 'dueDate' : 'owner' },
    );
  }
  if (patch.doneAt) assertNotFuture(deps, patch.doneAt, 'doneAt');
}

/** Sets or changes a finding's owner, action and due date, or marks it done (doneAt) or not done (doneAt: null). */
export async function updateFinding(
  deps: Deps,
  actor: Actor,
  dialogueId: string,
  findingId: string,
  patch: FindingPatch,
): Promise<FindingView> {
  const d = await dialogueForChange(deps.db, actor, dialogueId);
  await deps.db.transaction().execute(async (trx) => {
    // The patch is merged into the row locked for this change: two patches at once (an owner, a done date) both stay.
    const before = await lockedFindingAction(trx, dialogueId, findingId);
    if (!before) throw notFound('Iakttagelsen', 'Finding');
    const pick = <T>(value: T | undefined, old: T): T => (value === undefined ? old : value);
    const merged = {
      owner: pick(patch.owner, before.owner)?.trim() || null,
      action: pick(patch.action, before.action)?.trim() || null,
      dueDate: pick(patch.dueDate, before.due_date),
      doneAt: pick(patch.doneAt, before.done_at),
    };
    checkPatch(deps, merged, patch);
    await setFindingAction(
      trx,
      findingId,
      { owner: merged.owner, action: merged.action, due_date: merged.dueDate, done_at: merged.doneAt },
      deps.now(),
    );
    await writeAudit(trx, actor, {
      action: merged.doneAt && !before.done_at ? 'dialogue_finding.done' : 'dialogue_finding.update',
      entityType: 'dialogue_finding',
      entityId: findingId,
      organisationId: d.municipality_id,
      before: { ...before },
      after: merged,
    });
  });
  const findings = await loadFindings(deps.db, [dialogueId], today(deps));
  return findings.get(dialogueId)!.find((f) => f.id === findingId)!;
}

export type { OpenAction } from '../../contracts/dialogues.ts';

/** Actions planned and not yet done in a kommun, earliest due first; overdue ones flagged. */
export async function openActions(deps: Deps, actor: Actor, kommunRef: string): Promise<OpenActions> {
  const kommun = await resolveKommun(deps.db, kommunRef);
  assertMayReadKommun(actor, kommun);
  const rows = await openActionRows(deps.db, kommun.id);
  const day = today(deps);
  const actions = rows.map((r) => ({
    findingId: r.id,
    dialogue: {
      id: r.dialogue_id,
      kind: r.kind as RegisteredKind,
      kindLabel: DIALOGUE_KIND_LABELS[r.kind as RegisteredKind].label,
      title: r.title,
      date: r.date,
    },
    text: r.text,
    category: r.category,
    categoryLabel: categoryLabel(r.category),
    seriousness: Number(r.seriousness),
    seriousnessLabel: seriousnessLabel(Number(r.seriousness)),
    area: r.area_id ? { id: r.area_id, name: r.area_name ?? '' } : null,
    owner: r.owner,
    action: r.action!,
    dueDate: r.due_date,
    overdue: daysOverdue(r.due_date, day) > 0,
    daysOverdue: daysOverdue(r.due_date, day),
  }));
  return { actions, overdue: actions.filter((a) => a.overdue).length };
}
