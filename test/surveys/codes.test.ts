/** Single-use codes for a postal sample: generated for the letters, each answers once, never linked to the answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { parseCsv } from '../../src/domain/csv.ts';
import {
  answerRows,
  form,
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
  survey = await publishedSurvey(coordinator, kalix.id, { access: 'codes' });
});
afterAll(async () => ctx.close());

/** Posts like a browser without any cookie: with codes, none is needed. */
const post = (fields: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url: `/enkat/${survey.publicId}`,
    payload: form(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

describe('single-use codes', () => {
  it('are generated as a CSV for the letter merge, human-typable, each unique', async () => {
    const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes`, { count: 25 });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('enkatkoder-omgang-1.csv');
    const table = parseCsv(res.body);
    expect(table.header).toEqual(['nummer', 'kod', 'adress', 'adress_med_kod']);
    expect(table.rows).toHaveLength(25);
    const codes = table.rows.map((r) => r.cells[1]!);
    expect(new Set(codes).size).toBe(25);
    for (const c of codes) expect(c).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}$/);
    expect(table.rows[0]!.cells[2]).toBe(`http://localhost:3000/enkat/${survey.publicId}`);
  });

  it('are stored only as hashes', async () => {
    const batch = (
      await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes?format=json`, { count: 3 })
    ).json();
    expect(batch.batch).toBe(2);
    const rows = await ctx.deps.db.selectFrom('survey_codes').selectAll().where('survey_id', '=', survey.id).execute();
    const stored = JSON.stringify(rows);
    for (const code of batch.codes as string[]) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
  });

  it('answer once each; a used, a wrong or a missing code is refused and stores nothing', async () => {
    const { codes } = (
      await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes?format=json`, { count: 2 })
    ).json() as { codes: string[] };
    const form1 = await ctx.app.inject({ url: `/enkat/${survey.publicId}?kod=${codes[0]!.replace('-', '')}` });
    expect(form1.body).toContain('Kod från brevet');
    expect(form1.body).toContain(`value="${codes[0]!.replace('-', '')}"`);
    expect(form1.cookies.find((c) => c.name === 'lofte_enkat')).toBeUndefined();

    const ok = await post({ code: codes[0]!.toLowerCase(), 'q.worry': 'often' });
    expect(ok.statusCode).toBe(303);
    const count = await responseCount(ctx, survey.id);
    const again = await post({ code: codes[0]!, 'q.worry': 'never' });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('Koden har redan använts');
    expect(again.body).toContain('href="#answer-code"');
    const wrong = await post({ code: 'AAAA-AAAA', 'q.worry': 'never' });
    expect(wrong.body).toContain('Koden stämmer inte');
    const missing = await post({ 'q.worry': 'never' });
    expect(missing.body).toContain('Skriv koden från brevet');
    expect(await responseCount(ctx, survey.id)).toBe(count);
    expect((await post({ code: ` ${codes[1]!.replace('-', ' ')} `, 'q.worry': 'never' })).statusCode).toBe(303);
  });

  it('a code is not used up by an answer with errors', async () => {
    const { codes } = (
      await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes?format=json`, { count: 1 })
    ).json() as { codes: string[] };
    expect((await post({ code: codes[0]!, 'q.worry': 'perhaps' })).statusCode).toBe(400);
    expect((await post({ code: codes[0]!, 'q.worry': 'often' })).statusCode).toBe(303);
  });

  it('the answer row carries nothing of the code', async () => {
    const rows = await answerRows(ctx, survey.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.channel === 'code')).toBe(true);
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
  });

  it('has a printable list with the code and a QR code per letter', async () => {
    const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes?format=html`, { count: 2 });
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body.match(/<li>/g)).toHaveLength(2);
    expect(res.body).toContain('<svg');
  });

  it('cannot be made for a survey answered by open link', async () => {
    const open = await publishedSurvey(coordinator, kalix.id);
    expect((await coordinator.request('POST', `/api/v1/surveys/${open.id}/codes`, { count: 5 })).statusCode).toBe(409);
  });
});
