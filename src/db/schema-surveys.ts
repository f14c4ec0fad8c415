/** Table types of the surveys feature; the Database type in schema.ts extends this. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateCol = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;
type JsonDefault<T> = ColumnType<T, string | undefined, string>;

export interface SurveysTable {
  id: Generated<string>;
  municipality_id: string;
  /** The random id in the public link /enkat/<public_id>. */
  public_id: string;
  slug: string | null;
  template_key: string | null;
  title: Json<Record<string, string>>;
  intro: JSONColumnType<Record<string, string> | null, string | null, string | null>;
  languages: JsonDefault<string[]>;
  questions: JsonDefault<unknown[]>;
  /** Points per problem level and, optionally, excludedItems per question. */
  scoring: Json<Record<string, unknown>>;
  categories: JsonDefault<unknown[]>;
  status: Generated<string>;
  access: Generated<string>;
  opens_on: DateCol;
  closes_on: DateCol;
  public_results: JsonDefault<unknown[]>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  published_at: NullableTimestamp;
  closed_at: NullableTimestamp;
}

/** One anonymous answer. Deliberately no IP, token, code, person or time of day. */
export interface SurveyResponsesTable {
  id: Generated<string>;
  survey_id: string;
  answers: Json<Record<string, unknown>>;
  channel: 'web' | 'code' | 'paper';
  submitted_on: string;
}

/**
 * An answer waiting to join survey_responses in a shuffled batch (migration
 * 0019): no id, code, token, address or time of day, only the day.
 */
export interface SurveyPendingAnswersTable {
  survey_id: string;
  /** Which of the survey's groups of waiting answers (one lock each, so writers need not queue). */
  shard: number;
  answers: Json<Record<string, unknown>>;
  channel: 'web' | 'code' | 'paper';
  submitted_on: string;
  /**
   * What the answer adds to the counts when its batch is stored (migration
   * 0029, src/domain/surveys/count-keys.ts); a trigger fills them when not given.
   */
  count_groups: Generated<string[]>;
  count_keys: Generated<string[]>;
  count_own: Generated<string[]>;
}

/**
 * Running counts of a survey's stored answers (migration 0027,
 * src/db/sql/survey-answers.ts): per waiting group (shard), breakdown
 * ('' for the total) and the respondent's group in it, n per
 * `question_id|value` (value '' the respondents who answered, '=' + an
 * option, item '=' level; question '' counts the answers). Changed only
 * when a batch is stored.
 */
export interface SurveyAnswerCountsTable {
  survey_id: string;
  shard: number;
  dimension: '' | 'area' | 'gender' | 'age_band';
  grp: string;
  counts: Json<Record<string, number>>;
}

export interface SurveyTextCodesTable {
  response_id: string;
  question_id: string;
  categories: JsonDefault<string[]>;
  updated_at: Timestamp;
}

export interface SurveyCodesTable {
  survey_id: string;
  code_hash: string;
  batch: number;
  used: Generated<boolean>;
}

export interface SurveyBrowserTokensTable {
  survey_id: string;
  token_hash: string;
}

export interface SurveySaltsTable {
  day: string;
  salt: string;
}

export interface SurveyTables {
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
  survey_pending_answers: SurveyPendingAnswersTable;
  survey_answer_counts: SurveyAnswerCountsTable;
  survey_text_codes: SurveyTextCodesTable;
  survey_codes: SurveyCodesTable;
  survey_browser_tokens: SurveyBrowserTokensTable;
  survey_salts: SurveySaltsTable;
}
