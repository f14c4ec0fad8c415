/**
 * The outcomes read survey answers with SQL (counts, means and variances in
 * the database) instead of loading every answer: the numbers must be the
 * same as the domain's rule on the same answers (src/domain/outcomes/survey-measures.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, orgIdByCode, type TestContext } from '../helpers.ts';
import { surveyMeasures, type AreaFilter } from '../../src/app/outcomes/queries/survey-measures.ts';
import { indexSummaryOf, shareOf } from '../../src/domain/outcomes/survey-measures.ts';
import type { Answers } from '../../src/domain/surveys/types.ts';

let ctx: TestContext;
let surveyId: string;
const answers: Answers[] = [];

let seed = 7;
const random = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return Math.floor((seed / 2_147_483_648) * n);
};
const LEVELS = ['none', 'small', 'fairly_big', 'very_big', 'dont_know'] as const;
const SCORING = { none: 0, small: 1.5, fairly_big: 4, very_big: 6, excludedItems: { problems: ['litter'] } };

beforeAll(async () => {
  ctx = await startTestApp();
  const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const kalix = await orgIdByCode(ctx.deps, '2514');
  const created = await coordinator.request('POST', '/api/v1/surveys', {
    municipalityId: kalix,
    template: 'lokal-trygghetsmatning',
  });
  surveyId = created.json().id;
  for (let i = 0; i < 400; i++) {
    const a: Answers = {};
    if (random(10) > 0)
      a.unsafe_late = ['very_safe', 'fairly_safe', 'fairly_unsafe', 'very_unsafe', 'never_out', 'dont_know'][
        random(6)
      ]!;
    if (random(5) > 0) a.victimisation = ['theft', 'threat', 'none', 'fraud'].filter(() => random(2) === 0);
    if (random(8) > 0) {
      a.problems = Object.fromEntries(
        ['burglary', 'speeding', 'litter'].filter(() => random(4) > 0).map((k) => [k, LEVELS[random(5)]!]),
      );
    }
    a.area = ['a1', 'a2', 'a3'][random(3)]!;
    answers.push(a);
  }
  const rows = answers.map((a, i) => ({ a, waiting: i % 7 === 0 }));
  await ctx.deps.db
    .insertInto('survey_responses')
    .values(
      rows
        .filter((r) => !r.waiting)
        .map((r) => ({
          survey_id: surveyId,
          answers: JSON.stringify(r.a),
          channel: 'web',
          submitted_on: '2026-10-01',
        })),
    )
    .execute();
  // Answers still waiting for their batch count too, as in the results.
  for (const r of rows.filter((x) => x.waiting)) {
    await ctx.deps.db
      .insertInto('survey_pending_answers')
      .values({
        survey_id: surveyId,
        shard: 0,
        answers: JSON.stringify(r.a),
        channel: 'web',
        submitted_on: '2026-10-01',
      })
      .execute();
  }
});
afterAll(() => ctx.close());

const share = (questionId: string, options: readonly string[], area: AreaFilter | null = null) =>
  surveyMeasures(ctx.deps.db, surveyId, [{ kind: 'share', questionId, options, area }]).then((m) => m[0]);
const index = (itemId: string | null) =>
  surveyMeasures(ctx.deps.db, surveyId, [
    {
      kind: 'index',
      questionId: 'problems',
      items: itemId ? [itemId] : ['burglary', 'speeding'],
      points: SCORING,
      area: null,
    },
  ]).then((m) => m[0] as { n: number; mean: number; variance: number });

describe('survey measures in SQL', () => {
  it('shares (single and multiple choice, with "vet inte" left out) match the domain rule', async () => {
    for (const [q, options] of [
      ['unsafe_late', ['very_unsafe', 'fairly_unsafe']],
      ['victimisation', ['theft', 'threat']],
    ] as const) {
      expect(await share(q, options)).toEqual(shareOf(answers, q, options));
      const area = { questionId: 'area', value: 'a2' };
      expect(await share(q, options, area)).toEqual(shareOf(answers, q, options, area));
    }
  });
  it('index summaries (one statement, or all but the excluded ones) match the domain rule', async () => {
    for (const item of ['burglary', null]) {
      const sqlSummary = await index(item);
      const domain = indexSummaryOf(answers, 'problems', item, SCORING)!;
      expect(sqlSummary.n).toBe(domain.n);
      expect(sqlSummary.mean).toBeCloseTo(domain.mean, 9);
      expect(sqlSummary.variance).toBeCloseTo(domain.variance, 9);
    }
  });
  it('several measures in one pass give the same as one at a time', async () => {
    const both = await surveyMeasures(ctx.deps.db, surveyId, [
      { kind: 'share', questionId: 'unsafe_late', options: ['very_unsafe'], area: { questionId: 'area', value: 'a1' } },
      { kind: 'index', questionId: 'problems', items: ['speeding'], points: SCORING, area: null },
    ]);
    expect(both[0]).toEqual(await share('unsafe_late', ['very_unsafe'], { questionId: 'area', value: 'a1' }));
    expect(both[1]).toEqual(await index('speeding'));
  });
});
