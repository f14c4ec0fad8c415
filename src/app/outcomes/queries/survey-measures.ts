/**
 * Every measure of one survey round (a share, an index summary) counted in
 * the database in one pass over its answers, so outcomes never load every
 * answer (docs/outcomes.md, "Speed").
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

export interface AreaFilter {
  /** The survey's area question and the area's id (its answer value). */
  questionId: string;
  value: string;
}

/** One measure asked of a survey round: a share, or an index summary. */
export type SurveyMeasureSpec =
  | { kind: 'share'; questionId: string; options: readonly string[]; area: AreaFilter | null }
  | {
      kind: 'index';
      questionId: string;
      /** The statements whose points are averaged per respondent: one, or all but the excluded ones. */
      items: readonly string[];
      points: Readonly<Record<'none' | 'small' | 'fairly_big' | 'very_big', number>>;
      area: AreaFilter | null;
    };

export type SurveyMeasure = { yes: number; n: number } | { n: number; mean: number; variance: number };

const textArray = (values: readonly string[]) => sql`array[${sql.join(values.length ? values : [''])}]::text[]`;
const ident = (name: string) => sql.ref(name);

/**
 * The layered query of one survey round: each question read once per
 * answer (q0, q1 …), each statement's points once (p0 …), then each
 * measure's per-answer value (y/n for shares, v for indices), then the
 * aggregates, so nothing is computed twice per answer ("offset 0" keeps
 * PostgreSQL from folding the layers back into one, which would repeat them).
 */
function measureQuery(surveyId: string, specs: readonly SurveyMeasureSpec[]) {
  const questions = [...new Set(specs.flatMap((s) => [s.questionId, ...(s.area ? [s.area.questionId] : [])]))];
  const q = (id: string) => ident(`q${questions.indexOf(id)}`);
  const items = [
    ...new Set(specs.flatMap((s) => (s.kind === 'index' ? s.items.map((i) => `${s.questionId}|${i}`) : []))),
  ];
  const p = (questionId: string, item: string) => ident(`p${items.indexOf(`${questionId}|${item}`)}`);
  const scoring = specs.find((s): s is Extract<SurveyMeasureSpec, { kind: 'index' }> => s.kind === 'index')?.points;
  const rowsA = sql.join(questions.map((id, i) => sql`answers -> ${id} as ${ident(`q${i}`)}`));
  const pointsB = items.map((key, i) => {
    const [questionId, item] = key.split('|') as [string, string];
    const pts = scoring!;
    return sql`(case ${q(questionId)} ->> ${item} when 'none' then ${pts.none}::float8 when 'small' then ${pts.small}::float8
      when 'fairly_big' then ${pts.fairly_big}::float8 when 'very_big' then ${pts.very_big}::float8 end) as ${ident(`p${i}`)}`;
  });
  const layerB = sql.join([...questions.map((_, i) => ident(`q${i}`)), ...pointsB]);
  const inArea = (area: AreaFilter | null) => (area ? sql`${q(area.questionId)} #>> '{}' = ${area.value}` : sql`true`);
  const perAnswer = specs.flatMap((spec, i) => {
    if (spec.kind === 'share') {
      const a = q(spec.questionId);
      // ?| matches a string answer and the elements of a multiple-choice one alike.
      return [
        sql`(${inArea(spec.area)} and coalesce(${a} ?| ${textArray(spec.options)}, false)) as ${ident(`y${i}`)}`,
        sql`(${inArea(spec.area)} and jsonb_typeof(${a}) in ('string', 'array')
          and ${a} not in ('"dont_know"'::jsonb, '[]'::jsonb, '["dont_know"]'::jsonb)) as ${ident(`n${i}`)}`,
      ];
    }
    const sum = sql.join(
      spec.items.map((it) => sql`coalesce(${p(spec.questionId, it)}, 0)`),
      sql` + `,
    );
    const counted = sql.join(
      spec.items.map((it) => sql`(${p(spec.questionId, it)} is not null)::int`),
      sql` + `,
    );
    return [sql`(case when ${inArea(spec.area)} then (${sum}) / nullif(${counted}, 0) end) as ${ident(`v${i}`)}`];
  });
  const aggregates = specs.flatMap((spec, i) =>
    spec.kind === 'share'
      ? [
          sql`count(*) filter (where ${ident(`y${i}`)}) as ${ident(`a${i}`)}`,
          sql`count(*) filter (where ${ident(`n${i}`)}) as ${ident(`b${i}`)}`,
        ]
      : [
          sql`count(${ident(`v${i}`)}) as ${ident(`a${i}`)}`,
          sql`avg(${ident(`v${i}`)}) as ${ident(`b${i}`)}`,
          sql`coalesce(var_samp(${ident(`v${i}`)}), 0) as ${ident(`c${i}`)}`,
        ],
  );
  return sql<Record<string, string | null>>`
    select ${sql.join(aggregates)} from (
      select ${sql.join(perAnswer)} from (
        select ${layerB} from (
          select ${rowsA} from (
            select answers from survey_responses where survey_id = ${surveyId}
            union all select answers from survey_pending_answers where survey_id = ${surveyId}
          ) src offset 0
        ) la offset 0
      ) lb offset 0
    ) lc`;
}

/**
 * Every measure of one survey round in one pass over its answers (stored
 * and still waiting for their batch), counted in the database with plain
 * expressions per row: the same rules as src/domain/outcomes/survey-measures.ts
 * (shareOf, indexSummaryOf), which test/outcomes/survey-sql.test.ts holds them to.
 */
export async function surveyMeasures(
  db: Db,
  surveyId: string,
  specs: readonly SurveyMeasureSpec[],
): Promise<SurveyMeasure[]> {
  if (!specs.length) return [];
  const row = await measureQuery(surveyId, specs).execute(db);
  const r = row.rows[0] ?? {};
  const num = (k: string) => Number(r[k] ?? 0);
  return specs.map((spec, i) =>
    spec.kind === 'share'
      ? { yes: num(`a${i}`), n: num(`b${i}`) }
      : { n: num(`a${i}`), mean: num(`b${i}`), variance: num(`c${i}`) },
  );
}
