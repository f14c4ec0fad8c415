/** Queries of the public subscriptions (subscriptions.ts holds the rules, the mails and the audit). */
import type { Db } from '../../../db/connect.ts';

export function subscriptionOf(db: Db, municipalityId: string, email: string) {
  return db
    .selectFrom('public_subscriptions')
    .select(['id', 'confirmed_at', 'unsubscribed_at'])
    .where('municipality_id', '=', municipalityId)
    .where('email', '=', email)
    .executeTakeFirst();
}

interface Request {
  confirm_token_hash: string;
  confirm_sent_at: Date;
  confirmed_at: null;
  unsubscribed_at: null;
  locale: string;
}

export function restartSubscription(trx: Db, id: string, values: Request) {
  return trx
    .updateTable('public_subscriptions')
    .set(values)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertSubscription(
  trx: Db,
  values: Request & { municipality_id: string; email: string; unsubscribe_token: string },
) {
  return trx.insertInto('public_subscriptions').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The subscription whose confirmation link (by its hash) was sent after `since`, with its kommun. */
export function subscriptionByConfirmHash(db: Db, hash: string, since: Date) {
  return db
    .selectFrom('public_subscriptions as s')
    .innerJoin('organisations as o', 'o.id', 's.municipality_id')
    .select(['s.id', 's.municipality_id', 'o.name', 'o.slug'])
    .where('s.confirm_token_hash', '=', hash)
    .where('s.confirm_sent_at', '>', since)
    .executeTakeFirst();
}

export async function markConfirmed(trx: Db, id: string, at: Date): Promise<void> {
  await trx
    .updateTable('public_subscriptions')
    .set({ confirmed_at: at, confirm_token_hash: null, unsubscribed_at: null })
    .where('id', '=', id)
    .execute();
}

export function subscriptionByUnsubscribe(db: Db, token: string) {
  return db
    .selectFrom('public_subscriptions as s')
    .innerJoin('organisations as o', 'o.id', 's.municipality_id')
    .select(['s.id', 's.municipality_id', 's.unsubscribed_at', 'o.name', 'o.slug'])
    .where('s.unsubscribe_token', '=', token)
    .executeTakeFirst();
}

export async function markUnsubscribed(trx: Db, id: string, at: Date): Promise<void> {
  await trx
    .updateTable('public_subscriptions')
    .set({ unsubscribed_at: at, confirm_token_hash: null })
    .where('id', '=', id)
    .execute();
}

/** Confirmed, not ended subscriptions of the kommun, oldest first. */
export function activeSubscribers(db: Db, municipalityId: string) {
  return db
    .selectFrom('public_subscriptions')
    .select(['email', 'unsubscribe_token', 'locale'])
    .where('municipality_id', '=', municipalityId)
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .orderBy('created_at')
    .execute();
}
