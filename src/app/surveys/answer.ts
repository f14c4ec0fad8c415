/**
 * Answering: anonymously through the public link, with a single-use code
 * from a letter, or keyed in by staff from a paper form. An answer row
 * holds the answers, the channel and the day, nothing that leads back to
 * the respondent. Double answers are stopped by a per-browser token (its
 * hash is kept apart from the answers) or by the code being used up, and
 * floods by a rate limit on a salted hash of the address.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { sha256 } from '../crypto.ts';
import { hitRateLimit } from '../rate-limit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict } from '../../domain/errors.ts';
import { checkAnswers, type AnswerError } from '../../domain/surveys/answers.ts';
import { normaliseCode } from '../../domain/surveys/codes.ts';
import { stockholmDay, surveyPhase, type SurveyPhase } from '../../domain/surveys/dates.ts';
import type { Answers } from '../../domain/surveys/types.ts';
import { answerRateKey } from './salt.ts';
import { surveyFor, toSurvey, type Survey } from './store.ts';

/** Answers per address and survey in the window; generous, as a school or library may share one address. */
export const ANSWER_LIMIT = { count: 60, windowMs: 3600_000 };

export const tokenHash = (surveyId: string, token: string): string => sha256(`survey-token|${surveyId}|${token}`);
export const codeHash = (surveyId: string, code: string): string => sha256(`survey-code|${surveyId}|${code}`);

/** A published (or closed) survey by its public id or its address; drafts do not exist publicly. */
export async function findPublicSurvey(deps: Deps, ref: string): Promise<Survey | undefined> {
  if (!/^[a-z0-9-]{3,80}$/.test(ref)) return undefined;
  const row = await deps.db.selectFrom('surveys').selectAll()
    .where((eb) => eb.or([eb('public_id', '=', ref), eb('slug', '=', ref)]))
    .where('status', '!=', 'draft').executeTakeFirst();
  return row ? toSurvey(row) : undefined;
}

export function phaseNow(deps: Deps, survey: Survey): SurveyPhase {
  return surveyPhase(survey, stockholmDay(deps.now()));
}

export async function browserHasAnswered(deps: Deps, surveyId: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const row = await deps.db.selectFrom('survey_browser_tokens').select('token_hash')
    .where('survey_id', '=', surveyId).where('token_hash', '=', tokenHash(surveyId, token)).executeTakeFirst();
  return !!row;
}

export interface PublicAnswerInput {
  survey: Survey;
  answers: Answers;
  /** The browser's token cookie (link surveys). */
  token: string | undefined;
  /** The code from the letter (code surveys), as typed. */
  code: string | undefined;
  ip: string;
}

export type PublicAnswerOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalid'; errors: AnswerError[] }
  | { ok: false; reason: 'code_missing' | 'code_invalid' | 'code_used' | 'no_token' | 'already_answered' | 'closed' | 'not_open' };

/** Why a code is refused, told apart so the page can say "already used" rather than "wrong". */
async function useCode(deps: Deps, trx: Deps['db'], surveyId: string, typed: string | undefined) {
  const code = typed ? normaliseCode(typed) : null;
  if (!typed?.trim()) return 'code_missing' as const;
  if (!code) return 'code_invalid' as const;
  const hash = codeHash(surveyId, code);
  const used = await trx.updateTable('survey_codes').set({ used: true })
    .where('survey_id', '=', surveyId).where('code_hash', '=', hash).where('used', '=', false)
    .returning('code_hash').executeTakeFirst();
  if (used) return null;
  const exists = await trx.selectFrom('survey_codes').select('used').where('survey_id', '=', surveyId).where('code_hash', '=', hash).executeTakeFirst();
  return exists ? 'code_used' as const : 'code_invalid' as const;
}

async function useToken(trx: Deps['db'], surveyId: string, token: string | undefined) {
  if (!token) return 'no_token' as const;
  const inserted = await trx.insertInto('survey_browser_tokens').values({ survey_id: surveyId, token_hash: tokenHash(surveyId, token) })
    .onConflict((oc) => oc.columns(['survey_id', 'token_hash']).doNothing()).returning('token_hash').executeTakeFirst();
  return inserted ? null : 'already_answered' as const;
}

class Refused extends Error {
  readonly reason: Exclude<PublicAnswerOutcome, { ok: true } | { reason: 'invalid' }>['reason'];
  constructor(reason: Refused['reason']) {
    super(reason);
    this.reason = reason;
  }
}

export async function submitPublicAnswer(deps: Deps, input: PublicAnswerInput): Promise<PublicAnswerOutcome> {
  const { survey } = input;
  const phase = phaseNow(deps, survey);
  if (phase !== 'open') return { ok: false, reason: phase === 'not_open' ? 'not_open' : 'closed' };
  const limit = await hitRateLimit(deps, await answerRateKey(deps, survey.id, input.ip), ANSWER_LIMIT.count, ANSWER_LIMIT.windowMs);
  if (!limit.allowed) {
    throw new AppError('rate_limited', 'För många svar från samma uppkoppling. Försök igen om en stund.',
      'Too many answers from the same connection. Try again later.', { retryAfterSeconds: limit.retryAfterSeconds });
  }
  const checked = checkAnswers(survey.questions, input.answers);
  if (checked.errors.length) return { ok: false, reason: 'invalid', errors: checked.errors };
  try {
    await deps.db.transaction().execute(async (trx) => {
      const refused = survey.access === 'codes' ? await useCode(deps, trx, survey.id, input.code) : await useToken(trx, survey.id, input.token);
      if (refused) throw new Refused(refused);
      await trx.insertInto('survey_responses').values({
        survey_id: survey.id, answers: JSON.stringify(checked.answers), channel: survey.access === 'codes' ? 'code' : 'web',
        submitted_on: stockholmDay(deps.now()),
      }).execute();
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, reason: err.reason };
    throw err;
  }
  return { ok: true };
}

/** Staff key in an answer from a paper form; allowed also after closing, as letters arrive late. */
export async function keyInPaperAnswer(deps: Deps, actor: Actor, surveyId: string, answers: Answers): Promise<{ id: string }> {
  const survey = await surveyFor(deps, actor, surveyId, true);
  if (survey.status === 'draft') throw conflict('Enkäten är inte publicerad än', 'The survey is not published yet');
  const checked = checkAnswers(survey.questions, answers);
  if (checked.errors.length) {
    throw new AppError('validation_failed', 'Svaret innehåller fel', 'The answer has errors', { errors: checked.errors });
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('survey_responses').values({
      survey_id: survey.id, answers: JSON.stringify(checked.answers), channel: 'paper', submitted_on: stockholmDay(deps.now()),
    }).returning('id').executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'survey.paper_answer', entityType: 'survey', entityId: survey.id,
      organisationId: survey.municipalityId, after: { channel: 'paper' } });
    return { id: row.id };
  });
}
