/**
 * draft → reviewed by both parties (police and kommun) → approved by
 * leadership on both sides (LPO-chef, kommunalråd) → published. What each
 * step does to the follow-up is the pure transition in
 * src/domain/follow-up-workflow.ts; here it is applied to the stored row
 * with a conditional update (`… where id = ? and status = <from>`), so of
 * two changes at once only one moves the status. Approval waits until the
 * period has ended (409 period_not_ended). Approving and publishing
 * record a domain event in the same transaction; the report to the named
 * recipients and the mails to subscribers are sent by its consumers
 * (src/app/events/), never inside the request.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { can, type Action, type Actor } from '../../domain/access/permissions.ts';
import {
  FROM,
  transition,
  type FollowUpCommand,
  type FollowUpState,
  type Party,
  type Refusal,
} from '../../domain/follow-up-workflow.ts';
import { getFollowUp } from './followups.ts';
import { loadFollowUp, type FollowUpView } from './view.ts';
import { recordEvent } from '../events/record.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { grantsAllowing, signingParties } from '../../domain/access/policies.ts';
import { lockedWorkflowRow, moveWorkflow, organisationKinds } from './queries.ts';

/** Which party the actor speaks for with `action` on this kommun (the policy in domain/access/policies.ts). */
async function partiesOf(deps: Deps, actor: Actor, action: Action, municipalityIds: string[]): Promise<Set<Party>> {
  const held = grantsAllowing(actor, action, municipalityIds).map((g) => g.organisationId);
  if (!held.length) return new Set();
  return signingParties(actor, action, municipalityIds, await organisationKinds(deps.db, held));
}

const refused = (r: Refusal) => new AppError(r.code, r.sv, r.en);

/** The party the actor signs for: the one asked for, or their only one. Refuses (403) anyone who may not sign this step at all. */
async function signingParty(
  deps: Deps,
  actor: Actor,
  f: { municipalityIds: string[] },
  step: 'review' | 'approve',
  party: Party | undefined,
): Promise<Party> {
  const action: Action = step === 'review' ? 'followup.write' : 'followup.approve';
  const parties = await partiesOf(deps, actor, action, f.municipalityIds);
  if (!parties.size) {
    throw step === 'approve'
      ? new AppError(
          'forbidden',
          'Bara ledningen (LPO-chef, kommunalråd) kan godkänna en uppföljning',
          'Only leadership can approve a follow-up',
        )
      : forbidden();
  }
  const chosen = party ?? (parties.size === 1 ? [...parties][0]! : undefined);
  if (!chosen || !parties.has(chosen)) {
    throw new AppError(
      'validation_failed',
      'Ange vilken part du granskar för: polisen eller kommunen',
      'Say which party you act for: polisen or kommunen',
    );
  }
  return chosen;
}

/**
 * Applies `command` to the follow-up in one transaction: the row is read
 * locked (so a second signer arriving at the same moment waits, then adds
 * to what this one wrote: both signatures are kept), the transition decides,
 * and the update is conditional on the status it started from. Returns the
 * state before and after.
 */
async function apply(
  deps: Deps,
  actor: Actor,
  f: { id: string; municipalityIds: string[]; promiseSetId: string },
  command: FollowUpCommand,
): Promise<{ before: FollowUpState; after: FollowUpState }> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedWorkflowRow(trx, f.id);
    const before: FollowUpState = {
      status: row.status as FollowUpState['status'],
      reviews: row.reviews,
      approvals: row.approvals,
      period: { to: row.period_to },
    };
    const now = deps.now();
    const result = transition(before, command, { by: actor.label, at: now.toISOString(), today: swedishDay(now) });
    if (!result.ok) throw refused(result);
    const after = result.next;
    const moved = await moveWorkflow(trx, f.id, FROM[command.kind], { ...after, now });
    // Unreachable while the row is locked above; kept so that dropping the lock can never publish twice.
    if (!moved)
      throw new AppError(
        'conflict',
        'Uppföljningen ändrades samtidigt',
        'The follow-up was changed at the same moment',
      );
    const organisationId = f.municipalityIds[0] ?? null;
    await writeAudit(trx, actor, {
      action: `follow_up.${command.kind}`,
      entityType: 'follow_up',
      entityId: f.id,
      organisationId,
      before: { status: before.status },
      after: { status: after.status, ...('party' in command ? { party: command.party } : {}) },
    });
    // The step that moved the status records what follows from it: only one of two signers at once does.
    if (after.status !== before.status && (after.status === 'approved' || after.status === 'published')) {
      await recordEvent(trx, now, {
        kind: after.status === 'approved' ? 'follow_up.approved' : 'follow_up.published',
        subjectId: f.id,
        organisationId,
        payload: { promiseSetId: f.promiseSetId },
      });
    }
    return { before, after };
  });
}

async function sign(
  deps: Deps,
  actor: Actor,
  id: string,
  step: 'review' | 'approve',
  party: Party | undefined,
): Promise<FollowUpView> {
  const f = await getFollowUp(deps, actor, id);
  const chosen = await signingParty(deps, actor, f, step, party);
  // Refused before the transaction when the status already tells (the common case); the transaction checks again.
  const early = transition(f, { kind: step, party: chosen }, { by: '', at: '', today: swedishDay(deps.now()) });
  if (!early.ok) throw refused(early);
  await apply(deps, actor, f, { kind: step, party: chosen });
  return (await loadFollowUp(deps.db, id))!;
}

export const reviewFollowUp = (deps: Deps, actor: Actor, id: string, party?: Party) =>
  sign(deps, actor, id, 'review', party);
export const approveFollowUp = (deps: Deps, actor: Actor, id: string, party?: Party) =>
  sign(deps, actor, id, 'approve', party);

export async function publishFollowUp(deps: Deps, actor: Actor, id: string): Promise<FollowUpView> {
  const f = await getFollowUp(deps, actor, id);
  if (!f.municipalityIds.some((m) => can(actor, 'followup.write', m))) throw forbidden();
  const early = transition(f, { kind: 'publish' }, { by: '', at: '', today: swedishDay(deps.now()) });
  if (!early.ok) throw refused(early);
  await apply(deps, actor, f, { kind: 'publish' });
  return (await loadFollowUp(deps.db, id))!;
}
