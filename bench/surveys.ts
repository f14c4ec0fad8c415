/**
 * Surveys on PostgreSQL. Prints one JSON object:
 * - answers accepted per second through the public answering endpoint
 *   (POST /enkat/<id>: form parsing, validation, rate limit on a salted
 *   hash, the per-browser token, then the answer joining its shuffled batch
 *   in a transaction of its own, answers arriving together taken in one
 *   call, the redirect), each request from its own browser and address as
 *   behind the kommun's proxy, against a bare Fastify route storing the
 *   same row in the same table (ratio ≥ 0.6, with the running counts kept
 *   as each batch is stored), and again with a batch stored uncounted,
 *   after a short warm-up of the route; beside them the least the privacy
 *   design needs (privacyFloor) and the route's database work alone
 *   (databaseCallOnly);
 * - the results for 100 000 answers as staff see them, from the running
 *   counts (migration 0027) and the text questions counted in the database
 *   with their first few answers redacted, target < 300 ms; an export's
 *   results (every free-text answer redacted); the same without the counts
 *   (loading every answer, then distributions, problem indices, breakdowns
 *   and the free text redacted with the kommun's names); the counted
 *   questions alone both ways (free-text answers are still read and
 *   redacted one by one); and counting 100 000 stored answers afresh.
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node bench/surveys.ts
 *   (BENCH_SECONDS per load phase, BENCH_ANSWERS for the results data set,
 *   BENCH_DATABASE_URL=postgres://… the server to make a fresh database on)
 */
import { createHash, randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/app/demo/seed.ts';
import { actorForUser } from '../src/app/access.ts';
import { getSurveyResults, loadResponses, storedTextsFor } from '../src/app/surveys/results.ts';
import { storedTextCounts } from '../src/app/surveys/text-counts.ts';
import { countRows, rebuildAnswerCounts, waitingAnswers } from '../src/app/surveys/queries/answer-counts.ts';
import { answerCount } from '../src/app/surveys/queries/batches.ts';
import { knownNamesFor } from '../src/app/surveys/known-names.ts';
import { computeResults, resultsFromCounts, TEXT_ANSWERS_SHOWN } from '../src/domain/surveys/results.ts';
import { ADD_SURVEY_ANSWER_COUNTS_FUNCTION } from '../src/db/sql/survey-intake.ts';
import { DEFAULT_SCORING } from '../src/domain/surveys/scoring.ts';
import { answersFromForm, checkAnswers } from '../src/domain/surveys/answers.ts';
import { countParts } from '../src/domain/surveys/count-keys.ts';
import { takeAnswerInGroup } from '../src/app/surveys/answer-groups.ts';
import type { Answers, Question } from '../src/domain/surveys/types.ts';
import { load } from './load.ts';
import { withCpu } from './cpu.ts';
import { withFreshDatabase } from './fresh-database.ts';

const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 100_000);
const CONNECTIONS = 20;

// A small deterministic generator, so every run answers the same way.
let seed = 20_261_121;
function random(n: number): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
}

/** One plausible respondent: every question answered the way the form would send it. */
function formFields(questions: Question[]): URLSearchParams {
  const form = new URLSearchParams();
  for (const q of questions) {
    const name = `q.${q.id}`;
    if (q.kind === 'problem')
      for (const item of q.items)
        form.append(`${name}.${item.id}`, ['none', 'small', 'fairly_big', 'very_big', 'dont_know'][random(5)]!);
    else if (q.kind === 'scale') form.append(name, String(q.min + random(q.max - q.min + 1)));
    else if (q.kind === 'text')
      form.append(name, random(4) === 0 ? 'Mörkt vid busshållplatsen och mycket fart på Storgatan.' : '');
    else if (q.kind === 'multiple') form.append(name, q.options[random(q.options.length)]!.value);
    else if (q.options.length) form.append(name, q.options[random(q.options.length)]!.value);
  }
  return form;
}

/** The same respondent as stored answers, for filling the results data set directly. */
function storedAnswers(questions: Question[]): Answers {
  const answers: Answers = {};
  for (const [key, value] of formFields(questions)) {
    const [, id, item] = key.split('.');
    if (!value) continue;
    if (item)
      answers[id!] = { ...(answers[id!] as Record<string, string> | undefined), [item]: value } as Answers[string];
    else answers[id!] = questions.find((q) => q.id === id)!.kind === 'multiple' ? [value] : value;
  }
  return answers;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

await withFreshDatabase(base, async (url) => {
  const deps = await createDeps(
    loadConfig({ DATABASE_URL: url, JOBS_ENABLED: 'false', TRUST_PROXY: 'true', LOG_LEVEL: 'warn' }),
    { log: () => {} },
  );
  await seedDemo(deps, { promises: false });
  const app = await buildApp(deps);
  const kalix = (
    await deps.db.selectFrom('organisations').select('id').where('code', '=', '2514').executeTakeFirstOrThrow()
  ).id;
  await deps.db
    .insertInto('areas')
    .values(['Centrum', 'Näsbyn', 'Töre', 'Sangis', 'Båtskärsnäs'].map((name) => ({ municipality_id: kalix, name })))
    .execute();

  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'samordnare.kalix@demo.medborgarlofte.se', password: DEMO_PASSWORD },
  });
  const cookie = `lofte_session=${login.cookies.find((c) => c.name === 'lofte_session')!.value}`;
  const staff = { cookie, 'x-csrf-token': login.json().csrfToken as string };
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/surveys',
    headers: staff,
    payload: { municipalityId: kalix, template: 'lokal-trygghetsmatning' },
  });
  const surveyId = created.json().id as string;
  const published = await app.inject({ method: 'POST', url: `/api/v1/surveys/${surveyId}/publish`, headers: staff });
  if (published.statusCode !== 200) throw new Error(`publish ${published.statusCode} ${published.body}`);
  const survey = published.json() as { publicId: string; questions: Question[] };

  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  await bare.register(formbody);
  bare.post('/answer', async (req, reply) => {
    await deps.db
      .insertInto('survey_responses')
      .values({ survey_id: surveyId, answers: JSON.stringify(req.body), channel: 'web', submitted_on: '2026-11-21' })
      .execute();
    return reply.redirect('/tack', 303);
  });
  // Where the cost lies (docs/ARCHITECTURE.md "Survey answer intake"): the same bare server doing only what
  // the privacy design needs at the least (the admission committed on its own, then the answer inserted alone:
  // no validation, no batch, no counts, one call per answer), and doing the database work of the real route
  // (answers grouped as they arrive, src/app/surveys/answer-groups.ts, their count parts worked out beforehand)
  // without the rest of the route.
  await sql`create procedure bench_admit_then_insert(p_survey uuid, p_version text, p_rate_key text, p_token_hash text,
      p_answers jsonb) language plpgsql as $$
    begin
      perform admit_survey_answer(p_survey, p_version, p_rate_key, 60, now() - interval '1 hour', now(), p_token_hash, null);
      commit;
      insert into survey_responses (survey_id, answers, channel, submitted_on) values (p_survey, p_answers, 'web', current_date);
    end $$`.execute(deps.db);
  const version = (
    await sql<{ v: string }>`select xmin::text as v from surveys where id = ${surveyId}`.execute(deps.db)
  ).rows[0]!.v;
  const prepared = new Map<string, { answers: Answers; parts: ReturnType<typeof countParts> }>();
  const admissionOf = (req: { headers: Record<string, unknown>; ip: string }) => ({
    rateKey: `bench:${createHash('sha256')
      .update(String(req.headers['x-forwarded-for'] ?? req.ip))
      .digest('hex')}`,
    token: createHash('sha256').update(String(req.headers.cookie)).digest('hex'),
  });
  bare.post('/answer-admitted', async (req, reply) => {
    const a = admissionOf(req);
    await sql`call bench_admit_then_insert(${surveyId}, ${version}, ${a.rateKey}, ${a.token},
      ${JSON.stringify(req.body)}::jsonb)`.execute(deps.db);
    return reply.redirect('/tack', 303);
  });
  bare.post('/answer-taken', async (req, reply) => {
    const key = new URLSearchParams(req.body as Record<string, string>).toString();
    const answer = prepared.get(key)!;
    const a = admissionOf(req);
    const now = new Date();
    await takeAnswerInGroup(
      deps.db,
      {
        surveyId,
        version,
        rateKeyHash: a.rateKey,
        limit: 60,
        windowStart: new Date(now.getTime() - 3600_000),
        now,
        tokenHash: a.token,
        codeHash: null,
      },
      { answers: answer.answers, parts: answer.parts, channel: 'web', day: '2026-11-21' },
    );
    return reply.redirect('/tack', 303);
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  // Every request is a new browser (its own token cookie) at its own address, as many residents answering at once.
  const variants = 40_000;
  const bodies = Array.from({ length: 500 }, () => formFields(survey.questions).toString());
  const browsers = (net: number) =>
    Array.from({ length: variants }, (_, i) => ({
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `lofte_enkat=${randomBytes(18).toString('base64url')}`,
      'x-forwarded-for': `${net}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    }));
  const headerSets = browsers(10);
  for (const body of bodies) {
    const form = Object.fromEntries(new URLSearchParams(body));
    const answers = checkAnswers(survey.questions, answersFromForm(survey.questions, form)).answers;
    prepared.set(new URLSearchParams(form).toString(), {
      answers,
      parts: countParts(survey.questions, answers),
    });
  }
  // A short warm-up of the answering route, so neither measured phase pays for it.
  await load({
    url: `${appUrl}/enkat/${survey.publicId}`,
    method: 'POST',
    bodies,
    headerSets: browsers(12),
    connections: CONNECTIONS,
    seconds: Math.max(2, seconds / 4),
  });
  const warmedUp = await answerCount(deps.db, surveyId);
  const intake = await withCpu(deps.db, () =>
    load({
      url: `${appUrl}/enkat/${survey.publicId}`,
      method: 'POST',
      bodies,
      headerSets,
      connections: CONNECTIONS,
      seconds,
    }),
  );
  // Stored in batches of five or still waiting for theirs (src/app/surveys/queries/batches.ts): every acknowledged answer.
  const stored = (await answerCount(deps.db, surveyId)) - warmedUp;
  const intakeBase = await withCpu(deps.db, () =>
    load({
      url: `${bareUrl}/answer`,
      method: 'POST',
      bodies,
      headerSets,
      connections: CONNECTIONS,
      seconds,
    }),
  );
  const phaseAt = (path: string, net: number) =>
    withCpu(deps.db, () =>
      load({
        url: `${bareUrl}${path}`,
        method: 'POST',
        bodies,
        headerSets: browsers(net),
        connections: CONNECTIONS,
        seconds,
      }),
    );
  const privacyFloor = await phaseAt('/answer-admitted', 14);
  const databaseCallOnly = await phaseAt('/answer-taken', 15);
  // The same without the running counts (a batch stored uncounted), to show what keeping them costs.
  await sql`create or replace function add_survey_answer_counts(p_survey uuid, p_shard smallint, p_groups text[],
    p_keys text[], p_n integer[]) returns void language sql as $$ select $$`.execute(deps.db);
  const intakeUncounted = await withCpu(deps.db, () =>
    load({
      url: `${appUrl}/enkat/${survey.publicId}`,
      method: 'POST',
      bodies,
      headerSets: browsers(11),
      connections: CONNECTIONS,
      seconds,
    }),
  );
  await ADD_SURVEY_ANSWER_COUNTS_FUNCTION.execute(deps.db);
  // Counted once more: the phases alternate, so neither way gains from coming later.
  const intakeAgain = await withCpu(deps.db, () =>
    load({
      url: `${appUrl}/enkat/${survey.publicId}`,
      method: 'POST',
      bodies,
      headerSets: browsers(13),
      connections: CONNECTIONS,
      seconds,
    }),
  );

  // The results data set: exactly ANSWERS answers in a second survey from the same template
  // (the intake survey, emptied, stays as the previous one to compare with).
  await deps.db.deleteFrom('survey_responses').where('survey_id', '=', surveyId).execute();
  await deps.db.deleteFrom('survey_pending_answers').where('survey_id', '=', surveyId).execute();
  await deps.db.deleteFrom('survey_answer_counts').where('survey_id', '=', surveyId).execute();
  // As autovacuum would soon after such a delete: the emptied survey is the one results compare with, and
  // until then each read walks its tens of thousands of just-deleted answers (about 100 ms of a first read).
  await sql`vacuum survey_responses, survey_pending_answers, survey_answer_counts`.execute(deps.db);
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/surveys',
    headers: staff,
    payload: { municipalityId: kalix, template: 'lokal-trygghetsmatning' },
  });
  const resultsId = second.json().id as string;
  await app.inject({ method: 'POST', url: `/api/v1/surveys/${resultsId}/publish`, headers: staff });
  const questions = (await app.inject({ method: 'GET', url: `/api/v1/surveys/${resultsId}`, headers: staff })).json()
    .questions as Question[];
  for (let done = 0; done < ANSWERS; done += 5000) {
    const rows = Array.from({ length: Math.min(5000, ANSWERS - done) }, () => ({
      survey_id: resultsId,
      answers: JSON.stringify(storedAnswers(questions)),
      channel: 'web' as const,
      submitted_on: '2026-11-21',
    }));
    await deps.db.insertInto('survey_responses').values(rows).execute();
  }
  // Stored around the intake, so counted afresh (as after an area merge).
  const tRebuild = performance.now();
  await rebuildAnswerCounts(deps.db, resultsId);
  const rebuildMs = performance.now() - tRebuild;
  const coordinator = (
    await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'samordnare.kalix@demo.medborgarlofte.se')
      .executeTakeFirstOrThrow()
  ).id;
  const actor = (await actorForUser(deps.db, coordinator))!;
  const times: number[] = [];
  let answered = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const results = await getSurveyResults(deps, actor, resultsId);
    times.push(performance.now() - t);
    answered = results.results.responses;
  }

  const countedOnly: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const [counts, waiting] = await Promise.all([countRows(deps.db, resultsId), waitingAnswers(deps.db, resultsId)]);
    const counted = questions.filter((q) => q.kind !== 'text');
    resultsFromCounts({ questions: counted, counts, waiting, storedTexts: new Map(), scoring: DEFAULT_SCORING });
    countedOnly.push(performance.now() - t);
  }

  // The parts of the staff results, one at a time: the counts, the text questions counted, their first answers.
  const textIds = questions.filter((q) => q.kind === 'text').map((q) => q.id);
  const partMs = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    return Math.round((performance.now() - t) * 10) / 10;
  };
  const parts = {
    countRowsMs: await partMs(() => countRows(deps.db, resultsId)),
    textCountsMs: await partMs(() => storedTextCounts(deps.db, resultsId, textIds)),
    firstTextsMs: await partMs(() => storedTextsFor(deps.db, resultsId, textIds, TEXT_ANSWERS_SHOWN)),
    knownNamesMs: await partMs(() => knownNamesFor(deps.db, kalix)),
  };

  // What an export reads: every free-text answer, each one redacted.
  const tExport = performance.now();
  await getSurveyResults(deps, actor, resultsId, 'all');
  const exportAllTextsMs = performance.now() - tExport;

  const tLoad = performance.now();
  const loaded = await loadResponses(deps.db, resultsId);
  const loadMs = performance.now() - tLoad;
  const tCompute = performance.now();
  const keepNames = await knownNamesFor(deps.db, kalix);
  computeResults({ questions, responses: loaded, scoring: DEFAULT_SCORING, keepNames });
  const computeMs = performance.now() - tCompute;
  const tCounted = performance.now();
  computeResults({
    questions: questions.filter((q) => q.kind !== 'text'),
    responses: loaded,
    scoring: DEFAULT_SCORING,
  });
  const countedComputeMs = performance.now() - tCounted;

  const ratioTo = (phase: { rps: number }) => Math.round((phase.rps / intakeBase.rps) * 100) / 100;
  console.log(
    JSON.stringify(
      {
        name: 'surveys',
        answerIntake: {
          connections: CONNECTIONS,
          rps: intake.rps,
          p95Ms: intake.p95,
          errors: intake.errors,
          stored,
          baselineRps: intakeBase.rps,
          ratio: Math.round((intake.rps / intakeBase.rps) * 100) / 100,
          rpsAgain: intakeAgain.rps,
          ratioAgain: Math.round((intakeAgain.rps / intakeBase.rps) * 100) / 100,
          targetRatio: 0.6,
          withoutCounts: {
            rps: intakeUncounted.rps,
            ratio: Math.round((intakeUncounted.rps / intakeBase.rps) * 100) / 100,
          },
          // CPU per request (bench/cpu.ts): steadier than requests/s on a shared machine.
          cpuMsPerRequest: {
            counted: intake.cpu,
            countedAgain: intakeAgain.cpu,
            uncounted: intakeUncounted.cpu,
            bare: intakeBase.cpu,
          },
          // What the privacy design needs at the least, and the real route's database call alone (see above).
          privacyFloor: { rps: privacyFloor.rps, ratio: ratioTo(privacyFloor), cpu: privacyFloor.cpu },
          databaseCallOnly: { rps: databaseCallOnly.rps, ratio: ratioTo(databaseCallOnly), cpu: databaseCallOnly.cpu },
          cpuRatio:
            intake.cpu && intakeAgain.cpu && intakeBase.cpu
              ? Math.round((intakeBase.cpu.totalMs / ((intake.cpu.totalMs + intakeAgain.cpu.totalMs) / 2)) * 100) / 100
              : null,
        },
        results: {
          answers: ANSWERS,
          reportedTotal: answered,
          // Text questions counted in the database; only the first TEXT_ANSWERS_SHOWN answers of each are read and redacted.
          // The first read counts the text answers and keeps the counts (app/surveys/text-counts.ts); the later ones reuse them.
          withCounts: {
            medianMs: median(times),
            firstReadMs: Math.round(times[0]! * 10) / 10,
            targetMs: 300,
            textAnswersShown: TEXT_ANSWERS_SHOWN,
          },
          parts,
          everyTextAnswerRedactedMs: Math.round(exportAllTextsMs),
          countedQuestionsOnly: {
            withCountsMs: median(countedOnly),
            withoutCountsComputeMs: Math.round(countedComputeMs),
          },
          withoutCounts: { loadMs: Math.round(loadMs), computeMs: Math.round(computeMs) },
          rebuildCountsMs: Math.round(rebuildMs),
        },
      },
      null,
      2,
    ),
  );
  await app.close();
  await bare.close();
  await deps.db.destroy();
});
