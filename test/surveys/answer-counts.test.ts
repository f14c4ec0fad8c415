/**
 * Survey results from running counts (migration 0027) are exactly the
 * results counted from every answer: random answers stored through the
 * real intake paths (public answers, paper answers keyed in by staff, the
 * daily job storing the leftovers padded with stored answers, two areas
 * merged), then the results the staff and the public read compared with
 * computeResults over every loaded answer, with random scorings (items left
 * out of the overall index) and groups under and over the small-cell limit.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../fast-check-seed.ts';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { actorForUser } from '../../src/app/access.ts';
import { answerSurvey, keyInPaperAnswer } from '../../src/app/surveys/answer.ts';
import { answerCount, flushLeftoverAnswers, pendingCount } from '../../src/app/surveys/queries/batches.ts';
import { countRows, waitingAnswers } from '../../src/app/surveys/queries/answer-counts.ts';
import { getSurveyResults, loadResponses, storedTextsFor } from '../../src/app/surveys/results.ts';
import { surveyFor } from '../../src/app/surveys/store.ts';
import type { Actor } from '../../src/domain/access/permissions.ts';
import { computeResults, resultsFromCounts, TEXT_ANSWERS_SHOWN } from '../../src/domain/surveys/results.ts';
import type { ProblemScoring } from '../../src/domain/surveys/scoring.ts';
import type { Answers, Question } from '../../src/domain/surveys/types.ts';
import { kalixWithAreas, publishedSurvey, type Kalix } from './helpers.ts';

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

type Pick = (n: number) => number;

/** One respondent's answers, valid for the form: any question may be left out; a few groups are popular, others rare. */
function answersFor(questions: readonly Question[], pick: Pick, skew: number): Answers {
  const answers: Answers = {};
  const option = (n: number) => (pick(4) < skew ? 0 : pick(n));
  for (const q of questions) {
    if (pick(5) === 0) continue;
    if (q.kind === 'problem') {
      const given = Object.fromEntries(
        q.items
          .filter(() => pick(4) > 0)
          .map((i) => [i.id, (['none', 'small', 'fairly_big', 'very_big', 'dont_know'] as const)[pick(5)]!]),
      );
      if (Object.keys(given).length) answers[q.id] = given;
    } else if (q.kind === 'scale') answers[q.id] = String(q.min + pick(q.max - q.min + 1));
    else if (q.kind === 'text') {
      if (pick(3) === 0) answers[q.id] = pick(2) ? 'Mörkt vid Storgatan 5, ring Kalle på 070-123 45 67' : 'Bra';
    } else if (q.kind === 'multiple') {
      const others = q.options.filter((o) => o.value !== q.exclusive);
      const chosen =
        q.exclusive && pick(4) === 0 ? [q.exclusive] : others.filter(() => pick(3) === 0).map((o) => o.value);
      if (chosen.length) answers[q.id] = chosen;
    } else if (q.options.length) answers[q.id] = q.options[option(q.options.length)]!.value;
  }
  if (!Object.keys(answers).length) answers.police_presence = '3';
  return answers;
}

async function answerPublicly(publicId: string, answers: Answers): Promise<void> {
  const client = { token: randomBytes(12).toString('base64url'), ip: `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}` };
  const attempt = await answerSurvey(ctx.deps, publicId, () => ({ answers, code: undefined }), client);
  expect(attempt.outcome).toEqual({ ok: true });
}

/** The results from the counts and from every answer, with the survey's scoring and with `scoring`. */
async function bothWays(surveyId: string, scoring: ProblemScoring) {
  const survey = await surveyFor(ctx.deps, actor, surveyId, false);
  const responses = await loadResponses(ctx.deps.db, surveyId);
  const textIds = survey.questions.filter((q) => q.kind === 'text').map((q) => q.id);
  const waiting = await waitingAnswers(ctx.deps.db, surveyId);
  const counted = resultsFromCounts({
    questions: survey.questions,
    counts: await countRows(ctx.deps.db, surveyId),
    waiting,
    storedTexts: await storedTextsFor(ctx.deps.db, surveyId, textIds, null),
    scoring,
  });
  return {
    staff: (await getSurveyResults(ctx.deps, actor, surveyId)).results,
    // The staff results carry the first few redacted text answers; the rest are read a page at a time.
    full: computeResults({
      questions: survey.questions,
      responses,
      scoring: survey.scoring,
      textAnswers: TEXT_ANSWERS_SHOWN,
    }),
    counted,
    fullScored: computeResults({ questions: survey.questions, responses, scoring }),
  };
}

const scoringArb = fc.record({
  none: fc.constant(0),
  small: fc.integer({ min: 0, max: 2 }),
  fairly_big: fc.integer({ min: 2, max: 4 }),
  very_big: fc.integer({ min: 4, max: 6 }),
  excludedItems: fc.option(fc.record({ problems: fc.subarray(['speeding', 'drug_dealing', 'litter', 'mopeds']) }), {
    nil: undefined,
  }),
});

describe('survey results from running counts', () => {
  it('equal the results counted from every answer, for random answers through every intake path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
          answers: fc.integer({ min: 0, max: 40 }),
          paperShare: fc.integer({ min: 0, max: 3 }),
          skew: fc.integer({ min: 0, max: 3 }),
          daily: fc.boolean(),
          scoring: scoringArb,
        }),
        async ({ seed, answers, paperShare, skew, daily, scoring }) => {
          let s = seed;
          const pick: Pick = (n) => {
            s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
            return s % n;
          };
          const survey = await publishedSurvey(coordinator, kalix.id);
          const questions = (await surveyFor(ctx.deps, actor, survey.id, false)).questions;
          for (let i = 0; i < answers; i++) {
            const given = answersFor(questions, pick, skew);
            if (pick(4) < paperShare) await keyInPaperAnswer(ctx.deps, actor, survey.id, given);
            else await answerPublicly(survey.publicId, given);
          }
          if (daily) await flushLeftoverAnswers(ctx.deps);
          expect(await answerCount(ctx.deps.db, survey.id)).toBe(answers);
          const { staff, full, counted, fullScored } = await bothWays(survey.id, scoring);
          expect(staff).toEqual(full);
          expect(counted).toEqual(fullScored);
          expect(staff.responses).toBe(answers);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('show small groups, the index and waiting answers as the full count does', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const { centrum, nasbyn, tore } = kalix.areas;
    const paper = (answers: Answers, times: number) =>
      Promise.all(Array.from({ length: times }, () => keyInPaperAnswer(ctx.deps, actor, survey.id, answers)));
    await paper({ area: centrum, problems: { speeding: 'very_big', drug_dealing: 'dont_know' }, gender: 'woman' }, 6);
    await paper({ area: nasbyn, problems: { speeding: 'small' }, gender: 'man', age_band: '16-24' }, 7);
    await paper({ area: tore, problems: { speeding: 'none' }, unsafe_late: 'very_safe' }, 2);
    await answerPublicly(survey.publicId, {
      area: nasbyn,
      problems: { speeding: 'fairly_big' },
      comments: 'Kalle Svensson',
    });
    expect(await pendingCount(ctx.deps.db, survey.id)).toBeGreaterThan(0);
    const { staff, full } = await bothWays(survey.id, { none: 0, small: 2, fairly_big: 4, very_big: 6 });
    expect(staff).toEqual(full);
    const problems = staff.questions.find((q) => q.questionId === 'problems')!;
    if (problems.kind === 'text') throw new Error('problems is counted');
    const byArea = problems.breakdowns.find((b) => b.dimension === 'area')!;
    // Töre's two answers are too few, so the next smallest group (Centrum, 6) is hidden too.
    expect(byArea.groups.find((g) => g.key === tore)!.suppressed).toBe('too_few');
    expect(byArea.groups.find((g) => g.key === centrum)!.suppressed).toBe('secondary');
    expect(byArea.groups.find((g) => g.key === nasbyn)!.n).toBe(8);
    expect(problems.total).toMatchObject({ answered: 16 });
    expect(staff.responses).toBe(16);
  });

  it('follow the answers when two areas are merged while some wait for their batch', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const { centrum, tore } = kalix.areas;
    for (let i = 0; i < 8; i++) await answerPublicly(survey.publicId, { area: i < 4 ? centrum : tore, worry: 'often' });
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(3);
    const merged = await coordinator.request('POST', `/api/v1/municipalities/${kalix.id}/areas/${tore}/merge`, {
      intoId: centrum,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    // The waiting answers now name Centrum, and so does what they add to the counts when their batch is stored.
    for (let i = 0; i < 2; i++) await answerPublicly(survey.publicId, { area: centrum, worry: 'often' });
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(0);
    const { staff, full } = await bothWays(survey.id, { none: 0, small: 2, fairly_big: 4, very_big: 6 });
    expect(staff).toEqual(full);
    const worry = staff.questions.find((q) => q.questionId === 'worry')!;
    const groups = worry.kind === 'text' ? [] : worry.breakdowns.find((b) => b.dimension === 'area')!.groups;
    expect(groups.find((g) => g.key === centrum)!.n).toBe(10);
  });

  it('follow the answers when two areas are merged', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const { centrum, nasbyn } = kalix.areas;
    for (let i = 0; i < 10; i++)
      await keyInPaperAnswer(ctx.deps, actor, survey.id, { area: i < 6 ? centrum : nasbyn, unsafe_late: 'very_safe' });
    const merged = await coordinator.request('POST', `/api/v1/municipalities/${kalix.id}/areas/${nasbyn}/merge`, {
      intoId: centrum,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const { staff, full } = await bothWays(survey.id, { none: 0, small: 2, fairly_big: 4, very_big: 6 });
    expect(staff).toEqual(full);
    const unsafe = staff.questions.find((q) => q.questionId === 'unsafe_late')!;
    const groups = unsafe.kind === 'text' ? [] : unsafe.breakdowns.find((b) => b.dimension === 'area')!.groups;
    expect(groups.find((g) => g.key === centrum)!.n).toBe(10);
  });
});
