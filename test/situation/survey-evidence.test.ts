import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey } from '../surveys/helpers.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => ctx.close());

describe('the lägesbild reads the trygghetsmätning', () => {
  it('each category gets one value from its problem items, made surer by more answers', async () => {
    const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
    const kalix = await kalixWithAreas(ctx);
    const survey = await publishedSurvey(coordinator, kalix.id);
    for (let i = 0; i < 6; i++) {
      const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, {
        answers: { area: kalix.areas.centrum, problems: { speeding: 'very_big', drug_dealing: 'small' } },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const year = ctx.deps.now().getUTCFullYear();
    const view = (await coordinator.request('GET', `/api/v1/situation/2514/${year}`)).json();
    const traffic = view.problems.find((p: { category: string }) => p.category === 'trafik');
    // Index 6 of 6 is 10 of 10, and 6 answers make it 6 / (6 + 50) sure.
    expect(traffic.parts).toEqual([expect.objectContaining({ source: 'survey', points: 1.07, items: 1 })]);
    expect(traffic.parts[0].why).toBe(
      'medelvärde 10 av 10 över 1 fråga i 1 mätning, 6 svar ger säkerhet 0,11: 1,07 poäng',
    );
    expect(traffic.evidence[0].description).toContain('Bilar som kör för fort');
    // The survey's title, not "[object Object]".
    expect(traffic.evidence[0].description).not.toContain('[object Object]');
    expect(traffic.evidence[0].description).toMatch(/^Lokal trygghetsmätning: /);
    expect(view.problems[0].category).toBe('trafik');
  });
});
