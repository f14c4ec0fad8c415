/** The SQL of the daily salts of the answering rate limit. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/connect.ts';

export async function saltOf(db: Db, day: string): Promise<string | undefined> {
  const row = await db.selectFrom('survey_salts').select('salt').where('day', '=', day).executeTakeFirst();
  return row?.salt;
}

/** Stores a fresh salt for the day unless one is there (the first insert wins). */
export async function insertSalt(db: Db, day: string): Promise<void> {
  await db
    .insertInto('survey_salts')
    .values({ day, salt: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
}

/** Deletes the salts of days before `day`; returns how many. */
export async function deleteSaltsBefore(db: Db, day: string): Promise<number> {
  const [r] = await db.deleteFrom('survey_salts').where('day', '<', day).execute();
  return Number(r?.numDeletedRows ?? 0n);
}
