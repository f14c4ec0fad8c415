/**
 * What an answer adds to the running counts is worked out twice: by the
 * app as it takes the answer in (src/domain/surveys/count-keys.ts) and by
 * the database for answers stored before migration 0029, a rebuild and
 * the padding of a short batch (survey_answer_count_keys(), and the
 * trigger that fills a waiting answer's count parts). On random answers,
 * odd shapes included, all three add the same keys to the same groups.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../fast-check-seed.ts';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { countParts, type CountParts } from '../../src/domain/surveys/count-keys.ts';
import type { Question } from '../../src/domain/surveys/types.ts';
import { kalixWithAreas, publishedSurvey } from './helpers.ts';

let ctx: TestContext;
let surveyId: string;
let questions: Question[];

beforeAll(async () => {
  ctx = await startTestApp();
  const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const kalix = await kalixWithAreas(ctx);
  surveyId = (await publishedSurvey(coordinator, kalix.id)).id;
  const row = await ctx.deps.db.selectFrom('surveys').select('questions').where('id', '=', surveyId).executeTakeFirst();
  questions = row!.questions as unknown as Question[];
});
afterAll(async () => ctx.close());

/** Every (group, key) an answer adds, once per time it adds it, sorted. */
function pairs(parts: CountParts): string[] {
  const all = parts.groups.flatMap((g) => parts.keys.map((k) => `${g}\u001e${k}`));
  for (const k of parts.own) all.push(`\u001f\u001e${k}`);
  return all.sort();
}

async function sqlPairs(answers: unknown): Promise<string[]> {
  const rows = await sql<{ pair: string }>`
    select k.dimension || chr(31) || k.grp || chr(30) || k.question_id || '|' || k.value as pair
    from survey_answer_count_keys(${JSON.stringify(questions)}::jsonb, ${JSON.stringify(answers)}::jsonb) k`.execute(
    ctx.deps.db,
  );
  return rows.rows.map((r) => r.pair).sort();
}

/** The parts the database's trigger gives a waiting answer written without them. */
async function triggerParts(answers: unknown): Promise<CountParts> {
  await ctx.deps.db
    .insertInto('survey_pending_answers')
    .values({
      survey_id: surveyId,
      shard: 7,
      answers: JSON.stringify(answers),
      channel: 'web',
      submitted_on: '2026-11-21',
    })
    .execute();
  const row = await ctx.deps.db
    .deleteFrom('survey_pending_answers')
    .where('survey_id', '=', surveyId)
    .returning(['count_groups', 'count_keys', 'count_own'])
    .executeTakeFirstOrThrow();
  return { groups: row.count_groups, keys: row.count_keys, own: row.count_own };
}

/** A value for question q: a valid answer, nothing, or a shape the form would never send. */
function valueArb(q: Question): fc.Arbitrary<unknown> {
  const options = 'options' in q ? q.options.map((o) => o.value) : [];
  const valid: fc.Arbitrary<unknown>[] = [];
  if (q.kind === 'problem')
    valid.push(
      fc.dictionary(
        fc.constantFrom(...q.items.map((i) => i.id), 'not_an_item'),
        fc.constantFrom('none', 'small', 'fairly_big', 'very_big', 'dont_know', 'huge', ''),
      ),
    );
  else if (q.kind === 'scale') valid.push(fc.integer({ min: q.min, max: q.max }).map(String));
  else if (q.kind === 'multiple') valid.push(fc.array(fc.constantFrom(...options, 'other'), { maxLength: 4 }));
  else if (q.kind === 'text') valid.push(fc.string({ maxLength: 8 }));
  else if (q.kind === 'area') valid.push(fc.uuid());
  else valid.push(fc.constantFrom(...options, 'other'));
  return fc.oneof(
    { weight: 6, arbitrary: fc.oneof(...valid) },
    { weight: 2, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', [], {}, 3, null, true, ['a', 'a', 2], { x: 'small' }, 'small'),
    },
  );
}

describe('count keys of an answer', () => {
  it('are the same worked out by the app, by the database and by the waiting answers’ trigger', async () => {
    const answersArb = fc.tuple(...questions.map(valueArb)).map((values) => {
      const answers: Record<string, unknown> = {};
      questions.forEach((q, i) => {
        if (values[i] !== undefined) answers[q.id] = values[i];
      });
      return answers;
    });
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const app = pairs(countParts(questions, answers));
        expect(app).toEqual(await sqlPairs(answers));
        expect(pairs(await triggerParts(answers))).toEqual(app);
      }),
      { numRuns: 150 },
    );
  });

  it('put an answer in its area, gender and age band group and keep background answers in the total', () => {
    const area = questions.find((q) => q.kind === 'area')!.id;
    const gender = questions.find((q) => q.kind === 'gender')!.id;
    const parts = countParts(questions, {
      [area]: 'a1',
      [gender]: 'woman',
      problems: { speeding: 'very_big', litter: 'nonsense' },
      victimisation: ['theft', 'theft', 'fraud'],
    });
    expect(parts.groups).toEqual(['\u001f', 'area\u001fa1', 'age_band\u001f', 'gender\u001fwoman']);
    expect(parts.keys.sort()).toEqual(
      [
        '|',
        'problems|',
        'problems|speeding=very_big',
        'victimisation|',
        'victimisation|=fraud',
        'victimisation|=theft',
      ].sort(),
    );
    expect(parts.own.sort()).toEqual([`${area}|`, `${area}|=a1`, `${gender}|`, `${gender}|=woman`].sort());
  });
});
