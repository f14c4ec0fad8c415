/**
 * The daily salt of the answering rate limit. The limit counts by a hash of
 * salt + IP address + survey; with a new salt each day and yesterday's
 * deleted, not even the hashes can be tied to an address after a day. It is
 * kept in the database (not only in memory) so the limit holds across app
 * processes; the daily job deletes past days' salts even when nobody
 * answers the next day (forgetPastSalts).
 */
import type { Deps } from '../deps.ts';
import { sha256 } from '../auth/crypto.ts';
import { stockholmDay } from '../../domain/surveys/dates.ts';
import { deleteSaltsBefore, insertSalt, saltOf } from './queries/salts.ts';

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
  const found = await saltOf(deps.db, day);
  if (found) return found;
  // Two processes may race here; the first insert wins and both read it back.
  await insertSalt(deps.db, day);
  await deleteSaltsBefore(deps.db, day);
  const salt = await saltOf(deps.db, day);
  if (!salt) throw new Error(`no survey salt for ${day}`);
  return salt;
}

/** The rate-limit key of one address answering one survey today. The address itself is never stored. */
export async function answerRateKey(deps: Deps, surveyId: string, ip: string): Promise<string> {
  return `survey-answer:${sha256(`${await dailySalt(deps)}|${ip}|${surveyId}`)}`;
}

/** Deletes the salts of past days, so the day's rate-limit hashes can no longer be tested against addresses. */
export async function forgetPastSalts(deps: Deps): Promise<number> {
  return deleteSaltsBefore(deps.db, stockholmDay(deps.now()));
}
