/**
 * What leaves the working group masks a name standing first with a street
 * and number, a mistyped personnummer, phones, plates — and leaves the
 * kommun's own area names alone, in results, exports and the coding view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey, type SurveyBody } from './helpers.ts';
import { flushLeftoverAnswers } from '../../src/app/surveys/queries/batches.ts';

let ctx: TestContext;
let coordinator: Client;
let viewer: Client;
let survey: SurveyBody;

// "Sandberg" is also a common surname: as one of the kommun's areas it stays.
const COMMENT =
  'Kalle Svensson på Kyrkogatan 9 langar i Sandberg och Töre, pnr 811218-9875, ring 0920-555 12, bilen DEF 45G';
const MASKED =
  '[namn] på [adress] langar i Sandberg och Töre, pnr [personnummer], ring [telefonnummer], bilen [registreringsnummer]';

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  viewer = await signIn(ctx.app, DEMO.lpoChief);
  const kalix = await kalixWithAreas(ctx);
  await ctx.deps.db.insertInto('areas').values({ municipality_id: kalix.id, name: 'Sandberg' }).execute();
  survey = await publishedSurvey(coordinator, kalix.id);
  for (let i = 0; i < 5; i++) {
    const answers = {
      area: kalix.areas.centrum,
      problems: { speeding: 'small' },
      ...(i === 0 ? { comments: COMMENT } : {}),
    };
    const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, { answers });
    expect(res.statusCode, res.body).toBe(201);
  }
  await flushLeftoverAnswers(ctx.deps);
});
afterAll(async () => ctx.close());

describe('masked free text', () => {
  it("is masked in the results and the CSV export, the kommun's areas kept", async () => {
    const { results } = (await viewer.request('GET', `/api/v1/surveys/${survey.id}/results`)).json();
    expect(results.questions.find((q: { questionId: string }) => q.questionId === 'comments').answers).toEqual([
      MASKED,
    ]);
    const csv = (await viewer.request('GET', `/api/v1/surveys/${survey.id}/export.csv`)).body;
    for (const leak of ['Kalle', 'Svensson', 'Kyrkogatan', '811218', '555 12', 'DEF']) expect(csv).not.toContain(leak);
    expect(csv).toContain('langar i Sandberg och Töre');
  });

  it('is masked in the coding view, with every finding flagged in the original', async () => {
    const [item] = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}/free-text`)).json().items;
    expect(item.redacted).toBe(MASKED);
    expect(item.personalData.map((p: { kind: string }) => p.kind)).toEqual([
      'name',
      'address',
      'personnummer',
      'phone',
      'plate',
    ]);
  });
});
