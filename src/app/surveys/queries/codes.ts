/** The SQL of letter codes: the hashes stored per batch. */
import type { Db } from '../../../db/connect.ts';

/** Stores the code hashes of a batch; returns the hashes stored (one an earlier batch holds is skipped). */
export async function insertCodeHashes(
  trx: Db,
  surveyId: string,
  batch: number,
  hashes: string[],
): Promise<Set<string>> {
  const inserted = await trx
    .insertInto('survey_codes')
    .values(hashes.map((code_hash) => ({ survey_id: surveyId, code_hash, batch })))
    .onConflict((oc) => oc.columns(['survey_id', 'code_hash']).doNothing())
    .returning('code_hash')
    .execute();
  return new Set(inserted.map((r) => r.code_hash));
}

/** The survey's status, its row locked for the rest of the transaction. */
export async function lockedSurveyStatus(trx: Db, surveyId: string): Promise<string | undefined> {
  const row = await trx
    .selectFrom('surveys')
    .select('status')
    .where('id', '=', surveyId)
    .forUpdate()
    .executeTakeFirst();
  return row?.status;
}

/** The survey's highest code batch number so far (0 before the first). */
export async function lastCodeBatch(trx: Db, surveyId: string): Promise<number> {
  const row = await trx
    .selectFrom('survey_codes')
    .select((eb) => eb.fn.max('batch').as('b'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  return Number(row?.b ?? 0);
}
