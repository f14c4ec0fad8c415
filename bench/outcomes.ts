/**
 * Outcomes of one promise set on PostgreSQL. Prints one JSON object: the
 * time to answer GET /promise-sets/{id}/outcomes (the use case, as staff
 * call it) for 10 indicators over 10 years of statistics (kommun, län and
 * Riket) and two survey rounds of 10 000 answers each, against a baseline
 * measured in the same run: the bare query that reads those answers. Target
 * (issue 15): under 100 ms.
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node bench/outcomes.ts
 *   (BENCH_ANSWERS per round, BENCH_DATABASE_URL=postgres://… the server to make a fresh database on)
 */
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/app/demo/seed.ts';
import { actorForUser } from '../src/app/access.ts';
import { setOutcomes } from '../src/app/outcomes/indicators.ts';
import { withFreshDatabase } from './fresh-database.ts';
import { kalixPromise } from '../test/activities/fixtures.ts';

const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10_000);
const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
const CATEGORIES = ['bostadsinbrott', 'misshandel', 'skadegörelse', 'narkotikabrott', 'samtliga brott'];

let seed = 20_261_203;
function random(n: number): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return Math.floor((seed / 2_147_483_648) * n);
}

const LEVELS = ['none', 'small', 'fairly_big', 'very_big', 'dont_know'];
const UNSAFE = ['very_safe', 'fairly_safe', 'fairly_unsafe', 'very_unsafe', 'never_out', 'dont_know'];
function answers() {
  return JSON.stringify({
    unsafe_late: UNSAFE[random(UNSAFE.length)],
    worry: ['often', 'sometimes', 'seldom', 'never'][random(4)],
    problems: Object.fromEntries(
      ['burglary', 'speeding', 'drug_dealing', 'vandalism'].map((k) => [k, LEVELS[random(5)]]),
    ),
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

await withFreshDatabase(base, async (url) => {
  const deps = await createDeps(loadConfig({ DATABASE_URL: url, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn' }), {
    log: () => {},
  });
  await seedDemo(deps, { promises: false });
  const app = await buildApp(deps);
  const kalix = (
    await deps.db.selectFrom('organisations').select('id').where('code', '=', '2514').executeTakeFirstOrThrow()
  ).id;
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'samordnare.kalix@demo.medborgarlofte.se', password: DEMO_PASSWORD },
  });
  const headers = {
    cookie: `lofte_session=${login.cookies.find((c) => c.name === 'lofte_session')!.value}`,
    'x-csrf-token': login.json().csrfToken as string,
  };
  const call = async (method: 'POST' | 'GET', path: string, payload?: unknown) => {
    const res = await app.inject({ method, url: path, headers, payload: payload as never });
    if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${res.body}`);
    return res.json();
  };

  await deps.db
    .insertInto('areas')
    .values(['Centrum', 'Näsbyn', 'Töre'].map((name) => ({ municipality_id: kalix, name })))
    .execute();
  // Ten years of statistics for the kommun, its län and the country.
  for (const [code, population] of [
    ['2514', 16_000],
    ['25', 250_000],
    ['00', 10_500_000],
  ] as const) {
    await deps.db
      .insertInto('stats_population')
      .values(YEARS.map((year) => ({ municipality_code: code, year, population })))
      .execute();
    await deps.db
      .insertInto('stats_crime_counts')
      .values(
        YEARS.flatMap((year) =>
          CATEGORIES.map((category) => ({
            municipality_code: code,
            year,
            category,
            count: Math.round((population / 100_000) * (200 + random(400))),
            rate_per_100k: null,
          })),
        ),
      )
      .execute();
  }

  // Two survey rounds from the template, ANSWERS answers each.
  const rounds: string[] = [];
  for (const closes of ['2025-10-31', '2026-10-31']) {
    const s = await call('POST', '/api/v1/surveys', { municipalityId: kalix, template: 'lokal-trygghetsmatning' });
    await call('POST', `/api/v1/surveys/${s.id}/publish`);
    await deps.db.updateTable('surveys').set({ closes_on: closes }).where('id', '=', s.id).execute();
    for (let done = 0; done < ANSWERS; done += 5000) {
      const rows = Array.from({ length: Math.min(5000, ANSWERS - done) }, () => ({
        survey_id: s.id,
        answers: answers(),
        channel: 'web' as const,
        submitted_on: closes,
      }));
      await deps.db.insertInto('survey_responses').values(rows).execute();
    }
    rounds.push(s.id);
  }

  const set = await call('POST', '/api/v1/promise-sets', kalixPromise({ from: '2026-01-01', to: '2027-12-31' }));
  const indicators = [
    ...CATEGORIES.map((category) => ({ kind: 'crime', source: 'bra', category, comparison: 'lan' })),
    { kind: 'survey_share', questionId: 'unsafe_late', options: ['very_unsafe', 'fairly_unsafe'] },
    { kind: 'survey_share', questionId: 'worry', options: ['often', 'sometimes'] },
    { kind: 'survey_index', questionId: 'problems', itemId: null },
    { kind: 'survey_index', questionId: 'problems', itemId: 'burglary' },
    { kind: 'survey_index', questionId: 'problems', itemId: 'speeding' },
  ];
  for (const [i, definition] of indicators.entries()) {
    await call('POST', `/api/v1/promise-sets/${set.id}/outcome-indicators`, {
      title: `Effektmått ${i + 1}`,
      desired: 'decrease',
      definition,
    });
  }

  const coordinator = (
    await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'samordnare.kalix@demo.medborgarlofte.se')
      .executeTakeFirstOrThrow()
  ).id;
  const actor = (await actorForUser(deps.db, coordinator))!;
  const times: number[] = [];
  const bare: number[] = [];
  let verdicts: string[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const out = await setOutcomes(deps, actor, set.id, { at: '2027-01-15' });
    times.push(performance.now() - t);
    verdicts = out.indicators.map((x) => x.verdict);
    const b = performance.now();
    await sql`select answers from survey_responses where survey_id in (${sql.join(rounds)})`.execute(deps.db);
    bare.push(performance.now() - b);
  }
  console.log(
    JSON.stringify({
      benchmark: 'outcomes',
      indicators: indicators.length,
      statisticsYears: YEARS.length,
      surveyAnswers: ANSWERS * rounds.length,
      outcomesMedianMs: median(times),
      bareAnswerQueryMedianMs: median(bare),
      ratioToBareQuery: Math.round((median(times) / median(bare)) * 100) / 100,
      targetMs: 100,
      withinTarget: median(times) < 100,
      verdicts,
    }),
  );
  await app.close();
  await deps.db.destroy();
});
