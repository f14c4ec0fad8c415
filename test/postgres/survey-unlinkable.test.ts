/**
 * Anonymous answers cannot be linked back (migration 0019, src/app/surveys/queries/batches.ts).
 * Respondents answer with printed codes and from browsers, each from its own
 * address; then a DBA with the whole database tries every join there is
 * (xmin, physical order, id order, hit times, the pending answers) to tie an
 * answer to its code, address or browser. Each attempt may do no better
 * than chance. Before, the answer row shared the code's and the hit's xmin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import {
  form,
  kalixWithAreas,
  publishedSurvey,
  responseCount,
  type Kalix,
  type SurveyBody,
} from '../surveys/helpers.ts';
import { createDeps } from '../../src/server/deps.ts';
import { buildApp } from '../../src/server/app.ts';
import { codeHash, tokenHash } from '../../src/app/surveys/answer.ts';
import { answerRateKey } from '../../src/app/surveys/salt.ts';
import { rateKeyHash } from '../../src/app/auth/rate-limit.ts';
import { ANSWER_BATCH } from '../../src/app/surveys/queries/batches.ts';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';
import { normaliseCode } from '../../src/domain/surveys/codes.ts';

let ctx: TestContext;
let dba: pg.Client;
let coordinator: Client;
let kalix: Kalix;
let codeSurvey: SurveyBody;
let linkSurvey: SurveyBody;

/** Respondent i: its code (or browser token), its address and its answer, which carries "svar-i" in its comment. */
interface Respondent {
  i: number;
  ip: string;
  code?: string;
  token?: string;
}
const codeRespondents: Respondent[] = [];
const linkRespondents: Respondent[] = [];
const CODE_ANSWERS = 6 * ANSWER_BATCH + 3;
const LINK_ANSWERS = 2 * ANSWER_BATCH;

const answerOf = (i: number) => ({ 'q.worry': ['never', 'sometimes', 'often'][i % 3]!, 'q.comments': `svar-${i}` });

async function answerWithCode(app: TestContext['app'], r: Respondent) {
  return app.inject({
    method: 'POST',
    url: `/enkat/${codeSurvey.publicId}`,
    remoteAddress: r.ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form({ code: r.code!, ...answerOf(r.i) }),
  });
}

beforeAll(async () => {
  ctx = await startTestApp();
  dba = new pg.Client({ connectionString: ctx.config.databaseUrl! });
  await dba.connect();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
  codeSurvey = await publishedSurvey(coordinator, kalix.id, { access: 'codes' });
  linkSurvey = await publishedSurvey(coordinator, kalix.id);
  const { codes } = (
    await coordinator.request('POST', `/api/v1/surveys/${codeSurvey.id}/codes?format=json`, { count: CODE_ANSWERS + 5 })
  ).json();
  for (let i = 0; i < CODE_ANSWERS; i++) {
    const r = { i, ip: `10.1.${i}.7`, code: codes[i] as string };
    expect((await answerWithCode(ctx.app, r)).statusCode).toBe(303);
    codeRespondents.push(r);
  }
  for (let i = 0; i < LINK_ANSWERS; i++) {
    const ip = `10.2.${i}.9`;
    const first = await ctx.app.inject({ url: `/enkat/${linkSurvey.publicId}`, remoteAddress: ip });
    const token = first.cookies.find((c) => c.name === 'lofte_enkat')!.value;
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/enkat/${linkSurvey.publicId}`,
      remoteAddress: ip,
      cookies: { lofte_enkat: token },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form(answerOf(100 + i)),
    });
    expect(res.statusCode).toBe(303);
    linkRespondents.push({ i: 100 + i, ip, token });
  }
});
afterAll(async () => {
  await dba.end();
  await ctx.close();
});

const q = async <T>(text: string, values: unknown[] = []) => (await dba.query(text, values)).rows as T[];
const numberOf = (answers: { comments?: string }) => Number(answers.comments!.slice('svar-'.length));

/**
 * The DBA's best guess: the k-th thing in `order` gave the k-th stored answer
 * in `answerOrder`. Returns how many guesses are right.
 */
async function rightGuesses(surveyId: string, truth: number[], answerOrder: string): Promise<number> {
  const stored = await q<{ answers: { comments: string } }>(
    `select answers from survey_responses where survey_id = $1 order by ${answerOrder}`,
    [surveyId],
  );
  return stored.filter((row, k) => numberOf(row.answers) === truth[k]).length;
}

/** Respondent numbers in the order the database recorded their codes being used. */
async function codesInUseOrder(): Promise<number[]> {
  const byHash = new Map(codeRespondents.map((r) => [codeHash(codeSurvey.id, normaliseCode(r.code!)!), r.i]));
  const used = await q<{ code_hash: string }>(
    `select code_hash from survey_codes where survey_id = $1 and used order by xmin::text::bigint`,
    [codeSurvey.id],
  );
  return used.map((u) => byHash.get(u.code_hash)!);
}

// A chance pairing of 30 answers in batches of 5 gets about 6 right (one per batch); 20 or more happens once in 200 000 runs.
const CHANCE_LIMIT = 20;

describe('a DBA joining answers to codes, addresses and browsers', () => {
  it('finds no answer sharing a transaction with a used code, a rate-limit hit or a browser token', async () => {
    for (const other of ['survey_codes', 'rate_limit_hits', 'survey_browser_tokens']) {
      for (const answers of ['survey_responses', 'survey_pending_answers', 'survey_answer_counts']) {
        const joined = await q(`select 1 from ${answers} a join ${other} o on o.xmin = a.xmin`);
        expect(joined, `${answers} ⋈ ${other} on xmin`).toEqual([]);
      }
    }
    // Every stored answer shares its transaction with a whole batch, and only with answers.
    const batches = await q<{ n: number }>(`select count(*)::int as n from survey_responses group by xmin`);
    expect(batches.map((b) => b.n)).toEqual(batches.map(() => ANSWER_BATCH));
    expect(batches.length).toBe(Math.floor(CODE_ANSWERS / ANSWER_BATCH) + LINK_ANSWERS / ANSWER_BATCH);
    // The running counts (migration 0027) change only with a batch: none in a transaction of its own or of a waiting answer.
    expect(await q('select 1 from survey_answer_counts c join survey_pending_answers p on p.xmin = c.xmin')).toEqual(
      [],
    );
    expect(
      await q(
        'select 1 from survey_answer_counts c where not exists (select 1 from survey_responses r where r.xmin = c.xmin)',
      ),
    ).toEqual([]);
  });

  it('cannot pair codes with answers by the order of transactions, physical order or ids better than chance', async () => {
    const truth = (await codesInUseOrder()).slice(0, 6 * ANSWER_BATCH);
    expect(truth).toHaveLength(6 * ANSWER_BATCH);
    const byXminAndPlace = await rightGuesses(codeSurvey.id, truth, 'xmin::text::bigint, ctid');
    const byId = await rightGuesses(codeSurvey.id, truth, 'id');
    expect(byXminAndPlace).toBeLessThan(CHANCE_LIMIT);
    expect(byId).toBeLessThan(CHANCE_LIMIT);
  });

  it("cannot pair addresses (hit times, with the day's salt at hand) or browser tokens with answers better than chance", async () => {
    const byHit = new Map<string, number>();
    for (const r of codeRespondents) byHit.set(rateKeyHash(await answerRateKey(ctx.deps, codeSurvey.id, r.ip)), r.i);
    const hits = await q<{ key_hash: string }>(`select key_hash from rate_limit_hits order by at, xmin::text::bigint`);
    const hitTruth = hits
      .map((h) => byHit.get(h.key_hash))
      .filter((i): i is number => i !== undefined)
      .slice(0, 6 * ANSWER_BATCH);
    expect(hitTruth).toHaveLength(6 * ANSWER_BATCH);
    expect(await rightGuesses(codeSurvey.id, hitTruth, 'xmin::text::bigint, ctid')).toBeLessThan(CHANCE_LIMIT);

    const byToken = new Map(linkRespondents.map((r) => [tokenHash(linkSurvey.id, r.token!), r.i]));
    const tokens = await q<{ token_hash: string }>(
      `select token_hash from survey_browser_tokens where survey_id = $1 order by xmin::text::bigint`,
      [linkSurvey.id],
    );
    const tokenTruth = tokens.map((t) => byToken.get(t.token_hash)!);
    // Two batches of five: only the batch is known, so no more than the whole of one batch plus chance.
    const right = await rightGuesses(linkSurvey.id, tokenTruth, 'xmin::text::bigint, ctid');
    expect(right).toBeLessThan(LINK_ANSWERS);
  });

  it('finds no time finer than the day, and no sequence, next to an answer', async () => {
    const columns = await q<{
      table_name: string;
      column_name: string;
      data_type: string;
      column_default: string | null;
    }>(
      `select table_name, column_name, data_type, column_default from information_schema.columns
       where table_name in ('survey_responses', 'survey_pending_answers') order by table_name, column_name`,
    );
    expect(columns.filter((c) => /time|interval/.test(c.data_type))).toEqual([]);
    expect(columns.filter((c) => c.column_default?.includes('nextval'))).toEqual([]);
    expect(columns.find((c) => c.column_name === 'id')).toMatchObject({
      data_type: 'uuid',
      column_default: 'gen_random_uuid()',
    });
  });

  it('finds the waiting answers as one unordered set holding nothing of the code, address or browser', async () => {
    const waiting = await q<{ x: string; answers: object }>(
      `select xmin::text as x, answers from survey_pending_answers`,
    );
    expect(waiting).toHaveLength(CODE_ANSWERS % ANSWER_BATCH);
    // Answers arriving one by one wait in one group, rewritten with every answer: one transaction for all.
    expect(new Set(waiting.map((w) => w.x)).size).toBe(1);
    const everything = JSON.stringify(waiting);
    for (const r of codeRespondents) {
      expect(everything).not.toContain(r.ip);
      expect(everything).not.toContain(codeHash(codeSurvey.id, normaliseCode(r.code!)!));
    }
  });
});

describe('nothing acknowledged is lost, and nothing else changes', () => {
  it('staff count every answer, stored or waiting', async () => {
    const view = (await coordinator.request('GET', `/api/v1/surveys/${codeSurvey.id}`)).json();
    expect(view.responses).toBe(CODE_ANSWERS);
    const results = (await coordinator.request('GET', `/api/v1/surveys/${codeSurvey.id}/results`)).json();
    expect(results.results.responses).toBe(CODE_ANSWERS);
  });

  it('answers acknowledged by a process that then stops are kept and stored with the next batch', async () => {
    const victim = await createDeps(ctx.config, { log: () => {} });
    const victimApp = await buildApp(victim);
    const { codes } = (
      await coordinator.request('POST', `/api/v1/surveys/${codeSurvey.id}/codes?format=json`, { count: 3 })
    ).json();
    const late = codes.map((code: string, k: number) => ({ i: 500 + k, ip: `10.3.${k}.1`, code }));
    expect((await answerWithCode(victimApp, late[0])).statusCode).toBe(303);
    await victimApp.close();
    await victim.db.destroy();
    expect(await responseCount(ctx, codeSurvey.id)).toBe(CODE_ANSWERS + 1);
    expect((await answerWithCode(ctx.app, late[1])).statusCode).toBe(303);
    const stored = await q<{ answers: { comments: string } }>(
      `select answers from survey_responses where survey_id = $1`,
      [codeSurvey.id],
    );
    expect(stored.map((s) => numberOf(s.answers))).toEqual(expect.arrayContaining([500, 501]));
    expect(await q(`select 1 from survey_pending_answers where survey_id = $1`, [codeSurvey.id])).toEqual([]);
  });

  it('a code is still used once, also when two answers with it arrive at the same moment', async () => {
    const { codes } = (
      await coordinator.request('POST', `/api/v1/surveys/${codeSurvey.id}/codes?format=json`, { count: 1 })
    ).json();
    const before = await responseCount(ctx, codeSurvey.id);
    const both = await Promise.all(
      [0, 1].map((k) => answerWithCode(ctx.app, { i: 600 + k, ip: `10.4.${k}.1`, code: codes[0] })),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([303, 400]);
    expect(await responseCount(ctx, codeSurvey.id)).toBe(before + 1);
    expect((await answerWithCode(ctx.app, { i: 602, ip: '10.4.2.1', code: codeRespondents[0]!.code })).body).toContain(
      'Koden har redan använts',
    );
  });

  it('answers arriving at the same moment are all kept, in batches of at least five, none sharing a transaction with its token', async () => {
    const before = await responseCount(ctx, linkSurvey.id);
    const burst = await Promise.all(
      Array.from({ length: 40 }, async (_, k) => {
        const ip = `10.5.${k}.3`;
        const first = await ctx.app.inject({ url: `/enkat/${linkSurvey.publicId}`, remoteAddress: ip });
        const token = first.cookies.find((c) => c.name === 'lofte_enkat')!.value;
        return ctx.app.inject({
          method: 'POST',
          url: `/enkat/${linkSurvey.publicId}`,
          remoteAddress: ip,
          cookies: { lofte_enkat: token },
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: form(answerOf(700 + k)),
        });
      }),
    );
    expect(burst.map((r) => r.statusCode)).toEqual(burst.map(() => 303));
    expect(await responseCount(ctx, linkSurvey.id)).toBe(before + 40);
    const batches = await q<{ n: number }>(
      `select count(*)::int as n from survey_responses where survey_id = $1 group by xmin`,
      [linkSurvey.id],
    );
    // Answers that arrived while others were being stored went in one call (answer-groups.ts): a batch of their own.
    expect(batches.every((b) => b.n >= ANSWER_BATCH)).toBe(true);
    expect(Math.max(...batches.map((b) => b.n))).toBeGreaterThan(ANSWER_BATCH);
    const groups = await q<{ n: number }>(
      `select count(*)::int as n from survey_pending_answers where survey_id = $1 group by shard`,
      [linkSurvey.id],
    );
    expect(groups.every((g) => g.n < ANSWER_BATCH)).toBe(true);
    // A call either moves a whole group or rewrites one: counts never share a transaction with a waiting answer.
    expect(await q('select 1 from survey_answer_counts c join survey_pending_answers p on p.xmin = c.xmin')).toEqual(
      [],
    );
    for (const other of ['survey_browser_tokens', 'rate_limit_hits'])
      for (const answers of ['survey_responses', 'survey_pending_answers', 'survey_answer_counts'])
        expect(
          await q(`select 1 from ${answers} a join ${other} o on o.xmin = a.xmin`),
          `${answers} ⋈ ${other}`,
        ).toEqual([]);
  });

  it("the daily job stores the day's leftovers in a full batch and forgets the day's salt", async () => {
    const waiting = Number(
      (
        await q<{ n: string }>(`select count(*) as n from survey_pending_answers where survey_id = $1`, [codeSurvey.id])
      )[0]!.n,
    );
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThan(ANSWER_BATCH);
    const total = await responseCount(ctx, codeSurvey.id);
    const linkTotal = await responseCount(ctx, linkSurvey.id);
    const tomorrow = new Date(Date.now() + 86400_000);
    ctx.deps.now = () => tomorrow;
    expect((await runDueJobs(ctx.deps)).ran).toBe(true);
    expect(await q(`select 1 from survey_pending_answers`)).toEqual([]);
    expect(await responseCount(ctx, codeSurvey.id)).toBe(total);
    expect(await responseCount(ctx, linkSurvey.id)).toBe(linkTotal);
    // The leftovers' transaction holds a full batch: they were mixed with stored answers written again.
    const last = await q<{ n: number }>(
      `select count(*)::int as n from survey_responses where survey_id = $1
      group by xmin order by max(xmin::text::bigint) desc limit 1`,
      [codeSurvey.id],
    );
    expect(last[0]!.n).toBe(ANSWER_BATCH);
    const numbers = (
      await q<{ answers: { comments: string } }>(`select answers from survey_responses where survey_id = $1`, [
        codeSurvey.id,
      ])
    ).map((s) => numberOf(s.answers));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(await q(`select day from survey_salts`)).toEqual([]);
  });
});
