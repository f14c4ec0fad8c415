/**
 * The running counts of survey answers on a real PostgreSQL server, where
 * answers arrive side by side (migration 0029: one call takes an answer
 * in, its batch adds up the count keys the app worked out): answers
 * arriving at once are all counted exactly once, and a batch whose
 * connection is killed half-way leaves the counts agreeing with the
 * stored answers, as the batch and its counts are one transaction.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey, type Kalix } from '../surveys/helpers.ts';
import { actorForUser } from '../../src/app/access.ts';
import { answerSurvey } from '../../src/app/surveys/answer.ts';
import { answerCount, pendingCount } from '../../src/app/surveys/queries/batches.ts';
import { getSurveyResults, loadResponses } from '../../src/app/surveys/results.ts';
import { surveyFor } from '../../src/app/surveys/store.ts';
import type { Actor } from '../../src/domain/access/permissions.ts';
import { computeResults, TEXT_ANSWERS_SHOWN } from '../../src/domain/surveys/results.ts';
import type { Answers } from '../../src/domain/surveys/types.ts';

let ctx: TestContext;
let dba: pg.Client;
let actor: Actor;
let kalix: Kalix;
let coordinator: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  ctx = await startTestApp();
  dba = new pg.Client({ connectionString: ctx.config.databaseUrl! });
  await dba.connect();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
  const user = await ctx.deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO.kalixCoordinator)
    .executeTakeFirstOrThrow();
  actor = (await actorForUser(ctx.deps.db, user.id))!;
});
afterAll(async () => {
  await dba.end();
  await ctx.close();
});

const LEVELS = ['none', 'small', 'fairly_big', 'very_big', 'dont_know'] as const;

/** Respondent i's answer: spread over the areas, genders, age bands and problem levels. */
function answerOf(i: number): Answers {
  const areas = Object.values(kalix.areas);
  return {
    area: areas[i % areas.length]!,
    gender: ['woman', 'man'][i % 2]!,
    ...(i % 3 ? { age_band: ['16-24', '25-34', '65-74'][i % 3]! } : {}),
    problems: { speeding: LEVELS[i % 5]!, litter: LEVELS[(i * 3) % 5]! },
    unsafe_late: ['very_safe', 'fairly_unsafe'][i % 2]!,
    victimisation: i % 4 ? ['theft'] : ['theft', 'fraud'],
  };
}

function answer(publicId: string, i: number) {
  const client = { token: randomBytes(12).toString('base64url'), ip: `10.8.${i >> 8}.${i & 255}` };
  return answerSurvey(ctx.deps, publicId, () => ({ answers: answerOf(i), code: undefined }), client);
}

/** The staff results (from the counts) and the results counted from every answer, stored or waiting. */
async function bothWays(surveyId: string) {
  const survey = await surveyFor(ctx.deps, actor, surveyId, false);
  const responses = await loadResponses(ctx.deps.db, surveyId);
  return {
    counted: (await getSurveyResults(ctx.deps, actor, surveyId)).results,
    // The staff results carry the first few redacted text answers; the rest are read a page at a time.
    full: computeResults({
      questions: survey.questions,
      responses,
      scoring: survey.scoring,
      textAnswers: TEXT_ANSWERS_SHOWN,
    }),
  };
}

describe('running counts on PostgreSQL', () => {
  it('count every one of many answers arriving at once exactly once', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, i) => answer(survey.publicId, i)));
    expect(outcomes.map((o) => o.outcome)).toEqual(outcomes.map(() => ({ ok: true })));
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(120);
    const { counted, full } = await bothWays(survey.id);
    expect(counted).toEqual(full);
    expect(counted.responses).toBe(120);
    const stored = await dba.query<{ n: number }>(
      `select (select count(*) from survey_responses where survey_id = $1)::int as n`,
      [survey.id],
    );
    // Most answers went through batches, those arriving together in one call each (answer-groups.ts): five or more.
    expect(stored.rows[0]!.n).toBeGreaterThanOrEqual(120 - 8 * 4);
    const batches = await dba.query<{ n: number }>(
      `select count(*)::int as n from survey_responses where survey_id = $1 group by xmin`,
      [survey.id],
    );
    expect(batches.rows.every((b) => b.n >= 5)).toBe(true);
    expect(batches.rows.length).toBeGreaterThan(1);
  });

  it('agree with the stored answers after a batch is killed half-way', async () => {
    const survey = await publishedSurvey(coordinator, kalix.id);
    for (let i = 0; i < 9; i++) expect((await answer(survey.publicId, i)).outcome).toEqual({ ok: true });
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(4);
    // A DBA holds the survey's count rows, so the next batch waits on them after storing its answers.
    await dba.query('begin');
    await dba.query('select 1 from survey_answer_counts where survey_id = $1 for update', [survey.id]);
    const tenth = answer(survey.publicId, 9).then(
      () => 'acknowledged',
      () => 'failed',
    );
    let waiting: number | undefined;
    for (let tries = 0; tries < 200 && !waiting; tries++) {
      const rows = await dba.query<{ pid: number }>(
        `select pid from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      );
      waiting = rows.rows[0]?.pid;
      if (!waiting) await new Promise((r) => setTimeout(r, 25));
    }
    expect(waiting).toBeDefined();
    await dba.query('select pg_terminate_backend($1)', [waiting]);
    await dba.query('commit');
    expect(await tenth).toBe('failed');
    // The pool dropped the killed connection: the very next query gets a sound one.
    expect((await sql<{ one: number }>`select 1 as one`.execute(ctx.deps.db)).rows).toEqual([{ one: 1 }]);
    // The batch and its counts went together: the four answers still wait, the first five are counted.
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(4);
    expect(await answerCount(ctx.deps.db, survey.id)).toBe(9);
    const { counted, full } = await bothWays(survey.id);
    expect(counted).toEqual(full);
    expect(counted.responses).toBe(9);
    // The next answer completes the batch as if nothing had happened.
    expect((await answer(survey.publicId, 10)).outcome).toEqual({ ok: true });
    expect(await pendingCount(ctx.deps.db, survey.id)).toBe(0);
    const after = await bothWays(survey.id);
    expect(after.counted).toEqual(after.full);
    expect(after.counted.responses).toBe(10);
  });
});
