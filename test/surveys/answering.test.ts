/** Answering a survey anonymously through the public form: one answer per browser, no IP, no identity. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { answerRateKey } from '../../src/app/surveys/salt.ts';
import { sha256 } from '../../src/app/auth/crypto.ts';
import {
  answerRows,
  browser,
  kalixWithAreas,
  publishedSurvey,
  responseCount,
  type Kalix,
  type SurveyBody,
} from './helpers.ts';

let ctx: TestContext;
let coordinator: Client;
let kalix: Kalix;
let survey: SurveyBody;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
  survey = await publishedSurvey(coordinator, kalix.id);
});
afterAll(async () => ctx.close());

const goodAnswer = () => ({
  'q.area': kalix.areas.centrum,
  'q.problems.speeding': 'very_big',
  'q.problems.drug_affected': 'dont_know',
  'q.victimisation': ['theft', 'fraud'],
  'q.unsafe_late': 'fairly_unsafe',
  'q.police_presence': '2',
  'q.comments': 'Det är mörkt vid stationen. Ring mig på 070-123 45 67.',
  'q.gender': 'woman',
});

describe('the public answering page', () => {
  it('is server-rendered, labelled, in Swedish, and gives the browser a token cookie', async () => {
    const b = await browser(ctx.app, survey.publicId);
    expect(b.first.statusCode).toBe(200);
    expect(b.first.body).toContain('<html lang="sv">');
    expect(b.first.body).not.toMatch(/<script/i);
    expect(b.first.body).toContain('<form method="post"');
    expect(b.first.body).toMatch(/<legend><span class="qno">1\.<\/span> I vilket område bor du\?/);
    expect(b.first.body).toContain('Narkotikapåverkade personer utomhus');
    expect(b.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const cookie = b.first.cookies.find((c) => c.name === 'lofte_enkat')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/enkat' });
  });

  it('has an English version', async () => {
    const res = await ctx.app.inject({ url: `/enkat/${survey.publicId}?lang=en` });
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Which area do you live in?');
    expect(res.body).toContain(`action="/enkat/${survey.publicId}?lang=en"`);
  });

  it('takes an answer, thanks the respondent, and stores no IP, token or identity with it', async () => {
    const before = await responseCount(ctx, survey.id);
    const b = await browser(ctx.app, survey.publicId);
    const res = await b.post(goodAnswer());
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/enkat/${survey.publicId}/tack`);
    expect((await b.get('/tack')).body).toContain('Tack för ditt svar!');
    expect(await responseCount(ctx, survey.id)).toBe(before + 1);

    const columns = async (table: string) =>
      (
        (await ctx.deps.db
          .selectFrom('information_schema.columns' as never)
          .select('column_name' as never)
          .where('table_name' as never, '=', table as never)
          .execute()) as { column_name: string }[]
      )
        .map((c) => c.column_name)
        .sort();
    expect(await columns('survey_responses')).toEqual(['answers', 'channel', 'id', 'submitted_on', 'survey_id']);
    // The count parts are worked out from the answers alone (src/domain/surveys/count-keys.ts).
    expect(await columns('survey_pending_answers')).toEqual([
      'answers',
      'channel',
      'count_groups',
      'count_keys',
      'count_own',
      'shard',
      'submitted_on',
      'survey_id',
    ]);

    const rows = await answerRows(ctx, survey.id);
    const stored = rows.find((r) => JSON.stringify(r.answers).includes('mörkt vid stationen'))!;
    expect(stored.channel).toBe('web');
    expect(stored.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored.answers).toMatchObject({
      area: kalix.areas.centrum,
      unsafe_late: 'fairly_unsafe',
      victimisation: ['theft', 'fraud'],
      problems: { speeding: 'very_big', drug_affected: 'dont_know' },
    });
    const everything =
      JSON.stringify(await ctx.deps.db.selectFrom('survey_responses').selectAll().execute()) +
      JSON.stringify(await ctx.deps.db.selectFrom('survey_pending_answers').selectAll().execute()) +
      JSON.stringify(await ctx.deps.db.selectFrom('survey_browser_tokens').selectAll().execute()) +
      JSON.stringify(await ctx.deps.db.selectFrom('rate_limit_hits').selectAll().execute());
    expect(everything).not.toContain('127.0.0.1');
    expect(everything).not.toContain(b.token!);
  });

  it('refuses a second answer from the same browser', async () => {
    const b = await browser(ctx.app, survey.publicId);
    expect((await b.post(goodAnswer())).statusCode).toBe(303);
    const count = await responseCount(ctx, survey.id);
    const again = await b.post(goodAnswer());
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Du har redan svarat');
    expect(await responseCount(ctx, survey.id)).toBe(count);
    expect((await b.get()).body).toContain('Du har redan svarat');
  });

  it('without the token cookie asks to allow cookies and stores nothing', async () => {
    const count = await responseCount(ctx, survey.id);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/enkat/${survey.publicId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'q.worry=often',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('kakor');
    expect(await responseCount(ctx, survey.id)).toBe(count);
  });

  it('shows errors in a summary that links to the fields, keeps what was answered, and does not use up the token', async () => {
    const b = await browser(ctx.app, survey.publicId);
    const count = await responseCount(ctx, survey.id);
    const res = await b.post({ 'q.worry': 'sometimes', 'q.victimisation': ['theft', 'none'], 'q.comments': 'Bra' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Fel: Lokal trygghetsmätning');
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain('href="#q--victimisation--theft"');
    expect(res.body).toContain('Fråga 3: Välj inte ”Nej, inget av detta” tillsammans med andra alternativ.');
    expect(res.body).toContain('aria-describedby="q--victimisation-hint q--victimisation-error"');
    expect(res.body).toMatch(/id="q--worry--sometimes" name="q\.worry" value="sometimes" checked/);
    expect(res.body).toContain('>Bra</textarea>');
    expect(await responseCount(ctx, survey.id)).toBe(count);
    expect((await b.post({ 'q.worry': 'sometimes' })).statusCode).toBe(303);
  });

  it('refuses an empty form', async () => {
    const b = await browser(ctx.app, survey.publicId);
    const res = await b.post({});
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Besvara minst en fråga innan du skickar.');
  });

  it('limits answers per address by a salted hash kept in the database', async () => {
    const key = await answerRateKey(ctx.deps, survey.id, '127.0.0.1');
    await ctx.deps.db
      .insertInto('rate_limit_hits')
      .values(Array.from({ length: 60 }, () => ({ key_hash: sha256(`rate:${key}`), at: new Date() })))
      .execute();
    const b = await browser(ctx.app, survey.publicId);
    const before = await responseCount(ctx, survey.id);
    const res = await b.post(goodAnswer());
    expect(res.statusCode).toBe(429);
    expect(await responseCount(ctx, survey.id)).toBe(before);
    // The refused browser has not used up its token: it may answer once the limit has passed.
    await ctx.deps.db.deleteFrom('rate_limit_hits').execute();
    expect((await b.post(goodAnswer())).statusCode).toBe(303);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body).toContain('För många svar just nu');
    const salts = await ctx.deps.db.selectFrom('survey_salts').selectAll().execute();
    expect(salts).toHaveLength(1);
    await ctx.deps.db.deleteFrom('rate_limit_hits').execute();
  });

  it('answers 404 for a draft or an unknown survey', async () => {
    const draft = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        template: 'lokal-trygghetsmatning',
      })
    ).json();
    expect((await ctx.app.inject({ url: `/enkat/${draft.publicId}` })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/enkat/finns-inte' })).statusCode).toBe(404);
  });
});

describe('opening and closing', () => {
  it('a survey not yet open says when it opens and takes no answers', async () => {
    const later = await publishedSurvey(coordinator, kalix.id, { opensOn: '2099-08-15', closesOn: '2099-10-31' });
    const b = await browser(ctx.app, later.publicId);
    expect(b.first.body).toContain('Enkäten har inte öppnat än');
    expect(b.first.body).toContain('15 augusti 2099');
    expect((await b.post({ 'q.worry': 'often' })).statusCode).toBe(409);
    expect(await responseCount(ctx, later.id)).toBe(0);
  });

  it('a closed survey refuses answers', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    const first = await browser(ctx.app, s.publicId);
    expect((await first.post({ 'q.worry': 'often' })).statusCode).toBe(303);
    const b = await browser(ctx.app, s.publicId);
    // The survey this process has just served is closed; the next answer must see that.
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/close`)).statusCode).toBe(200);
    const res = await b.post({ 'q.worry': 'often' });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Enkäten är stängd');
    expect((await b.get()).body).toContain('Enkäten är stängd');
    expect(await responseCount(ctx, s.id)).toBe(1);
    // Opened again, it takes answers again.
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
    expect((await b.post({ 'q.worry': 'often' })).statusCode).toBe(303);
    expect(await responseCount(ctx, s.id)).toBe(2);
  });

  it('a survey past its last day is closed for answers', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    await ctx.deps.db
      .updateTable('surveys')
      .set({ opens_on: '2020-08-01', closes_on: '2020-10-31' })
      .where('id', '=', s.id)
      .execute();
    const b = await browser(ctx.app, s.publicId);
    expect(b.first.body).toContain('Enkäten är stängd');
    expect((await b.post({ 'q.worry': 'often' })).statusCode).toBe(409);
  });
});
