import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, conflict, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { defaultDueDate, followUpWindow, proposeVerdict } from '../../domain/follow-up.ts';
import { getPromiseSet } from '../promises/promise-sets.ts';
import { activityTotals, progressOf } from '../activities/progress.ts';
import { loadFollowUp, type FollowUpView } from './view.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { transition } from '../../domain/follow-up-workflow.ts';
import type { FollowUpEdit, NewFollowUp } from '../../contracts/follow-ups.ts';
import {
  followUpForPeriod,
  followUpIdsOfSet,
  insertFollowUp,
  insertFollowUpItems,
  setItemVerdict,
  setOrganisationIds,
  updateDraft,
  windowTotals,
} from './queries.ts';

export type { FollowUpEdit } from '../../contracts/follow-ups.ts';

function mayWrite(actor: Actor, orgs: string[]): boolean {
  return orgs.some((o) => can(actor, 'followup.write', o));
}

/** A follow-up the actor may read, or 404. */
export async function getFollowUp(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<FollowUpView & { municipalityIds: string[] }> {
  const f = await loadFollowUp(deps.db, id);
  if (!f || !f.municipalityIds.some((o) => can(actor, 'promise.read', o))) throw notFound('Uppföljningen', 'Follow-up');
  return f;
}

/** Makes the draft for one period of the cadence, filled in from progress. */
export async function createFollowUp(
  deps: Deps,
  actor: Actor,
  setId: string,
  input: NewFollowUp,
): Promise<FollowUpView> {
  const set = await getPromiseSet(deps, actor, setId);
  const orgs = set.municipalities.length ? await setOrganisationIds(deps.db, setId) : [];
  if (!mayWrite(actor, orgs)) throw forbidden();
  if (set.status === 'draft')
    throw conflict(
      'Ett utkast följs inte upp; löftet måste vara överenskommet',
      'A draft is not followed up; the promise must be agreed',
    );
  const window = followUpWindow(input.cadence, input.year, input.index);
  if (!window) throw new AppError('validation_failed', 'Ogiltig period för uppföljningen', 'Invalid follow-up period');
  if (set.period && (window.to < set.period.from || (set.period.to && window.from > set.period.to))) {
    throw new AppError(
      'validation_failed',
      'Perioden ligger utanför medborgarlöftets period',
      "The period lies outside the promise set's period",
    );
  }
  if (await followUpForPeriod(deps.db, setId, input.cadence, window.from)) throw periodTaken();
  const today = swedishDay(deps.now());
  const asked = window.to < today ? window.to : today;
  const totals = await activityTotals(deps.db, [setId], asked);
  const inWindow = await windowTotals(deps.db, setId, window.from, asked);
  const commitments = set.focusAreas.flatMap((a) => a.commitments);
  const id = await deps.db
    .transaction()
    .execute(async (trx) => {
      const row = await insertFollowUp(trx, {
        promiseSetId: setId,
        cadence: input.cadence,
        from: window.from,
        to: window.to,
        dueDate: defaultDueDate(input.cadence, window.to),
      });
      await insertFollowUpItems(
        trx,
        commitments.map((c, position) => {
          const w = inWindow.get(c.id!) ?? { done: 0, count: 0 };
          const average = c.target.kind === 'count' && c.target.average;
          const outcome = proposeVerdict(
            progressOf(c.target, set.period, totals.get(c.id!) ?? [], asked),
            window,
            w.done,
            today,
            average,
          );
          return {
            follow_up_id: row.id,
            commitment_id: c.id!,
            position,
            done: outcome.required === null ? w.done : outcome.done,
            required: outcome.required,
            activities: w.count,
            proposed: outcome.verdict,
          };
        }),
      );
      await writeAudit(trx, actor, {
        action: 'follow_up.create',
        entityType: 'follow_up',
        entityId: row.id,
        organisationId: orgs[0] ?? null,
        after: { ...input, ...window },
      });
      return row.id;
    })
    .catch((err: unknown) => {
      // The same period asked for twice at once: the unique period index lets one in.
      if ((err as { code?: unknown } | null)?.code === '23505') throw periodTaken();
      throw err;
    });
  return (await loadFollowUp(deps.db, id))!;
}

const periodTaken = () =>
  conflict('Det finns redan en uppföljning för den perioden', 'A follow-up for that period already exists');

/** Edits a draft. A verdict other than the proposal needs a comment saying why. */
export async function updateFollowUp(deps: Deps, actor: Actor, id: string, edit: FollowUpEdit): Promise<FollowUpView> {
  const before = await getFollowUp(deps, actor, id);
  if (!mayWrite(actor, before.municipalityIds)) throw forbidden();
  const editable = transition(before, { kind: 'edit' }, { by: actor.label, at: '', today: '' });
  if (!editable.ok) throw new AppError(editable.code, editable.sv, editable.en);
  const items = new Map(before.items.map((i) => [i.commitmentId, i]));
  for (const e of edit.items ?? []) {
    const item = items.get(e.commitmentId);
    if (!item)
      throw new AppError(
        'validation_failed',
        'Åtagandet ingår inte i uppföljningen',
        'The commitment is not part of the follow-up',
      );
    if (e.verdict !== item.proposed && !e.comment?.trim()) {
      throw new AppError(
        'validation_failed',
        `Motivera varför bedömningen ändras för "${item.text.slice(0, 60)}"`,
        `Explain why the verdict is changed for "${item.text.slice(0, 60)}"`,
      );
    }
  }
  await deps.db.transaction().execute(async (trx) => {
    // Only while a draft: an edit meeting the review that completes it waits for it, then finds it reviewed and changes nothing.
    const changed = await updateDraft(trx, id, {
      ...(edit.summary !== undefined ? { summary: edit.summary } : {}),
      ...(edit.citizensSaid !== undefined ? { citizens_said: edit.citizensSaid } : {}),
      ...(edit.nextSteps !== undefined ? { next_steps: edit.nextSteps } : {}),
      ...(edit.dueDate !== undefined ? { due_date: edit.dueDate } : {}),
      ...(edit.recipients
        ? { recipients: JSON.stringify([...new Set(edit.recipients.map((r) => r.trim().toLowerCase()))]) }
        : {}),
      updated_at: deps.now(),
    });
    if (!changed) throw conflict('Bara ett utkast kan ändras', 'Only a draft can be changed');
    for (const e of edit.items ?? []) {
      await setItemVerdict(trx, id, e.commitmentId, e.verdict, e.comment ?? null);
    }
    await writeAudit(trx, actor, {
      action: 'follow_up.update',
      entityType: 'follow_up',
      entityId: id,
      organisationId: before.municipalityIds[0] ?? null,
      before: { status: before.status },
      after: { ...edit },
    });
  });
  return (await loadFollowUp(deps.db, id))!;
}

export async function listFollowUps(deps: Deps, actor: Actor, setId: string): Promise<FollowUpView[]> {
  await getPromiseSet(deps, actor, setId);
  const ids = await followUpIdsOfSet(deps.db, setId);
  return (await Promise.all(ids.map((r) => loadFollowUp(deps.db, r.id)))).filter(
    (x): x is NonNullable<typeof x> => !!x,
  );
}
