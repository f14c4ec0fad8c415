/**
 * Answers stored before migration 0019 (by 0014's submit_survey_answer, in
 * the code's own transaction) lose that link when 0019 runs: they are
 * written again in random order, ids and codings kept. Also: 0019 goes down
 * and up again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey } from '../surveys/helpers.ts';
import { migrateToLatest, migrator } from '../../src/db/connect.ts';
import { codeHash } from '../../src/app/surveys/answer.ts';
import { normaliseCode } from '../../src/domain/surveys/codes.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => {
  await ctx.close();
});

describe('migration 0019 on answers already given', () => {
  it('writes old answers again so none shares a transaction with its code, keeping ids and codings', async () => {
    const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
    const kalix = await kalixWithAreas(ctx);
    const survey = await publishedSurvey(coordinator, kalix.id, { access: 'codes' });
    const { codes } = (
      await coordinator.request('POST', `/api/v1/surveys/${survey.id}/codes?format=json`, { count: 12 })
    ).json();
    const down = await migrator(ctx.deps.db).migrateTo('0018_audit_log_indexes');
    expect(down.error).toBeUndefined();

    const db = ctx.deps.db;
    for (const [k, code] of (codes as string[]).entries()) {
      const version = (
        await sql<{ v: string }>`select xmin::text as v from surveys where id = ${survey.id}`.execute(db)
      ).rows[0]!.v;
      const row = await sql<{
        outcome: string;
      }>`select * from submit_survey_answer(${survey.id}, ${version}, ${`hit-${k}`}, 60,
        now() - interval '1 hour', now(), null, ${codeHash(survey.id, normaliseCode(code)!)},
        ${JSON.stringify({ comments: `svar-${k}` })}::jsonb, 'code', current_date)`.execute(db);
      expect(row.rows[0]!.outcome).toBe('ok');
    }
    const linked = sql`select 1 from survey_responses r join survey_codes c on c.xmin = r.xmin`;
    expect((await linked.execute(db)).rows).toHaveLength(12);
    const before = await db.selectFrom('survey_responses').select(['id', 'answers']).orderBy('id').execute();
    await db
      .insertInto('survey_text_codes')
      .values({ response_id: before[0]!.id, question_id: 'comments', categories: '["trafik"]' })
      .execute();

    await migrateToLatest(db);
    expect((await linked.execute(db)).rows).toEqual([]);
    expect(
      (await sql`select 1 from survey_responses r join rate_limit_hits h on h.xmin = r.xmin`.execute(db)).rows,
    ).toEqual([]);
    expect(await db.selectFrom('survey_responses').select(['id', 'answers']).orderBy('id').execute()).toEqual(before);
    const coded = await db.selectFrom('survey_text_codes').select(['response_id', 'categories']).execute();
    expect(coded).toEqual([{ response_id: before[0]!.id, categories: ['trafik'] }]);
  });
});
