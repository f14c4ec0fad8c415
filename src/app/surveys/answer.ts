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
import { sha256 } from '../auth/crypto.ts';
import { hitRateLimit, rateKeyHash } from '../auth/rate-limit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict } from '../../domain/errors.ts';
import { checkAnswers, type AnswerError } from '../../domain/surveys/answers.ts';
import { normaliseCode } from '../../domain/surveys/codes.ts';
import { countParts } from '../../domain/surveys/count-keys.ts';
import { paperAnswerDay, stockholmDay, surveyPhase, type SurveyPhase } from '../../domain/surveys/dates.ts';
import type { Answers } from '../../domain/surveys/types.ts';
import { answerRateKey } from './salt.ts';
import { flushFullBatch, storeAnswer } from './queries/batches.ts';
import { browserTokenUsed, publicSurveyRow, surveyVersion } from './queries/answers.ts';
import { takeAnswerInGroup } from './answer-groups.ts';
import { surveyFor, toSurvey, type Survey } from './store.ts';
import type { PaperAnswerAccepted } from '../../contracts/surveys.ts';

/** Answers per address and survey in the window; generous, as a school or library may share one address. */
export const ANSWER_LIMIT = { count: 60, windowMs: 3600_000 };

export const tokenHash = (surveyId: string, token: string): string => sha256(`survey-token|${surveyId}|${token}`);
export const codeHash = (surveyId: string, code: string): string => sha256(`survey-code|${surveyId}|${code}`);

/** A survey as read at one version of its row (xmin), which submit_survey_answer checks. */
export type VersionedSurvey = Survey & { version: string };

/** A published (or closed) survey by its public id or its address; drafts do not exist publicly. */
export async function findPublicSurvey(deps: Deps, ref: string): Promise<VersionedSurvey | undefined> {
  if (!/^[a-z0-9-]{3,80}$/.test(ref)) return undefined;
  const row = await publicSurveyRow(deps.db, ref);
  const survey = row ? { ...toSurvey(row), version: row.version } : undefined;
  rememberSurvey(deps, ref, survey);
  return survey;
}

/**
 * Surveys this process has read for answering, by reference. Safe to use
 * without asking the database: the answer call refuses ('stale') when the
 * row has changed since, and the answer is then judged again on a fresh read.
 */
const remembered = new WeakMap<Deps['db'], Map<string, VersionedSurvey>>();

function rememberSurvey(deps: Deps, ref: string, survey: VersionedSurvey | undefined): void {
  let map = remembered.get(deps.db);
  if (!map) remembered.set(deps.db, (map = new Map()));
  map.delete(ref);
  if (!survey) return;
  if (map.size >= 200) map.delete(map.keys().next().value!);
  map.set(ref, survey);
}

/** The survey to judge an answer against: the one this process last read, or a fresh read. */
export async function surveyForAnswer(deps: Deps, ref: string): Promise<VersionedSurvey | undefined> {
  return remembered.get(deps.db)?.get(ref) ?? findPublicSurvey(deps, ref);
}

export function phaseNow(deps: Deps, survey: Survey): SurveyPhase {
  return surveyPhase(survey, stockholmDay(deps.now()));
}

export async function browserHasAnswered(deps: Deps, surveyId: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  return browserTokenUsed(deps.db, surveyId, tokenHash(surveyId, token));
}

export interface PublicAnswerInput {
  survey: VersionedSurvey;
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
  | {
      ok: false;
      reason: 'code_missing' | 'code_invalid' | 'code_used' | 'no_token' | 'already_answered' | 'closed' | 'not_open';
    };

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(
    'rate_limited',
    'För många svar från samma uppkoppling. Försök igen om en stund.',
    'Too many answers from the same connection. Try again later.',
    { retryAfterSeconds },
  );
}

/** What can be refused without the database: an answer with errors, a missing or malformed code, a browser without a token. */
function refusedUpfront(survey: Survey, input: PublicAnswerInput, errors: AnswerError[]): PublicAnswerOutcome | null {
  if (errors.length) return { ok: false, reason: 'invalid', errors };
  if (survey.access === 'codes') {
    if (!input.code?.trim()) return { ok: false, reason: 'code_missing' };
    if (!normaliseCode(input.code)) return { ok: false, reason: 'code_invalid' };
    return null;
  }
  return input.token ? null : { ok: false, reason: 'no_token' };
}

/** Whether the survey row has changed since `survey` was read. */
async function isStale(deps: Deps, survey: VersionedSurvey): Promise<boolean> {
  return (await surveyVersion(deps.db, survey.id)) !== survey.version;
}

/**
 * Rate limit and code or token, then the answer in a transaction of its
 * own, joining the survey's shuffled batch (batches.ts), in one database
 * call (take_survey_answer, migration 0029, commits in between; answers
 * arriving together share one call, answer-groups.ts): the two
 * never share a transaction, so the answer cannot be joined to the code,
 * token or hit. The answer's count parts are worked out here
 * (count-keys.ts), so its batch only adds them up. A process
 * stopped between the two has used the code without acknowledging the
 * answer; nothing acknowledged is lost. An attempt refused up front still
 * counts against the rate limit, and a rate-limited one is refused first.
 * 'stale' when the survey has changed since it was read; nothing is stored then.
 */
async function judgeAndStore(deps: Deps, input: PublicAnswerInput): Promise<PublicAnswerOutcome | 'stale'> {
  const { survey } = input;
  const phase = phaseNow(deps, survey);
  if (phase !== 'open')
    return (await isStale(deps, survey))
      ? 'stale'
      : { ok: false, reason: phase === 'not_open' ? 'not_open' : 'closed' };
  const rateKey = await answerRateKey(deps, survey.id, input.ip);
  const checked = checkAnswers(survey.questions, input.answers);
  const upfront = refusedUpfront(survey, input, checked.errors);
  if (upfront) {
    if (await isStale(deps, survey)) return 'stale';
    const limit = await hitRateLimit(deps, rateKey, ANSWER_LIMIT.count, ANSWER_LIMIT.windowMs);
    if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds);
    return upfront;
  }
  const now = deps.now();
  const code = survey.access === 'codes' ? codeHash(survey.id, normaliseCode(input.code!)!) : null;
  const admission = {
    surveyId: survey.id,
    version: survey.version,
    rateKeyHash: rateKeyHash(rateKey),
    limit: ANSWER_LIMIT.count,
    windowStart: new Date(now.getTime() - ANSWER_LIMIT.windowMs),
    now,
    tokenHash: code ? null : tokenHash(survey.id, input.token!),
    codeHash: code,
  };
  const row = await takeAnswerInGroup(deps.db, admission, {
    answers: checked.answers,
    parts: countParts(survey.questions, checked.answers),
    channel: code ? 'code' : 'web',
    day: stockholmDay(now),
  });
  if (row.outcome === 'stale') return 'stale';
  if (row.outcome === 'rate_limited') {
    const first = row.first_hit ? new Date(row.first_hit).getTime() : now.getTime();
    throw rateLimited(Math.max(1, Math.ceil((first + ANSWER_LIMIT.windowMs - now.getTime()) / 1000)));
  }
  if (row.outcome !== 'ok') return { ok: false, reason: row.outcome };
  return { ok: true };
}

export interface AnswerAttempt {
  /** The survey the answer was judged against; undefined when there is no such public survey. */
  survey: VersionedSurvey | undefined;
  outcome: PublicAnswerOutcome | null;
  answers: Answers;
  code: string | undefined;
}

/**
 * A public answer to the survey at `ref`, read from the form with the
 * survey's own questions. The survey comes from this process's memory when
 * it can; if the database says it has changed since, the answer is read
 * and judged again against the survey as it is now.
 */
export async function answerSurvey(
  deps: Deps,
  ref: string,
  read: (survey: Survey) => { answers: Answers; code: string | undefined },
  client: { token: string | undefined; ip: string },
): Promise<AnswerAttempt> {
  let survey = await surveyForAnswer(deps, ref);
  for (let attempt = 0; survey && attempt < 5; attempt++) {
    const { answers, code } = read(survey);
    const outcome = await judgeAndStore(deps, { survey, answers, code, ...client });
    if (outcome !== 'stale') return { survey, outcome, answers, code };
    survey = await findPublicSurvey(deps, ref);
  }
  return { survey, outcome: null, answers: {}, code: undefined };
}

/**
 * Staff key in an answer from a paper form; allowed also after closing, as
 * letters arrive late, and for a survey run on paper and registered
 * afterwards (paper-run.ts). It is dated within the survey's period
 * (paperAnswerDay). It waits for its batch like any answer (its audit
 * entry shares its transaction, so the batch moves in a transaction after).
 */
export async function keyInPaperAnswer(
  deps: Deps,
  actor: Actor,
  surveyId: string,
  answers: Answers,
): Promise<PaperAnswerAccepted> {
  const survey = await surveyFor(deps, actor, surveyId, true);
  if (survey.status === 'draft') throw conflict('Enkäten är inte publicerad än', 'The survey is not published yet');
  const checked = checkAnswers(survey.questions, answers);
  if (checked.errors.length) {
    throw new AppError('validation_failed', 'Svaret innehåller fel', 'The answer has errors', {
      errors: checked.errors,
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    const day = paperAnswerDay(survey, stockholmDay(deps.now()));
    const answer = { answers: checked.answers, parts: countParts(survey.questions, checked.answers) };
    await storeAnswer(trx, survey.id, answer, 'paper', day, false);
    await writeAudit(trx, actor, {
      action: 'survey.paper_answer',
      entityType: 'survey',
      entityId: survey.id,
      organisationId: survey.municipalityId,
      after: { channel: 'paper' },
    });
  });
  await flushFullBatch(deps.db, survey.id);
  return { accepted: true };
}
