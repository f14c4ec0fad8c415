/**
 * Free-text answers in the staff results at scale: the text questions are
 * counted in the database and only the first TEXT_ANSWERS_SHOWN answers are
 * read and masked; the rest come a page at a time. Checked against
 * computeResults over every answer (masked with the kommun's names, also
 * after the names change), and for privacy: nothing unmasked in the
 * results, the pages or the export, nothing at all under five answers, and
 * nothing for someone outside the kommun.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { actorForUser } from '../../src/app/access.ts';
import { knownNamesFor } from '../../src/app/surveys/known-names.ts';
import { pendingCount } from '../../src/app/surveys/queries/batches.ts';
import { loadResponses } from '../../src/app/surveys/results.ts';
import { surveyFor } from '../../src/app/surveys/store.ts';
import type { Actor } from '../../src/domain/access/permissions.ts';
import {
  computeResults,
  TEXT_ANSWERS_PAGE,
  TEXT_ANSWERS_SHOWN,
  type TextResult,
} from '../../src/domain/surveys/results.ts';
import { kalixWithAreas, publishedSurvey, type Kalix, type SurveyBody } from './helpers.ts';

let ctx: TestContext;
let coordinator: Client;
let viewer: Client;
let actor: Actor;
let kalix: Kalix;
let survey: SurveyBody;

/** 152 answers, 127 of them with a comment: past the first twenty and two pages of a hundred; two wait for their batch. */
const ANSWERS = 152;
const commentOf = (i: number): string | undefined =>
  i % 6 === 5
    ? undefined
    : i % 2
      ? `Svar ${i}: Kalle Svensson langar vid skolan, ring 070-123 45 ${String(i).padStart(2, '0')}`
      : `Svar ${i}: jag bor nära Granström och är rädd på kvällen`;
const RAW = ['Kalle', 'Svensson', '070-123'];

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  viewer = await signIn(ctx.app, DEMO.lpoChief);
  kalix = await kalixWithAreas(ctx);
  const user = await ctx.deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO.kalixCoordinator)
    .executeTakeFirstOrThrow();
  actor = (await actorForUser(ctx.deps.db, user.id))!;
  survey = await publishedSurvey(coordinator, kalix.id);
  for (let i = 0; i < ANSWERS; i++) {
    const comment = commentOf(i);
    const answers = {
      area: i % 3 ? kalix.areas.centrum : kalix.areas.tore,
      problems: { speeding: 'small' },
      ...(comment ? { comments: comment } : {}),
    };
    const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, { answers });
    expect(res.statusCode, res.body).toBe(201);
  }
  // Two of the stored answers coded, one with two categories, one with none left.
  const items = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}/free-text`)).json().items;
  const coded = await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/free-text/codes`, {
    items: [
      { responseId: items[0].responseId, questionId: 'comments', categories: ['narkotika', 'trafik'] },
      { responseId: items[1].responseId, questionId: 'comments', categories: ['narkotika'] },
      { responseId: items[2].responseId, questionId: 'comments', categories: [] },
    ],
  });
  expect(coded.statusCode, coded.body).toBe(200);
});
afterAll(async () => ctx.close());

/** computeResults over every answer, masked with the kommun's names as they are now; `textAnswers` as the staff results or all. */
async function full(textAnswers?: number): Promise<TextResult> {
  const s = await surveyFor(ctx.deps, actor, survey.id, false);
  const results = computeResults({
    questions: s.questions,
    responses: await loadResponses(ctx.deps.db, survey.id),
    scoring: s.scoring,
    categories: s.categories,
    keepNames: await knownNamesFor(ctx.deps.db, kalix.id),
    ...(textAnswers === undefined ? {} : { textAnswers }),
  });
  return results.questions.find((q) => q.questionId === 'comments') as TextResult;
}

async function staffComments(client: Client): Promise<TextResult> {
  const res = await client.request('GET', `/api/v1/surveys/${survey.id}/results`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results.questions.find((q: TextResult) => q.questionId === 'comments');
}

/** Every answer after those the results show, page by page as a client follows nextOffset. */
async function pagedAnswers(client: Client): Promise<string[]> {
  const out: string[] = [];
  let offset: number | null = TEXT_ANSWERS_SHOWN;
  let pages = 0;
  while (offset !== null) {
    const res = await client.request(
      'GET',
      `/api/v1/surveys/${survey.id}/results/text-answers?question=comments&offset=${offset}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page.offset).toBe(offset);
    expect(page.answers.length).toBeLessThanOrEqual(TEXT_ANSWERS_PAGE);
    out.push(...page.answers);
    offset = page.nextOffset;
    pages++;
  }
  expect(pages).toBe(2);
  return out;
}

describe('free text in the staff results', () => {
  it('shows the count, the categories and the first answers masked, as computed from every answer', async () => {
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(2);
    const comments = await staffComments(viewer);
    const expected = ANSWERS - Math.floor((ANSWERS + 0) / 6);
    expect(comments.answered).toBe(expected);
    expect(comments.answers).toHaveLength(TEXT_ANSWERS_SHOWN);
    expect(comments).toEqual(await full(TEXT_ANSWERS_SHOWN));
    expect(comments.categories.find((c) => c.value === 'narkotika')!.count).toBe(2);
    expect(comments.categories.find((c) => c.value === 'trafik')!.count).toBe(1);
    expect(comments.uncoded).toBe(expected - 2);
    expect(comments.answers.some((a) => a.includes('[namn]'))).toBe(true);
    for (const leak of RAW) expect(JSON.stringify(comments)).not.toContain(leak);
  });

  it('gives the rest a page at a time, together every answer in the order of the full computation', async () => {
    const first = (await staffComments(viewer)).answers;
    const rest = await pagedAnswers(viewer);
    const all = (await full()).answers;
    expect(all).toHaveLength(ANSWERS - Math.floor(ANSWERS / 6));
    expect([...first, ...rest]).toEqual(all);
    // The two waiting answers come last, as in the full computation.
    expect(rest.at(-1)).toBe(all.at(-1));
    for (const leak of RAW) expect(JSON.stringify(rest)).not.toContain(leak);
  });

  it("follows a change of the kommun's names: a new area's name is no longer masked", async () => {
    const before = await staffComments(viewer);
    expect(before.answers.filter((a) => a.includes('nära [namn]')).length).toBeGreaterThan(0);
    expect(before.answers.some((a) => a.includes('Granström'))).toBe(false);
    await ctx.deps.db.insertInto('areas').values({ municipality_id: kalix.id, name: 'Granström' }).execute();
    const after = await staffComments(viewer);
    expect(after).toEqual(await full(TEXT_ANSWERS_SHOWN));
    expect(after.answers.some((a) => a.includes('nära Granström'))).toBe(true);
    expect(after.answers.some((a) => a.includes('nära [namn]'))).toBe(false);
    expect([...after.answers, ...(await pagedAnswers(viewer))]).toEqual((await full()).answers);
    // The person's name beside it stays masked.
    for (const leak of RAW) expect(JSON.stringify(after)).not.toContain(leak);
  });

  it('counts again when the stored answers change: a batch stored, a text removed in place as the retention pass does', async () => {
    const before = await staffComments(viewer);
    for (let i = 0; i < 3; i++) {
      const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, {
        answers: { area: kalix.areas.centrum, comments: `Sent svar ${i}` },
      });
      expect(res.statusCode).toBe(201);
    }
    // The two waiting answers and these three make a batch: stored, so the stored answers' stamp moves.
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(0);
    const stored = await staffComments(viewer);
    expect(stored.answered).toBe(before.answered + 3);
    expect(stored).toEqual(await full(TEXT_ANSWERS_SHOWN));
    const [first] = await ctx.deps.db
      .selectFrom('survey_responses')
      .select('id')
      .where('survey_id', '=', survey.id)
      .where(sql<boolean>`answers ? 'comments'`)
      .orderBy('id')
      .limit(1)
      .execute();
    await sql`update survey_responses set answers = answers - 'comments' where id = ${first!.id}`.execute(ctx.deps.db);
    const removed = await staffComments(viewer);
    expect(removed.answered).toBe(stored.answered - 1);
    expect(removed).toEqual(await full(TEXT_ANSWERS_SHOWN));
  });

  it('exports every answer masked', async () => {
    const csv = (await viewer.request('GET', `/api/v1/surveys/${survey.id}/export.csv`)).body;
    const all = (await full()).answers;
    for (const a of all) expect(csv).toContain(a);
    for (const leak of RAW) expect(csv).not.toContain(leak);
  });

  it('gives nothing under five answers, nothing outside the kommun, and refuses a question that is not free text', async () => {
    const small = await publishedSurvey(coordinator, kalix.id);
    for (let i = 0; i < 4; i++) {
      const res = await coordinator.request('POST', `/api/v1/surveys/${small.id}/responses`, {
        answers: { area: kalix.areas.centrum, comments: `Kalle Svensson ${i}` },
      });
      expect(res.statusCode).toBe(201);
    }
    const page = await viewer.request('GET', `/api/v1/surveys/${small.id}/results/text-answers?question=comments`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toEqual({
      questionId: 'comments',
      suppressed: true,
      answered: 0,
      offset: 0,
      answers: [],
      nextOffset: null,
    });
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    const outside = await haparanda.request(
      'GET',
      `/api/v1/surveys/${survey.id}/results/text-answers?question=comments`,
    );
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('Svar');
    const counted = await viewer.request('GET', `/api/v1/surveys/${survey.id}/results/text-answers?question=area`);
    expect(counted.statusCode).toBe(400);
    expect(counted.json()).toMatchObject({ code: 'validation_failed' });
    expect(counted.body).toContain('ingen fritextfråga');
    const negative = await viewer.request(
      'GET',
      `/api/v1/surveys/${survey.id}/results/text-answers?question=comments&offset=-1`,
    );
    expect(negative.statusCode).toBe(400);
  });
});
