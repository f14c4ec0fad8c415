/**
 * Answers that arrive together are taken in one call (take_survey_answers,
 * migration 0033): each admitted on its own merits, five or more stored as
 * a batch of their own, fewer joining the waiting groups; the running
 * counts agree with every answer either way. On the embedded database, and
 * on PostgreSQL in the PostgreSQL suite.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey, type Kalix } from './helpers.ts';
import { actorForUser } from '../../src/app/access.ts';
import { codeHash, tokenHash } from '../../src/app/surveys/answer.ts';
import { takeAnswers, type Admission } from '../../src/app/surveys/queries/answers.ts';
import { answerCount, pendingCount } from '../../src/app/surveys/queries/batches.ts';
import { getSurveyResults, loadResponses } from '../../src/app/surveys/results.ts';
import { surveyFor } from '../../src/app/surveys/store.ts';
import type { Actor } from '../../src/domain/access/permissions.ts';
import { normaliseCode } from '../../src/domain/surveys/codes.ts';
import { countParts } from '../../src/domain/surveys/count-keys.ts';
import { computeResults, TEXT_ANSWERS_SHOWN } from '../../src/domain/surveys/results.ts';
import type { Answers, Question } from '../../src/domain/surveys/types.ts';
import { sql } from 'kysely';

let ctx: TestContext;
let coordinator: Client;
let actor: Actor;
let kalix: Kalix;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
  const user = await ctx.deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO.kalixCoordinator)
    .executeTakeFirstOrThrow();
  actor = (await actorForUser(ctx.deps.db, user.id))!;
});
afterAll(async () => ctx.close());

function answerOf(i: number): Answers {
  const areas = Object.values(kalix.areas);
  return {
    area: areas[i % areas.length]!,
    gender: ['woman', 'man'][i % 2]!,
    ...(i % 3 ? { age_band: ['16-24', '65-74'][i % 2]! } : {}),
    problems: { speeding: (['none', 'small', 'very_big'] as const)[i % 3]! },
    victimisation: i % 4 ? ['theft'] : ['theft', 'fraud'],
  };
}

async function versioned(surveyId: string): Promise<string> {
  return (await sql<{ v: string }>`select xmin::text as v from surveys where id = ${surveyId}`.execute(ctx.deps.db))
    .rows[0]!.v;
}

function taking(surveyId: string, version: string, questions: Question[], i: number, token: string) {
  const now = new Date();
  const admission: Admission = {
    surveyId,
    version,
    rateKeyHash: `test-rate:${i}`,
    limit: 60,
    windowStart: new Date(now.getTime() - 3600_000),
    now,
    tokenHash: tokenHash(surveyId, token),
    codeHash: null,
  };
  const answers = answerOf(i);
  return {
    admission,
    answer: { answers, parts: countParts(questions, answers), channel: 'web' as const, day: '2026-12-04' },
  };
}

async function agree(surveyId: string) {
  const survey = await surveyFor(ctx.deps, actor, surveyId, false);
  const counted = (await getSurveyResults(ctx.deps, actor, surveyId)).results;
  const full = computeResults({
    questions: survey.questions,
    responses: await loadResponses(ctx.deps.db, surveyId),
    scoring: survey.scoring,
    textAnswers: TEXT_ANSWERS_SHOWN,
  });
  expect(counted).toEqual(full);
  return counted.responses;
}

describe('answers taken together', () => {
  it('admits each on its own; they wait while their group holds fewer than five, and move with it once it holds five or more', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const questions = survey.questions as unknown as Question[];
    const version = await versioned(survey.id);
    const tokens = Array.from({ length: 12 }, () => randomBytes(12).toString('base64url'));

    // Four arrive together, one from a browser that has already answered in the same group.
    const small = await takeAnswers(ctx.deps.db, [
      taking(survey.id, version, questions, 0, tokens[0]!),
      taking(survey.id, version, questions, 1, tokens[1]!),
      taking(survey.id, version, questions, 2, tokens[0]!),
      taking(survey.id, version, questions, 3, tokens[2]!),
    ]);
    expect(small.map((r) => r.outcome)).toEqual(['ok', 'ok', 'already_answered', 'ok']);
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(3);
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(3);

    expect(await agree(survey.id)).toBe(3);

    // Seven together: stored at once with the three that waited, as one batch; nothing waits.
    const big = await takeAnswers(
      ctx.deps.db,
      Array.from({ length: 7 }, (_, k) => taking(survey.id, version, questions, 10 + k, tokens[3 + k]!)),
    );
    expect(big.map((r) => r.outcome)).toEqual(Array(7).fill('ok'));
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(0);
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(10);
    expect(await agree(survey.id)).toBe(10);
  });

  it('holds the rate limit within a group as one by one: a refused answer is a hit, one over the limit not', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const questions = survey.questions as unknown as Question[];
    const version = await versioned(survey.id);
    const sameAddress = (i: number, token: string) => {
      const t = taking(survey.id, version, questions, i, token);
      return { ...t, admission: { ...t.admission, rateKeyHash: 'test-rate:one-address', limit: 3 } };
    };
    // A hit from before, then four from the same address: the second is its browser's second answer.
    await sql`insert into rate_limit_hits (key_hash, at) values ('test-rate:one-address', now())`.execute(ctx.deps.db);
    const outcome = await takeAnswers(ctx.deps.db, [
      sameAddress(0, 'b-0'),
      sameAddress(1, 'b-0'),
      sameAddress(2, 'b-2'),
      sameAddress(3, 'b-3'),
    ]);
    expect(outcome.map((r) => r.outcome)).toEqual(['ok', 'already_answered', 'rate_limited', 'rate_limited']);
    expect(outcome.map((r) => r.first_hit === null)).toEqual([true, true, false, false]);
    const hits = await sql<{ n: number }>`select count(*)::int as n from rate_limit_hits
      where key_hash = 'test-rate:one-address'`.execute(ctx.deps.db);
    expect(hits.rows[0]!.n).toBe(3);
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(1);
    // Another address in the same group is not held back by the first.
    const mixed = await takeAnswers(ctx.deps.db, [
      sameAddress(4, 'b-4'),
      taking(survey.id, version, questions, 5, 'b-5'),
    ]);
    expect(mixed.map((r) => r.outcome)).toEqual(['rate_limited', 'ok']);
  });

  it('refuses a whole group judged against a survey that has changed since, storing nothing', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const questions = survey.questions as unknown as Question[];
    const stale = await versioned(survey.id);
    await sql`update surveys set updated_at = now() where id = ${survey.id}`.execute(ctx.deps.db);
    const outcome = await takeAnswers(
      ctx.deps.db,
      Array.from({ length: 6 }, (_, k) => taking(survey.id, stale, questions, k, `t-${k}`)),
    );
    expect(outcome.map((r) => r.outcome)).toEqual(Array(6).fill('stale'));
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(0);
  });

  it('through the answering page: many at once are each kept once, and the counts agree', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const areas = Object.values(kalix.areas);
    const sent = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const ip = `10.9.0.${i + 1}`;
        const first = await ctx.app.inject({ url: `/enkat/${survey.publicId}`, remoteAddress: ip });
        const token = first.cookies.find((c) => c.name === 'lofte_enkat')!.value;
        return ctx.app.inject({
          method: 'POST',
          url: `/enkat/${survey.publicId}`,
          remoteAddress: ip,
          cookies: { lofte_enkat: token },
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ 'q.area': areas[i % areas.length]!, 'q.gender': 'woman' }).toString(),
        });
      }),
    );
    expect(sent.map((r) => r.statusCode)).toEqual(sent.map(() => 303));
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(24);
    expect(await agree(survey.id)).toBe(24);
  });

  it('keeps a code survey apart: a used code in a group is refused, the others are stored', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id, { access: 'codes' });
    const questions = survey.questions as unknown as Question[];
    const version = await versioned(survey.id);
    const { codes } = (
      await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes?format=json`, { count: 5 })
    ).json() as { codes: string[] };
    const withCode = (i: number, code: string) => {
      const t = taking(survey.id, version, questions, i, `unused-${i}`);
      return {
        admission: { ...t.admission, tokenHash: null, codeHash: codeHash(survey.id, normaliseCode(code) ?? code) },
        answer: { ...t.answer, channel: 'code' as const },
      };
    };
    const outcome = await takeAnswers(ctx.deps.db, [
      withCode(0, codes[0]!),
      withCode(1, codes[1]!),
      withCode(2, codes[0]!),
      withCode(3, 'XXXX-XXXX'),
      withCode(4, codes[2]!),
    ]);
    expect(outcome.map((r) => r.outcome)).toEqual(['ok', 'ok', 'code_used', 'code_invalid', 'ok']);
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(3);
    expect(await agree(survey.id)).toBe(3);
  });
});
