/**
 * The queries that turn a promise set document into rows and back. Know
 * nothing of authorisation or lifecycle: callers decide whether a write is
 * allowed (store.ts adds what follows a write: pieces, areas).
 */
import type { Db } from '../../../db/connect.ts';
import { PROMISE_FORMAT, type Target } from '../../../domain/promise-document.ts';
import type { PlanCommitment, PromiseSetDocument, PromiseStatus } from '../../../domain/promise-set.ts';
import type { StoredPromiseSet } from '../../../contracts/promises.ts';

export interface ResolvedMunicipality {
  organisationId: string | null;
  code: string | null;
  name: string;
}

const j = (v: unknown) => JSON.stringify(v);

/** Writes the content of `doc` under promise set `id`, keeping the ids of focus areas and commitments it already has. */
export async function writeContentRows(
  trx: Db,
  id: string,
  doc: PromiseSetDocument,
  municipalities: ResolvedMunicipality[],
  now: Date,
): Promise<void> {
  await trx
    .updateTable('promise_sets')
    .set({
      title: doc.title,
      period_from: doc.period?.from ?? null,
      period_to: doc.period?.to ?? null,
      police_area: doc.policeArea,
      signed_at: doc.signedAt,
      signatories: j(doc.signatories),
      introduction: doc.introduction ?? null,
      sections: j(doc.sections),
      warnings: j(doc.warnings),
      agreement_id: doc.agreementId ?? null,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();

  await trx.deleteFrom('promise_set_municipalities').where('promise_set_id', '=', id).execute();
  if (municipalities.length) {
    await trx
      .insertInto('promise_set_municipalities')
      .values(
        municipalities.map((m, position) => ({
          promise_set_id: id,
          position,
          organisation_id: m.organisationId,
          name: m.name,
        })),
      )
      .execute();
  }
  await writeFocusAreas(trx, id, doc, now);
}

async function writeFocusAreas(trx: Db, setId: string, doc: PromiseSetDocument, now: Date): Promise<void> {
  const existingAreas = new Set(
    (await trx.selectFrom('focus_areas').select('id').where('promise_set_id', '=', setId).execute()).map((r) => r.id),
  );
  const existingCommitments = new Set(
    (await trx.selectFrom('commitments').select('id').where('promise_set_id', '=', setId).execute()).map((r) => r.id),
  );
  const keptAreas = new Set<string>();
  const keptCommitments = new Set<string>();
  for (const [position, area] of doc.focusAreas.entries()) {
    let areaId = area.id && existingAreas.has(area.id) ? area.id : null;
    if (areaId) {
      await trx
        .updateTable('focus_areas')
        .set({ position, title: area.title, removed_at: null })
        .where('id', '=', areaId)
        .execute();
    } else {
      areaId = (
        await trx
          .insertInto('focus_areas')
          .values({ promise_set_id: setId, position, title: area.title })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    keptAreas.add(areaId);
    for (const [cpos, c] of area.commitments.entries()) {
      const values = commitmentValues(c, setId, areaId, cpos);
      if (c.id && existingCommitments.has(c.id)) {
        await trx
          .updateTable('commitments')
          .set({ ...values, removed_at: null })
          .where('id', '=', c.id)
          .execute();
        keptCommitments.add(c.id);
      } else {
        keptCommitments.add(
          (await trx.insertInto('commitments').values(values).returning('id').executeTakeFirstOrThrow()).id,
        );
      }
    }
  }
  const goneAreas = [...existingAreas].filter((a) => !keptAreas.has(a));
  const goneCommitments = [...existingCommitments].filter((c) => !keptCommitments.has(c));
  if (goneCommitments.length) {
    await trx
      .updateTable('commitments')
      .set({ removed_at: now })
      .where('id', 'in', goneCommitments)
      .where('removed_at', 'is', null)
      .execute();
  }
  if (goneAreas.length) {
    await trx
      .updateTable('focus_areas')
      .set({ removed_at: now })
      .where('id', 'in', goneAreas)
      .where('removed_at', 'is', null)
      .execute();
  }
}

function commitmentValues(c: PlanCommitment, setId: string, areaId: string, position: number) {
  return {
    promise_set_id: setId,
    focus_area_id: areaId,
    position,
    text: c.text,
    responsible: j(c.responsible),
    partners: j(c.partners),
    places: j(c.places),
    target: j(c.target),
    targets: j(c.targets),
    follow_up: j(c.followUp),
    when_text: c.when ?? null,
    condition: c.condition ?? null,
    owner: c.owner ?? null,
  };
}

/** Reads a stored set back as its document; undefined when no such set. */
export async function readDocument(db: Db, id: string): Promise<StoredPromiseSet | undefined> {
  const set = await db.selectFrom('promise_sets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!set) return undefined;
  const municipalities = await db
    .selectFrom('promise_set_municipalities as m')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.name', 'o.code'])
    .where('m.promise_set_id', '=', id)
    .orderBy('m.position')
    .execute();
  const areas = await db
    .selectFrom('focus_areas')
    .select(['id', 'title'])
    .where('promise_set_id', '=', id)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  const commitments = await db
    .selectFrom('commitments')
    .selectAll()
    .where('promise_set_id', '=', id)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  return {
    format: PROMISE_FORMAT,
    id: set.id,
    status: set.status as PromiseStatus,
    version: set.version,
    agreementId: set.agreement_id,
    title: set.title,
    municipalities: municipalities.map((m) => ({ code: m.code ?? null, name: m.name })),
    policeArea: set.police_area,
    period: set.period_from ? { from: set.period_from, to: set.period_to } : null,
    signedAt: set.signed_at,
    signatories: set.signatories as PromiseSetDocument['signatories'],
    introduction: set.introduction,
    focusAreas: areas.map((a) => ({
      id: a.id,
      title: a.title,
      commitments: commitments
        .filter((c) => c.focus_area_id === a.id)
        .map((c) => ({
          id: c.id,
          text: c.text,
          responsible: c.responsible,
          partners: c.partners,
          places: c.places,
          target: c.target as unknown as Target,
          targets: c.targets as PlanCommitment['targets'],
          followUp: c.follow_up,
          when: c.when_text,
          condition: c.condition,
          owner: c.owner,
        })),
    })),
    sections: set.sections as PromiseSetDocument['sections'],
    warnings: set.warnings,
  };
}
