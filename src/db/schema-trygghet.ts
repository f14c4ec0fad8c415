/**
 * Table types of survey results from outside (Polisens trygghetsmätning,
 * Brå's NTU, SCB's medborgarundersökning; migration 0023). The Database type
 * in schema.ts extends this. Others read outside_survey_results directly:
 * a whole-kommun figure has level 'kommun' and area_name null.
 */
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric comes back as a string from PostgreSQL: read it through Number(). */
type Numeric = ColumnType<string | number, number, number>;
type NullableNumeric = ColumnType<string | number | null, number | null, number | null>;

export interface OutsideSurveyImportsTable {
  id: Generated<string>;
  municipality_id: string;
  /** 'polisen_trygghetsmatning' | 'bra_ntu' | 'scb_medborgarundersokning' */
  source: string;
  year: number;
  file_name: string | null;
  rows: number;
  /** The label of the actor who imported it (as in the audit log). */
  imported_by: string;
  imported_at: Timestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OutsideSurveyResultsTable {
  id: Generated<string>;
  import_id: string;
  municipality_id: string;
  source: string;
  year: number;
  /** 'kommun' | 'area' | 'lan' | 'lpo' | 'riket': whose figure it is. */
  level: string;
  /** null for the whole kommun; the area's (as the kommun spells it), län's or LPO's name otherwise. */
  area_name: string | null;
  /** The statement or question as the source writes it. */
  item: string;
  /** The lägesbild problem category (src/domain/dialogues/categories.ts) or null. */
  category: string | null;
  /** 'index_0_6' (Polisen), 'share' (percent 0–100, NTU) or 'index_0_100' (SCB). */
  measure: string;
  value: Numeric;
  answers: number | null;
  ci_low: NullableNumeric;
  ci_high: NullableNumeric;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrygghetTables {
  outside_survey_imports: OutsideSurveyImportsTable;
  outside_survey_results: OutsideSurveyResultsTable;
}
