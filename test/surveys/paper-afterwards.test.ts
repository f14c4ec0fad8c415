/**
 * Last year's trygghetsmätning, run on paper, keyed in this year: it is
 * registered with its past days, its answers count for the days it ran,
 * online answering stays closed, and this year's survey from the same
 * template is compared with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { answerRows, browser, kalixWithAreas, publishedSurvey, type Kalix } from './helpers.ts';
import { flushLeftoverAnswers } from '../../src/app/surveys/queries/batches.ts';
import { paperAnswerDay } from '../../src/domain/surveys/dates.ts';

let ctx: TestContext;
let coordinator: Client;
let kalix: Kalix;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
});
afterAll(async () => ctx.close());

async function keyIn(surveyId: string, answers: Record<string, unknown>, times: number) {
  for (let i = 0; i < times; i++) {
    const res = await coordinator.request('POST', `/api/v1/surveys/${surveyId}/responses`, { answers });
    expect(res.statusCode, res.body).toBe(201);
  }
}

describe('the day a paper answer counts for', () => {
  it('is today within the period, the last day after it, the first day before it', () => {
    const period = { opensOn: '2025-09-01', closesOn: '2025-10-31' };
    expect(paperAnswerDay(period, '2025-09-15')).toBe('2025-09-15');
    expect(paperAnswerDay(period, '2026-12-03')).toBe('2025-10-31');
    expect(paperAnswerDay(period, '2025-08-20')).toBe('2025-09-01');
    expect(paperAnswerDay({ opensOn: null, closesOn: null }, '2026-12-03')).toBe('2026-12-03');
  });
});

describe("last year's paper survey keyed in afterwards", () => {
  it('takes its answers dated within its period, never online, and is what this year is compared with', async () => {
    const created = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
      title: { sv: 'Trygghetsmätning Kalix 2025 (papper)' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const old = created.json() as { id: string; publicId: string };
    // Publishing it is refused once its last day has passed; registering it as run on paper is the way.
    await coordinator.request('PATCH', `/api/v1/surveys/${old.id}`, { opensOn: '2099-09-01', closesOn: '2099-10-31' });
    await ctx.deps.db
      .updateTable('surveys')
      .set({ opens_on: '2025-09-01', closes_on: '2025-10-31' })
      .where('id', '=', old.id)
      .execute();
    const publish = await coordinator.request('POST', `/api/v1/surveys/${old.id}/publish`);
    expect(publish.statusCode).toBe(400);
    expect(publish.json().details.problems).toContain('Sista svarsdag har redan passerat');
    const run = await coordinator.request('POST', `/api/v1/surveys/${old.id}/paper-run`, {
      opensOn: '2025-09-01',
      closesOn: '2025-10-31',
    });
    expect(run.statusCode, run.body).toBe(200);

    await keyIn(old.id, { area: kalix.areas.centrum, problems: { speeding: 'very_big' } }, 6);
    await flushLeftoverAnswers(ctx.deps);
    const rows = await answerRows(ctx, old.id);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => String(r.submitted_on).slice(0, 10)))).toEqual(new Set(['2025-10-31']));
    expect(rows.every((r) => r.channel === 'paper')).toBe(true);

    // Online answering of the closed survey stays refused.
    const b = await browser(ctx.app, old.publicId);
    expect(b.first.body).not.toContain('name="problems');
    const online = await b.post({ area: kalix.areas.centrum, 'problems[speeding]': 'none' });
    expect(online.statusCode).not.toBe(303);
    expect((await answerRows(ctx, old.id)).length).toBe(rows.length);

    const now = await publishedSurvey(coordinator, kalix.id);
    await keyIn(now.id, { area: kalix.areas.centrum, problems: { speeding: 'none' } }, 5);
    const { comparison } = (await coordinator.request('GET', `/api/v1/surveys/${now.id}/results`)).json();
    expect(comparison.previousSurveyId).toBe(old.id);
    expect(comparison.rows.find((r: { key: string }) => r.key === 'speeding')).toMatchObject({
      current: 0,
      previous: 6,
    });
  });
});
