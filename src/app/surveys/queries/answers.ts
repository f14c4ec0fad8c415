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
import { PART_SEPARATOR } from '../../../db/sql/survey-intake.ts';
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

/** What taking an answer came to: the admission's outcome, and the window's first hit when rate-limited. */
export type TakenAnswer = { outcome: AdmissionOutcome; first_hit: Date | string | null };

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
export async function takeAnswer(db: Db, a: Admission, answer: AdmittedAnswer): Promise<TakenAnswer> {
  const { parts } = answer;
  const row = await sql<TakenAnswer>`
    call take_survey_answer(${a.surveyId}, ${a.version}, ${a.rateKeyHash}, ${a.limit}, ${a.windowStart}, ${a.now},
      ${a.tokenHash}, ${a.codeHash}, ${JSON.stringify(answer.answers)}::jsonb, ${parts.groups}::text[],
      ${parts.keys}::text[], ${parts.own}::text[], ${answer.channel}, ${answer.day}::date, ${ANSWER_BATCH})`.execute(
    db,
  );
  return row.rows[0]!;
}

/** Whether an answer's count parts can travel joined by PART_SEPARATOR (no part holds it). */
export function joinableParts(parts: CountParts): boolean {
  return ![...parts.groups, ...parts.keys, ...parts.own].some((p) => p.includes(PART_SEPARATOR));
}

/**
 * Answers to one survey (judged against one version of it) that arrived
 * together, in one call (take_survey_answers, migration 0033): admitted
 * one by one, committed, then stored together in a transaction of their
 * own. Outcomes in the order given. Every answer's parts must be
 * joinable. Only outside a transaction (the procedure commits).
 */
export async function takeAnswers(
  db: Db,
  group: readonly { admission: Admission; answer: AdmittedAnswer }[],
): Promise<TakenAnswer[]> {
  const first = group[0]!.admission;
  const admissions = group.map((g) => g.admission);
  const answers = group.map((g) => g.answer);
  const joined = (pick: (p: CountParts) => string[]) => answers.map((a) => pick(a.parts).join(PART_SEPARATOR));
  const row = await sql<{ outcomes: AdmissionOutcome[]; first_hits: (Date | string | null)[] }>`
    call take_survey_answers(${first.surveyId}, ${first.version}, ${first.limit}, ${first.windowStart}, ${first.now},
      ${admissions.map((a) => a.rateKeyHash)}::text[], ${admissions.map((a) => a.tokenHash)}::text[],
      ${admissions.map((a) => a.codeHash)}::text[], ${answers.map((a) => JSON.stringify(a.answers))}::jsonb[],
      ${joined((p) => p.groups)}::text[], ${joined((p) => p.keys)}::text[], ${joined((p) => p.own)}::text[],
      ${answers.map((a) => a.channel)}::text[], ${answers.map((a) => a.day)}::date[], ${ANSWER_BATCH})`.execute(db);
  const { outcomes, first_hits } = row.rows[0]!;
  return outcomes.map((outcome, i) => ({ outcome, first_hit: first_hits[i] ?? null }));
}
