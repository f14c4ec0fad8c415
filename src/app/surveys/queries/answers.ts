/**
 * The SQL of answering (answer.ts): the public survey as read for
 * answering, the checks on a browser token and on the survey's version,
 * and the one call that admits and stores a public answer
 * (take_survey_answer, migration 0029). The batches the answers wait in
 * are in batches.ts beside this module.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { CountParts } from '../../../domain/surveys/count-keys.ts';
import { ANSWER_BATCH, type Channel } from './batches.ts';

/** A published (or closed) survey's row by its public id or its address, with its row version (xmin). */
export function publicSurveyRow(db: Db, ref: string) {
  return db
    .selectFrom('surveys')
    .selectAll()
    .select(sql<string>`xmin::text`.as('version'))
    .where((eb) => eb.or([eb('public_id', '=', ref), eb('slug', '=', ref)]))
    .where('status', '!=', 'draft')
    .executeTakeFirst();
}

/** Whether a browser token (by its hash) has answered the survey. */
export async function browserTokenUsed(db: Db, surveyId: string, tokenHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('survey_browser_tokens')
    .select('token_hash')
    .where('survey_id', '=', surveyId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return !!row;
}

/** The survey row's current version (xmin), undefined when it is gone. */
export async function surveyVersion(db: Db, surveyId: string): Promise<string | undefined> {
  const row = await sql<{ version: string }>`select xmin::text as version from surveys where id = ${surveyId}`.execute(
    db,
  );
  return row.rows[0]?.version;
}

export interface Admission {
  surveyId: string;
  /** The survey's version the answer was judged against. */
  version: string;
  rateKeyHash: string;
  limit: number;
  windowStart: Date;
  now: Date;
  /** Exactly one of the two: the browser token's hash (link surveys) or the code's hash (code surveys). */
  tokenHash: string | null;
  codeHash: string | null;
}

export type AdmissionOutcome =
  | 'ok'
  | 'stale'
  | 'rate_limited'
  | 'code_invalid'
  | 'code_used'
  | 'already_answered'
  | 'closed'
  | 'not_open'
  | 'code_missing'
  | 'no_token';

/** The answer to store once admitted: what it holds, what it adds to the counts, its channel and day. */
export interface AdmittedAnswer {
  answers: unknown;
  parts: CountParts;
  channel: Channel;
  day: string;
}

/**
 * Rate limit and code or token, then the answer, in one call
 * (take_survey_answer, migration 0029): the procedure commits the
 * admission before it stores the answer, so the two never share a
 * transaction. The first hit of the window comes back for a rate-limited
 * answer. Only outside a transaction (the procedure commits).
 */
export async function takeAnswer(
  db: Db,
  a: Admission,
  answer: AdmittedAnswer,
): Promise<{ outcome: AdmissionOutcome; first_hit: Date | string | null }> {
  const { parts } = answer;
  const row = await sql<{ outcome: AdmissionOutcome; first_hit: Date | string | null }>`
    call take_survey_answer(${a.surveyId}, ${a.version}, ${a.rateKeyHash}, ${a.limit}, ${a.windowStart}, ${a.now},
      ${a.tokenHash}, ${a.codeHash}, ${JSON.stringify(answer.answers)}::jsonb, ${parts.groups}::text[],
      ${parts.keys}::text[], ${parts.own}::text[], ${answer.channel}, ${answer.day}::date, ${ANSWER_BATCH})`.execute(
    db,
  );
  return row.rows[0]!;
}
