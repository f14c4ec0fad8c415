import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestContext } from '../helpers.ts';
import * as migration from '../../src/db/migrations/0007_dialogues.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestApp({ demo: false });
});
afterAll(async () => ctx.close());

const tables = async () =>
  (
    await sql<{ t: string }>`
  select table_name as t from information_schema.tables
  where table_schema = 'public' and table_name in ('dialogues', 'dialogue_findings', 'est_answers') order by 1`.execute(
      ctx.deps.db,
    )
  ).rows.map((r) => r.t);

describe('the dialogues migration', () => {
  it('goes down and up again', async () => {
    expect(await tables()).toEqual(['dialogue_findings', 'dialogues', 'est_answers']);
    await migration.down(ctx.deps.db);
    expect(await tables()).toEqual([]);
    await migration.up(ctx.deps.db);
    expect(await tables()).toEqual(['dialogue_findings', 'dialogues', 'est_answers']);
  });
});

describe('the API description', () => {
  it('lists the dialogue, safety walk and EST routes under the Dialog tag with Swedish summaries', async () => {
    const res = await ctx.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags: string[]; summary: string }>>;
    for (const [path, method] of [
      ['/api/v1/dialogues', 'post'],
      ['/api/v1/dialogues/open-actions', 'get'],
      ['/api/v1/safety-walks/{id}/follow-up', 'post'],
      ['/api/v1/est/reports', 'post'],
      ['/api/v1/est/weekly', 'get'],
      ['/api/v1/est/summary', 'get'],
      ['/api/v1/dialogues/{id}', 'patch'],
      ['/api/v1/dialogues/{id}', 'delete'],
      ['/api/v1/est/reports/{id}', 'put'],
      ['/api/v1/est/reports/{id}', 'delete'],
    ] as const) {
      expect(paths[path]?.[method]?.tags).toEqual(['Dialog']);
    }
    expect(paths['/api/v1/dialogues']!.post!.summary).toMatch(/^Registrera en medborgardialog/);
    expect(paths['/api/v1/dialogues/{id}']!.delete!.summary).toMatch(/409 om en iakttagelse har en åtgärd/);
    const edit = paths['/api/v1/dialogues/{id}']!.patch as unknown as {
      requestBody: { content: Record<string, { schema: { properties: object } }> };
    };
    expect(Object.keys(edit.requestBody.content['application/json']!.schema.properties)).toContain('findings');
  });
});
