import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import { goalWarnings, type AgreementInput } from '../../domain/agreement.ts';
import type { Agreement as AgreementView } from '../../contracts/promises.ts';
import {
  agreementIds,
  agreementPartyIds,
  agreementRow,
  organisationKinds,
  replaceAgreementParties,
  saveAgreementRow,
} from './queries/agreements.ts';

export type { Agreement as AgreementView } from '../../contracts/promises.ts';

const j = (v: unknown) => JSON.stringify(v);

function values(input: AgreementInput) {
  return {
    title: input.title.trim(),
    period_from: input.period?.from ?? null,
    period_to: input.period?.to ?? null,
    extensions: j(input.extensions),
    signatories: j(input.signatories),
    focus_problems: j(input.focusProblems),
    probable_causes: j(input.probableCauses),
    goals: j(input.goals),
    follow_up: input.followUp,
    follow_up_cadence: input.followUpCadence,
    documents: j(input.documents),
  };
}

async function checkParties(deps: Deps, actor: Actor, input: AgreementInput): Promise<void> {
  const orgs = await organisationKinds(deps.db, input.parties);
  if (orgs.length !== new Set(input.parties).size) {
    throw new AppError('validation_failed', 'En eller flera parter finns inte', 'One or more parties do not exist');
  }
  if (!orgs.some((o) => o.kind === 'municipality')) {
    throw new AppError(
      'validation_failed',
      'En samverkansöverenskommelse behöver minst en kommun som part',
      'An agreement needs at least one kommun as a party',
    );
  }
  if (input.period?.to && input.period.to < input.period.from) {
    throw new AppError(
      'validation_failed',
      'Periodens slut ligger före dess början',
      'The period ends before it starts',
    );
  }
  const kommuner = orgs.filter((o) => o.kind === 'municipality');
  if (!kommuner.every((k) => can(actor, 'promise.write', k.id))) throw forbidden();
}

async function load(deps: Deps, id: string): Promise<AgreementView | undefined> {
  const a = await agreementRow(deps.db, id);
  if (!a) return undefined;
  const parties = await agreementPartyIds(deps.db, id);
  const goals = a.goals as AgreementInput['goals'];
  return {
    id: a.id,
    title: a.title,
    parties,
    period: a.period_from ? { from: a.period_from, to: a.period_to } : null,
    extensions: a.extensions as AgreementInput['extensions'],
    signatories: a.signatories as AgreementInput['signatories'],
    focusProblems: a.focus_problems,
    probableCauses: a.probable_causes,
    goals,
    followUp: a.follow_up,
    followUpCadence: a.follow_up_cadence as AgreementInput['followUpCadence'],
    documents: a.documents as AgreementInput['documents'],
    warnings: goalWarnings(goals),
    updatedAt: a.updated_at.toISOString(),
  };
}

export async function getAgreement(deps: Deps, actor: Actor, id: string): Promise<AgreementView> {
  const a = await load(deps, id);
  if (!a || !a.parties.some((p) => can(actor, 'promise.read', p))) throw notFound('Överenskommelsen', 'Agreement');
  return a;
}

export async function saveAgreement(
  deps: Deps,
  actor: Actor,
  id: string | null,
  input: AgreementInput,
): Promise<AgreementView> {
  const before = id ? await getAgreement(deps, actor, id) : null;
  if (before && !before.parties.every((p) => can(actor, 'promise.write', p) || !can(actor, 'promise.read', p)))
    throw forbidden();
  await checkParties(deps, actor, input);
  const savedId = await deps.db.transaction().execute(async (trx) => {
    const row = { id: await saveAgreementRow(trx, id, values(input), deps.now()) };
    await replaceAgreementParties(trx, row.id, [...new Set(input.parties)]);
    await writeAudit(trx, actor, {
      action: id ? 'agreement.update' : 'agreement.create',
      entityType: 'agreement',
      entityId: row.id,
      organisationId: input.parties[0] ?? null,
      before: before ? { ...before } : null,
      after: { ...input },
    });
    return row.id;
  });
  return (await load(deps, savedId))!;
}

export async function listAgreements(deps: Deps, actor: Actor): Promise<AgreementView[]> {
  const reach = reachFor(actor, 'promise.read');
  if (reach !== 'all' && reach.size === 0) return [];
  const ids = await agreementIds(deps.db, reach);
  return (await Promise.all(ids.map((id) => load(deps, id)))).filter((a): a is AgreementView => !!a);
}
