/**
 * draft → reviewed by both parties (police and kommun) → approved by
 * leadership on both sides (LPO-chef, kommunalråd) → published. Approval
 * e-mails the report to its named recipients.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, conflict, forbidden } from '../../domain/errors.ts';
import { can, type Action, type Actor } from '../../domain/access/permissions.ts';
import { getFollowUp } from './followups.ts';
import { loadFollowUp, type FollowUpView } from './view.ts';
import { followUpAttachments } from './attachments.ts';
import { notifyFollowUpPublished } from '../public/notify.ts';

type Party = 'polisen' | 'kommunen';
const PARTY_SV: Record<Party, string> = { polisen: 'Polisen', kommunen: 'kommunen' };

/** Which party the actor speaks for with `action` on this kommun: police organisations for the police, the kommun for the kommun. */
async function partiesOf(deps: Deps, actor: Actor, action: Action, municipalityIds: string[]): Promise<Set<Party>> {
  const grants = actor.grants.filter((g) => municipalityIds.some((m) => can({ ...actor, grants: [g] }, action, m)));
  if (!grants.length) return new Set();
  const kinds = await deps.db
    .selectFrom('organisations')
    .select(['id', 'kind'])
    .where(
      'id',
      'in',
      grants.map((g) => g.organisationId),
    )
    .execute();
  const parties = new Set<Party>();
  for (const k of kinds) {
    if (k.kind === 'police_area' || k.kind === 'region') parties.add('polisen');
    if (k.kind === 'municipality') parties.add('kommunen');
  }
  return parties;
}

const statusConflict = (status: string) =>
  conflict(`Uppföljningen har status "${status}"`, `The follow-up is "${status}"`);

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
 * Adds the actor's signature to the follow-up's reviews or approvals. The
 * signatures are read from the row locked for this transaction, so a second
 * signer arriving at the same moment waits for this one and adds to what it
 * wrote: both parties' signatures are kept and the status moves on once.
 */
async function sign(
  deps: Deps,
  actor: Actor,
  id: string,
  step: 'review' | 'approve',
  party: Party | undefined,
): Promise<FollowUpView> {
  const f = await getFollowUp(deps, actor, id);
  const chosen = await signingParty(deps, actor, f, step, party);
  const expected = step === 'review' ? 'draft' : 'reviewed';
  if (f.status !== expected) throw statusConflict(f.status);
  const column = step === 'review' ? 'reviews' : 'approvals';
  const status = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('follow_ups')
      .select(['status', 'reviews', 'approvals'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status !== expected) throw statusConflict(row.status);
    const next = [
      ...row[column].filter((r) => r.party !== chosen),
      { party: chosen, by: actor.label, at: deps.now().toISOString() },
    ];
    const complete = next.some((r) => r.party === 'polisen') && next.some((r) => r.party === 'kommunen');
    const status = complete ? (step === 'review' ? 'reviewed' : 'approved') : row.status;
    await trx
      .updateTable('follow_ups')
      .set({ [column]: JSON.stringify(next), status, updated_at: deps.now() })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, actor, {
      action: `follow_up.${step}`,
      entityType: 'follow_up',
      entityId: id,
      organisationId: f.municipalityIds[0] ?? null,
      before: { status: row.status },
      after: { status, party: chosen },
    });
    return status;
  });
  const after = (await loadFollowUp(deps.db, id))!;
  // Only the signature that completed the approval sends the report.
  if (step === 'approve' && status === 'approved') await sendApproved(deps, after);
  return after;
}

export const reviewFollowUp = (deps: Deps, actor: Actor, id: string, party?: Party) =>
  sign(deps, actor, id, 'review', party);
export const approveFollowUp = (deps: Deps, actor: Actor, id: string, party?: Party) =>
  sign(deps, actor, id, 'approve', party);

export async function publishFollowUp(deps: Deps, actor: Actor, id: string): Promise<FollowUpView> {
  const f = await getFollowUp(deps, actor, id);
  if (!f.municipalityIds.some((m) => can(actor, 'followup.write', m))) throw forbidden();
  if (f.status !== 'approved')
    throw conflict('Bara en godkänd uppföljning kan publiceras', 'Only an approved follow-up can be published');
  await deps.db.transaction().execute(async (trx) => {
    // Only from "approved": of two publishes at once, the second finds the row published and changes nothing (409).
    const published = await trx
      .updateTable('follow_ups')
      .set({ status: 'published', published_at: deps.now(), updated_at: deps.now() })
      .where('id', '=', id)
      .where('status', '=', 'approved')
      .returning('id')
      .executeTakeFirst();
    if (!published) throw conflict('Uppföljningen är redan publicerad', 'The follow-up is already published');
    await writeAudit(trx, actor, {
      action: 'follow_up.publish',
      entityType: 'follow_up',
      entityId: id,
      organisationId: f.municipalityIds[0] ?? null,
      before: { status: f.status },
      after: { status: 'published' },
    });
  });
  await notifyFollowUpPublished(deps, id);
  return (await loadFollowUp(deps.db, id))!;
}

async function sendApproved(deps: Deps, f: FollowUpView): Promise<void> {
  if (!f.recipients.length) return;
  const attachments = await followUpAttachments(f);
  const approvedBy = f.approvals.map((a) => `${a.by} (${PARTY_SV[a.party as Party] ?? a.party})`).join(', ');
  for (const to of f.recipients) {
    await deps.mailer.send({
      to,
      subject: `Uppföljning godkänd: ${f.promiseSetTitle ?? 'Medborgarlöfte'} – ${f.label}`,
      text: [
        `Uppföljningen av ${f.promiseSetTitle ?? 'medborgarlöftet'} för ${f.label.toLowerCase()} är godkänd av ${approvedBy}.`,
        '',
        f.summary ?? '',
        '',
        'Rapporten finns bifogad.',
      ].join('\n'),
      attachments,
    });
  }
}
