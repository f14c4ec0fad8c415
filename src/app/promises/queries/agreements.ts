/** Queries of samverkansöverenskommelser (agreements.ts holds the rules and the audit). */
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { AgreementsTable } from '../../../db/schema.ts';

export type AgreementValues = Omit<Insertable<AgreementsTable>, 'id' | 'created_at' | 'updated_at'>;

export function organisationKinds(db: Db, ids: string[]) {
  return db.selectFrom('organisations').select(['id', 'kind']).where('id', 'in', ids).execute();
}

export function agreementRow(db: Db, id: string) {
  return db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function agreementPartyIds(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agreement_parties')
    .select('organisation_id')
    .where('agreement_id', '=', id)
    .execute();
  return rows.map((p) => p.organisation_id);
}

/** Inserts the agreement, or updates it when `id` is given; returns its id. */
export async function saveAgreementRow(trx: Db, id: string | null, values: AgreementValues, at: Date): Promise<string> {
  const row = id
    ? await trx
        .updateTable('agreements')
        .set({ ...values, updated_at: at })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirstOrThrow()
    : await trx.insertInto('agreements').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceAgreementParties(trx: Db, id: string, parties: string[]): Promise<void> {
  await trx.deleteFrom('agreement_parties').where('agreement_id', '=', id).execute();
  await trx
    .insertInto('agreement_parties')
    .values(parties.map((p) => ({ agreement_id: id, organisation_id: p })))
    .execute();
}

/** Ids of agreements with a party in reach ('all' for every one), newest change first. */
export async function agreementIds(db: Db, reach: ReadonlySet<string> | 'all'): Promise<string[]> {
  let q = db.selectFrom('agreements').select('id').orderBy('updated_at', 'desc');
  if (reach !== 'all') {
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('agreement_parties')
        .select('agreement_id')
        .where('organisation_id', 'in', [...reach]),
    );
  }
  return (await q.execute()).map((r) => r.id);
}
