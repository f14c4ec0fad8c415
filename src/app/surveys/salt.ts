/**
 * The daily salt of the answering rate limit. The limit counts by a hash of
 * salt + IP address + survey; with a new salt each day and yesterday's
 * deleted, not even the hashes can be tied to an address after a day. It is
 * kept in the database (not only in memory) so the limit holds across app
 * processes; the daily job deletes past days' salts even when nobody
 * answers the next day (forgetPastSalts).
 */
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { sha256 } from '../auth/crypto.ts';
import { stockholmDay } from '../../domain/surveys/dates.ts';

/** A day's salt never changes once stored (the first insert wins), so each process keeps the one it has read. */
const known = new WeakMap<Deps['db'], { day: string; salt: string }>();

export async function dailySalt(deps: Deps): Promise<string> {
  const day = stockholmDay(deps.now());
  const held = known.get(deps.db);
  if (held?.day === day) return held.salt;
  const salt = await readOrCreateSalt(deps, day);
  known.set(deps.db, { day, salt });
  return salt;
}

async function readOrCreateSalt(deps: Deps, day: string): Promise<string> {
  const found = await deps.db.selectFrom('survey_salts').select('salt').where('day', '=', day).executeTakeFirst();
  if (found) return found.salt;
  // Two processes may race here; the first insert wins and both read it back.
  await deps.db
    .insertInto('survey_salts')
    .values({ day, salt: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
  await deps.db.deleteFrom('survey_salts').where('day', '<', day).execute();
  const row = await deps.db.selectFrom('survey_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
  return row.salt;
}

/** The rate-limit key of one address answering one survey today. The address itself is never stored. */
export async function answerRateKey(deps: Deps, surveyId: string, ip: string): Promise<string> {
  return `survey-answer:${sha256(`${await dailySalt(deps)}|${ip}|${surveyId}`)}`;
}

/** Deletes the salts of past days, so the day's rate-limit hashes can no longer be tested against addresses. */
export async function forgetPastSalts(deps: Deps): Promise<number> {
  const [r] = await deps.db.deleteFrom('survey_salts').where('day', '<', stockholmDay(deps.now())).execute();
  return Number(r?.numDeletedRows ?? 0n);
}
