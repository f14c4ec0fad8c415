/**
 * Contract of outcome indicators (effektmått) and their results:
 * /api/v1/promise-sets/:id/outcome-indicators, /api/v1/outcome-indicators/:id
 * and /api/v1/promise-sets/:id/outcomes (docs/outcomes.md).
 */
import { z } from 'zod';
import { isoDaySchema as isoDay } from '../domain/iso-day.ts';
import { DESIRED, OUTCOME_KINDS } from '../domain/outcomes/indicator.ts';

const key = z.string().min(1).max(60);
const outsideRef = z.object({
  /** outside_survey_results.source */
  source: z.enum(['polisen_trygghetsmatning', 'bra_ntu', 'scb_medborgarundersokning']),
  /** The statement or question as the source writes it. */
  item: z.string().min(1).max(300),
  /** An area of the kommun, or the whole kommun when left out. */
  areaName: z.string().min(1).max(100).nullable().default(null),
});

export const CrimeDefinition = z.object({
  kind: z.literal('crime'),
  /** 'bra': yearly reported crimes of a BRÅ category; 'polisen': monthly events of a Polisen event category. */
  source: z.enum(['bra', 'polisen']),
  category: z.string().min(1).max(100),
  /** Also compare with the län or the whole country, when their statistics are imported. */
  comparison: z.enum(['lan', 'riket']).nullable().default(null),
});
export const SurveyShareDefinition = z.object({
  kind: z.literal('survey_share'),
  /** The kommun's own surveys: a question by its id and the answers counted as "yes". */
  questionId: key.optional(),
  options: z.array(key).min(1).max(20).optional(),
  /** Only the answers from one of the kommun's areas (its id, as the survey's area question stores it). */
  areaId: z.uuid().nullable().optional(),
  /** Or shares from an outside survey (NTU), as imported. */
  outside: outsideRef.optional(),
});
export const SurveyIndexDefinition = z.object({
  kind: z.literal('survey_index'),
  /** The kommun's own surveys: a problem question and one of its statements (or its overall index when left out). */
  questionId: key.optional(),
  itemId: key.nullable().default(null),
  areaId: z.uuid().nullable().optional(),
  /** Or an index from an outside survey (Polisens trygghetsmätning, SCB), as imported. */
  outside: outsideRef.optional(),
});
export const ActivityOutcomeDefinition = z.object({
  kind: z.literal('activity_outcome'),
  commitmentId: z.uuid(),
  /** The follow-up indicator summed from the activities' outcomes ("anmälningar", "beslag"). */
  key: z.string().min(1).max(100),
});
export const IndicatorDefinition = z.discriminatedUnion('kind', [
  CrimeDefinition,
  SurveyShareDefinition,
  SurveyIndexDefinition,
  ActivityOutcomeDefinition,
]);
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

const baseline = z.object({ from: isoDay, to: isoDay }).nullable();

export const IndicatorBody = z.object({
  title: z.string().max(1000),
  desired: z.enum(DESIRED),
  definition: IndicatorDefinition,
  /** Null: the proposed baseline (three years before the period; the latest survey before it). */
  baseline: baseline.default(null),
  /** The lägesbild problem category the indicator measures, if any. */
  problemCategory: z.string().min(1).max(60).nullable().default(null),
});
export type IndicatorBody = z.infer<typeof IndicatorBody>;
export const IndicatorPatch = IndicatorBody.partial();
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;

export const SetParams = z.object({ id: z.uuid() });
export const IndicatorParams = z.object({ id: z.uuid() });
export const OutcomesQuery = z.object({
  at: isoDay.optional(),
  followUpId: z.uuid().optional(),
  /** The language of the sentences and caveats (Swedish unless asked). */
  lang: z.enum(['sv', 'en']).optional(),
});

export const IndicatorView = z.object({
  id: z.uuid(),
  promiseSetId: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  desired: z.enum(DESIRED),
  definition: IndicatorDefinition,
  baseline: z.object({ from: z.string(), to: z.string() }).nullable(),
  problemCategory: z.string().nullable(),
  /** The demo's own indicator: its numbers are made up. */
  demo: z.boolean(),
});
export type IndicatorView = z.infer<typeof IndicatorView>;
export const IndicatorList = z.object({ indicators: z.array(IndicatorView), mayChange: z.boolean() });
export type IndicatorList = z.infer<typeof IndicatorList>;

const windowValue = z.object({
  from: z.string(),
  to: z.string(),
  /** Rate per 100 000 inhabitants and year, the share (0–1) or the mean index. */
  value: z.number().nullable(),
  /** Events (crime) or answers (surveys) in the window. */
  n: z.number(),
});
const interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });

export const OutcomeView = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  desired: z.enum(DESIRED),
  baseline: windowValue.nullable(),
  current: windowValue.nullable(),
  change: interval.extend({ measure: z.enum(['rate_ratio', 'difference']) }).nullable(),
  comparison: z.object({ name: z.string(), change: interval.extend({ measure: z.literal('rate_ratio') }) }).nullable(),
  verdict: z.enum(['improved', 'worsened', 'no_clear_change', 'too_little_data', 'not_tested']),
  /** The plain-Swedish sentence, with the counts and the interval. */
  sentence: z.string(),
  caveats: z.array(z.string()),
  /** Every year, month or survey round available, for the chart. */
  series: z.array(windowValue),
  /** Demo data is marked as such wherever it is shown. */
  demo: z.boolean(),
});
export type OutcomeView = z.infer<typeof OutcomeView>;

export const OutcomesAnswer = z.object({
  promiseSetId: z.uuid(),
  at: z.string(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  indicators: z.array(OutcomeView),
});
export type OutcomesAnswer = z.infer<typeof OutcomesAnswer>;

export const IndicatorProposal = z.object({
  problemCategory: z.string(),
  title: z.string(),
  desired: z.enum(DESIRED),
  definition: IndicatorDefinition,
  /** Why: "Problemet Narkotika i lägesbilden 2025 besvaras av löfte 2". */
  reason: z.string(),
});
export const IndicatorProposals = z.object({ proposals: z.array(IndicatorProposal) });
export type IndicatorProposals = z.infer<typeof IndicatorProposals>;
