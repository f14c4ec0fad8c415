import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, conflict, forbidden, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import { municipalityByCode, resolveMunicipality } from '../../domain/municipality/municipality.ts';
import { PROMISE_STATUS_SV, type PromiseSetDocument, type PromiseStatus } from '../../domain/promise-set.ts';
import { placesAsAreas, readDocument, writeContent, type ResolvedMunicipality } from './store.ts';
import { recordEvent } from '../events/record.ts';
import {
  commitmentCounts,
  insertDraftSet,
  lockSetRow,
  moveSetStatus,
  organisationIdByCode,
  setKommuner,
  setOrganisationIds,
  setRows,
  setVersionNumber,
  upsertVersionSnapshot,
} from './queries/sets.ts';

import type { PromiseSetQuery, PromiseSetSummary, Signature, StoredPromiseSet } from '../../contracts/promises.ts';

export type { PromiseSetSummary, Signature, StoredPromiseSet } from '../../contracts/promises.ts';

/** Kommuner named in the document, resolved to their organisations; an unknown one is a 400. */
async function resolveMunicipalities(deps: Deps, doc: PromiseSetDocument): Promise<ResolvedMunicipality[]> {
  if (doc.municipalities.length === 0) {
    throw new AppError(
      'validation_failed',
      'Ett medborgarlöfte måste gälla minst en kommun',
      'A promise set must cover at least one kommun',
    );
  }
  const out: ResolvedMunicipality[] = [];
  for (const m of doc.municipalities) {
    const ref = (m.code ? municipalityByCode(m.code) : undefined) ?? resolveMunicipality(m.name);
    if (!ref) {
      throw new AppError(
        'validation_failed',
        `Okänd kommun: "${m.code ?? m.name}"`,
        `Unknown kommun: "${m.code ?? m.name}"`,
      );
    }
    const org = await organisationIdByCode(deps.db, ref.code);
    out.push({ organisationId: org.id, code: ref.code, name: ref.name });
  }
  return out;
}

function assertMayWrite(actor: Actor, municipalities: { organisationId: string | null }[]): void {
  const ok = municipalities.every((m) => m.organisationId && can(actor, 'promise.write', m.organisationId));
  if (!ok) throw forbidden();
}

async function orgIdsOf(deps: Deps, id: string): Promise<string[]> {
  return setOrganisationIds(deps.db, id);
}

/** Loads a set the actor may read; a set outside the actor's reach is "not found". */
export async function getPromiseSet(deps: Deps, actor: Actor, id: string): Promise<StoredPromiseSet> {
  const orgs = await orgIdsOf(deps, id);
  const doc = orgs.some((o) => can(actor, 'promise.read', o)) ? await readDocument(deps.db, id) : undefined;
  if (!doc) throw notFound('Medborgarlöftet', 'Promise set');
  return doc;
}

async function snapshot(trx: Deps['db'], actor: Actor, id: string, reason: string | null): Promise<void> {
  const doc = (await readDocument(trx, id))!;
  await upsertVersionSnapshot(trx, doc, reason, actor.label);
}

export async function createPromiseSet(deps: Deps, actor: Actor, doc: PromiseSetDocument): Promise<StoredPromiseSet> {
  const municipalities = await resolveMunicipalities(deps, doc);
  assertMayWrite(actor, municipalities);
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await insertDraftSet(trx);
    await writeContent(trx, row.id, doc, municipalities, deps.now());
    await placesAsAreas(trx, actor, municipalities[0]!.organisationId, doc);
    await snapshot(trx, actor, row.id, null);
    await writeAudit(trx, actor, {
      action: 'promise_set.create',
      entityType: 'promise_set',
      entityId: row.id,
      organisationId: municipalities[0]!.organisationId,
      after: { title: doc.title, municipalities: municipalities.map((m) => m.code) },
    });
    return row.id;
  });
  return (await readDocument(deps.db, id))!;
}

/**
 * Edits a set. A draft is changed in place; an agreed or published set gets
 * a new version and must say why. A closed set cannot change. `change` is
 * the new document, or what to make of the set as it stands once its row is
 * locked (carry-over adds to it, so what another change wrote meanwhile stays).
 */
export async function updatePromiseSet(
  deps: Deps,
  actor: Actor,
  id: string,
  change: PromiseSetDocument | ((current: StoredPromiseSet) => PromiseSetDocument),
  reason: string | null,
): Promise<StoredPromiseSet> {
  const before = await getPromiseSet(deps, actor, id);
  assertMayWrite(
    actor,
    (await orgIdsOf(deps, id)).map((organisationId) => ({ organisationId })),
  );
  await deps.db.transaction().execute(async (trx) => {
    // Status and version from the row locked for this change: two changes at once make two versions, one after the other.
    const locked = await lockSet(trx, id);
    const doc = typeof change === 'function' ? change((await readDocument(trx, id))!) : change;
    const municipalities = await resolveMunicipalities({ ...deps, db: trx }, doc);
    assertMayWrite(actor, municipalities);
    const newVersion = checkChange(locked.status, reason);
    const version = locked.version + (newVersion ? 1 : 0);
    if (newVersion) await setVersionNumber(trx, id, version);
    await writeContent(trx, id, doc, municipalities, deps.now());
    await placesAsAreas(trx, actor, municipalities[0]!.organisationId, doc);
    await snapshot(trx, actor, id, newVersion ? reason!.trim() : null);
    await writeAudit(trx, actor, {
      action: 'promise_set.update',
      entityType: 'promise_set',
      entityId: id,
      organisationId: municipalities[0]!.organisationId,
      before: { version: locked.version, title: before.title },
      after: { version, title: doc.title, reason },
    });
  });
  return (await readDocument(deps.db, id))!;
}

async function lockSet(trx: Deps['db'], id: string): Promise<{ status: PromiseStatus; version: number }> {
  return lockSetRow(trx, id);
}

/** Whether a change of a set in `status` makes a new version; refuses a closed set (409) and an unexplained change of an agreed one (400). */
function checkChange(status: PromiseStatus, reason: string | null): boolean {
  if (status === 'closed')
    throw conflict('Ett avslutat medborgarlöfte kan inte ändras', 'A closed promise set cannot be changed');
  const newVersion = status !== 'draft';
  if (newVersion && !reason?.trim()) {
    throw new AppError(
      'validation_failed',
      'Ange varför ett överenskommet medborgarlöfte ändras (en ny version skapas)',
      'Give a reason for changing an agreed promise set (a new version is created)',
    );
  }
  return newVersion;
}

const TRANSITIONS: Record<string, { from: PromiseStatus[]; to: PromiseStatus }> = {
  agree: { from: ['draft'], to: 'agreed' },
  publish: { from: ['agreed'], to: 'published' },
  close: { from: ['agreed', 'published'], to: 'closed' },
};

const transitionConflict = (status: PromiseStatus, to: PromiseStatus) =>
  conflict(
    `Medborgarlöftet är ${PROMISE_STATUS_SV[status].toLowerCase()} och kan inte bli ${PROMISE_STATUS_SV[to].toLowerCase()}`,
    `The promise set is "${status}" and cannot move to "${to}"`,
  );

/** Moves a set along draft → agreed → published → closed. Agreeing needs a signature from both police and kommun. */
export async function transitionPromiseSet(
  deps: Deps,
  actor: Actor,
  id: string,
  step: keyof typeof TRANSITIONS,
  signatures: Signature[] = [],
): Promise<StoredPromiseSet> {
  const before = await getPromiseSet(deps, actor, id);
  assertMayWrite(
    actor,
    (await orgIdsOf(deps, id)).map((organisationId) => ({ organisationId })),
  );
  const t = TRANSITIONS[step]!;
  if (!t.from.includes(before.status)) throw transitionConflict(before.status, t.to);
  if (step === 'agree') {
    const parties = new Set(signatures.map((s) => s.party));
    if (!parties.has('polisen') || !parties.has('kommunen')) {
      throw new AppError(
        'validation_failed',
        'Båda parterna måste skriva under: Polisen och kommunen (namn, roll och datum)',
        'Both parties must sign: the police and the kommun (name, role and date)',
      );
    }
  }
  await deps.db.transaction().execute(async (trx) => {
    const signedAt =
      step === 'agree'
        ? signatures
            .map((s) => s.signedAt)
            .sort()
            .at(-1)!
        : undefined;
    // Only from the states the step starts from: of two at once, the second finds the step taken and changes nothing (409).
    const moved = await moveSetStatus(trx, id, t.from, t.to, deps.now(), {
      ...(step === 'agree' ? { signatories: JSON.stringify(signatures), signed_at: signedAt } : {}),
      ...(step === 'publish' ? { published_at: deps.now() } : {}),
    });
    if (!moved) throw transitionConflict((await lockSet(trx, id)).status, t.to);
    await snapshot(trx, actor, id, null);
    const organisationId = (await orgIdsOf({ ...deps, db: trx }, id))[0] ?? null;
    await writeAudit(trx, actor, {
      action: `promise_set.${step}`,
      entityType: 'promise_set',
      entityId: id,
      organisationId,
      before: { status: before.status },
      after: { status: t.to, ...(signatures.length ? { signatures } : {}) },
    });
    // Subscribers hear of it from the event's consumer (src/app/events/), after the commit.
    if (step === 'publish') {
      await recordEvent(trx, deps.now(), {
        kind: 'promise_set.published',
        subjectId: id,
        organisationId,
        payload: { promiseSetId: id },
      });
    }
  });
  return (await readDocument(deps.db, id))!;
}

export async function listPromiseSets(deps: Deps, actor: Actor, filter: PromiseSetQuery): Promise<PromiseSetSummary[]> {
  const reach = reachFor(actor, 'promise.read');
  if (reach !== 'all' && reach.size === 0) return [];
  const sets = await setRows(deps.db, reach, filter);
  if (!sets.length) return [];
  const ids = sets.map((s) => s.id);
  const munis = await setKommuner(deps.db, ids);
  const counts = await commitmentCounts(deps.db, ids);
  return sets.map((s) => ({
    id: s.id,
    title: s.title,
    status: s.status as PromiseStatus,
    version: s.version,
    period: s.period_from ? { from: s.period_from, to: s.period_to } : null,
    municipalities: munis.filter((m) => m.promise_set_id === s.id).map((m) => ({ code: m.code ?? null, name: m.name })),
    commitments: Number(counts.find((c) => c.promise_set_id === s.id)?.n ?? 0),
    updatedAt: s.updated_at.toISOString(),
  }));
}
