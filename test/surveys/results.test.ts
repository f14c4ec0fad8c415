/** Results for staff and the public: index, breakdowns with the small-cell rule, exports, redacted free text, comparison. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { publicSurveyResults } from '../../src/app/surveys/results.ts';
import { kalixWithAreas, publishedSurvey, type Kalix, type SurveyBody } from './helpers.ts';
import { flushLeftoverAnswers } from '../../src/app/surveys/queries/batches.ts';

let ctx: TestContext;
let coordinator: Client;
let viewer: Client;
let kalix: Kalix;
let survey: SurveyBody;

const COMMENT = 'Han heter Kalle Svensson och langar knark vid skolan, hans personnummer är 811218-9876';

async function paper(client: Client, surveyId: string, answers: Record<string, unknown>, times = 1) {
  for (let i = 0; i < times; i++) {
    const res = await client.request('POST', `/api/v1/surveys/${surveyId}/responses`, { answers });
    expect(res.statusCode, res.body).toBe(201);
  }
}

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  viewer = await signIn(ctx.app, DEMO.lpoChief);
  kalix = await kalixWithAreas(ctx);
  survey = await publishedSurvey(coordinator, kalix.id);
  const { centrum, nasbyn, tore } = kalix.areas;
  await paper(
    coordinator,
    survey.id,
    { area: centrum, problems: { speeding: 'very_big' }, unsafe_late: 'fairly_unsafe', gender: 'woman' },
    4,
  );
  await paper(
    coordinator,
    survey.id,
    { area: centrum, problems: { speeding: 'very_big' }, unsafe_late: 'fairly_unsafe', gender: 'man' },
    3,
  );
  await paper(
    coordinator,
    survey.id,
    { area: nasbyn, problems: { speeding: 'small' }, unsafe_late: 'very_safe', gender: 'man' },
    6,
  );
  await paper(
    coordinator,
    survey.id,
    { area: tore, problems: { speeding: 'fairly_big' }, unsafe_late: 'very_unsafe', gender: 'woman' },
    2,
  );
  await paper(coordinator, survey.id, { problems: { speeding: 'none' }, comments: COMMENT });
});
afterAll(async () => ctx.close());

interface Group {
  key: string;
  n: number | null;
  suppressed: string;
  stats: { items: { itemId: string; index: number | null }[] } | null;
}

describe('results', () => {
  it('give the 0–6 problem index per item in total and per area', async () => {
    const res = await coordinator.request('GET', `/api/v1/surveys/${survey.id}/results`);
    expect(res.statusCode).toBe(200);
    const { results } = res.json();
    expect(results.responses).toBe(16);
    const problems = results.questions.find((q: { questionId: string }) => q.questionId === 'problems');
    const speeding = problems.total.items.find((i: { itemId: string }) => i.itemId === 'speeding');
    // 7 × 6 + 6 × 2 + 2 × 4 + 1 × 0 = 62 points over 16 answers
    expect(speeding.index).toBeCloseTo(62 / 16);
    const byArea: Group[] = problems.breakdowns.find((b: { dimension: string }) => b.dimension === 'area').groups;
    const centrum = byArea.find((g) => g.key === kalix.areas.centrum)!;
    expect(centrum.n).toBe(7);
    expect(centrum.stats!.items.find((i) => i.itemId === 'speeding')!.index).toBe(6);
  });

  it('hide every group under five answers in the JSON', async () => {
    const { results } = (await viewer.request('GET', `/api/v1/surveys/${survey.id}/results`)).json();
    const problems = results.questions.find((q: { questionId: string }) => q.questionId === 'problems');
    const byArea: Group[] = problems.breakdowns.find((b: { dimension: string }) => b.dimension === 'area').groups;
    expect(byArea.find((g) => g.key === kalix.areas.tore)).toEqual(
      expect.objectContaining({ n: null, suppressed: 'too_few', stats: null }),
    );
    expect(byArea.find((g) => g.key === '')).toEqual(
      expect.objectContaining({ n: null, suppressed: 'too_few', stats: null }),
    );
    expect(byArea.find((g) => g.key === kalix.areas.nasbyn)).toEqual(
      expect.objectContaining({ n: 6, suppressed: 'none' }),
    );
    const unsafe = results.questions.find((q: { questionId: string }) => q.questionId === 'unsafe_late');
    const byGender: Group[] = unsafe.breakdowns.find((b: { dimension: string }) => b.dimension === 'gender').groups;
    expect(byGender.find((g) => g.key === 'woman')).toEqual(expect.objectContaining({ n: 6, suppressed: 'none' }));
    expect(byGender.find((g) => g.key === 'other')).toEqual(expect.objectContaining({ n: null, stats: null }));
  });

  it('hide the same groups in the CSV export', async () => {
    const res = await viewer.request('GET', `/api/v1/surveys/${survey.id}/export.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('enkat-lokal-trygghetsmatning.csv');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFFråga-id;Fråga;Uppdelning;Grupp;Svarande;Alternativ eller påstående;Antal;Andel (%);Index eller medel;Anmärkning',
    );
    const tore = lines.filter((l) => l.startsWith('problems;') && l.includes(';Töre;'));
    expect(tore).toEqual([
      'problems;Hur stort problem tycker du att följande är i ditt bostadsområde?;Område;Töre;;;;;;För få svar (färre än 5)',
    ]);
    expect(lines.some((l) => l.includes(';Centrum;7;Bilar som kör för fort;7;;6;'))).toBe(true);
  });

  it('hide them in the XLSX export too, with a real spreadsheet', async () => {
    const res = await coordinator.request('GET', `/api/v1/surveys/${survey.id}/export.xlsx`);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('För få svar (färre än 5)');
    expect(sheet).toContain('<v>6</v>');
    expect(sheet).not.toContain('Kalle');
    expect(sheet).not.toContain('811218');
  });

  it('show free text redacted to a reader, in JSON and CSV', async () => {
    const { results } = (await viewer.request('GET', `/api/v1/surveys/${survey.id}/results`)).json();
    const comments = results.questions.find((q: { questionId: string }) => q.questionId === 'comments');
    expect(comments.answers).toEqual([
      'Han heter [namn] och langar knark vid skolan, hans personnummer är [personnummer]',
    ]);
    const csv = (await viewer.request('GET', `/api/v1/surveys/${survey.id}/export.csv`)).body;
    expect(csv).toContain('Han heter [namn] och langar knark');
    expect(csv).not.toContain('Kalle');
    expect(csv).not.toContain('811218-9876');
  });

  it('keep the original text for the working group’s coding view only, with flags and suggested codes', async () => {
    expect((await viewer.request('GET', `/api/v1/surveys/${survey.id}/free-text`)).statusCode).toBe(403);
    // 16 answers: three batches of five are stored; the last, with the comment, waits for its batch and cannot be coded yet.
    const waiting = await coordinator.request('GET', `/api/v1/surveys/${survey.id}/free-text`);
    expect(waiting.json()).toMatchObject({ items: [], waiting: 1 });
    await flushLeftoverAnswers(ctx.deps); // the day's end
    const res = await coordinator.request('GET', `/api/v1/surveys/${survey.id}/free-text`);
    expect(res.statusCode).toBe(200);
    expect(res.json().waiting).toBe(0);
    const [item] = res.json().items;
    expect(item.text).toBe(COMMENT);
    expect(item.redacted).toContain('[namn]');
    expect(item.personalData.map((p: { kind: string }) => p.kind)).toEqual(['name', 'personnummer']);
    expect(item.suggestions.map((s: { key: string }) => s.key)).toEqual(
      expect.arrayContaining(['narkotika', 'ungdomar']),
    );
  });

  it('count coded categories once staff set them', async () => {
    const [item] = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}/free-text`)).json().items;
    const set = await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/free-text/codes`, {
      items: [{ responseId: item.responseId, questionId: 'comments', categories: ['narkotika'] }],
    });
    expect(set.statusCode).toBe(200);
    const bad = await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/free-text/codes`, {
      items: [{ responseId: item.responseId, questionId: 'comments', categories: ['finns-inte'] }],
    });
    expect(bad.statusCode).toBe(400);
    const { results } = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}/results`)).json();
    const comments = results.questions.find((q: { questionId: string }) => q.questionId === 'comments');
    expect(comments.categories.find((c: { value: string }) => c.value === 'narkotika').count).toBe(1);
    expect(comments.uncoded).toBe(0);
  });

  it('follow a configured scoring', async () => {
    const steep = await coordinator.request('PATCH', `/api/v1/surveys/${survey.id}`, {
      scoring: { none: 0, small: 1, fairly_big: 3, very_big: 6 },
    });
    expect(steep.statusCode).toBe(200);
    const { results } = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}/results`)).json();
    const speeding = results.questions
      .find((q: { questionId: string }) => q.questionId === 'problems')
      .total.items.find((i: { itemId: string }) => i.itemId === 'speeding');
    expect(speeding.index).toBeCloseTo((7 * 6 + 6 * 1 + 2 * 3) / 16);
    expect(
      (
        await coordinator.request('PATCH', `/api/v1/surveys/${survey.id}`, {
          scoring: { none: 0, small: 2, fairly_big: 4, very_big: 6 },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await coordinator.request('PATCH', `/api/v1/surveys/${survey.id}`, {
          scoring: { none: 0, small: 5, fairly_big: 4, very_big: 6 },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('comparison with the previous survey from the same template', () => {
  it('compares the index per item', async () => {
    const next = await publishedSurvey(coordinator, kalix.id);
    await paper(coordinator, next.id, { area: kalix.areas.centrum, problems: { speeding: 'none' } }, 5);
    const { comparison } = (await coordinator.request('GET', `/api/v1/surveys/${next.id}/results`)).json();
    expect(comparison.previousSurveyId).toBe(survey.id);
    const speeding = comparison.rows.find((r: { key: string }) => r.key === 'speeding');
    expect(speeding).toMatchObject({ measure: 'index', current: 0 });
    expect(speeding.previous).toBeCloseTo(62 / 16);
    const xlsx = unzipSync(
      new Uint8Array((await coordinator.request('GET', `/api/v1/surveys/${next.id}/export.xlsx`)).rawPayload),
    );
    expect(strFromU8(xlsx['xl/workbook.xml']!)).toContain('name="Jämförelse"');
  });
});

describe('published results', () => {
  it('show the chosen charts on a public page, small groups suppressed, free text only as categories', async () => {
    expect((await ctx.app.inject({ url: `/enkat/${survey.publicId}/resultat` })).statusCode).toBe(404);
    const res = await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/public-results`, {
      charts: [
        { questionId: 'problems', breakdown: 'area' },
        { questionId: 'unsafe_late' },
        { questionId: 'comments' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = await ctx.app.inject({ url: `/enkat/${survey.publicId}/resultat` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain('<caption>');
    expect(page.body).toContain('Bilar som kör för fort');
    expect(page.body).toMatch(/<h3>Töre<\/h3><p class="suppressed">För få svar för att visas<\/p>/);
    expect(page.body).toContain('Ganska otrygg');
    expect(page.body).not.toContain('Kalle');
    expect(page.body).not.toContain('[namn]');
  });

  it('are handed to the kommun page already suppressed', async () => {
    const list = await publicSurveyResults(ctx.deps, kalix.id);
    const mine = list.find((s) => s.surveyId === survey.id)!;
    expect(mine.charts.map((c) => c.questionId)).toEqual(['problems', 'unsafe_late', 'comments']);
    const tore = mine.charts[0]!.groups!.find((g) => g.key === kalix.areas.tore)!;
    expect(tore).toMatchObject({ n: null, stats: null, suppressed: 'too_few' });
    expect(JSON.stringify(mine)).not.toContain('Kalle');
    expect(mine.path).toBe(`/enkat/${survey.publicId}/resultat`);
  });

  it('refuses free text broken down or an unknown question', async () => {
    const text = await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/public-results`, {
      charts: [{ questionId: 'comments', breakdown: 'area' }],
    });
    expect(text.statusCode).toBe(400);
    const unknown = await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/public-results`, {
      charts: [{ questionId: 'nope' }],
    });
    expect(unknown.statusCode).toBe(400);
  });
});
