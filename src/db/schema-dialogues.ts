/** Table types of the dialogues feature; the Database type in schema.ts extends this. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column: PostgreSQL and PGlite both hand it back as 'YYYY-MM-DD'. */
type Day = string;

export interface DialoguesTable {
  id: Generated<string>;
  municipality_id: string;
  /** medborgardialog | medarbetardialog | trygghetsvandring | est */
  kind: string;
  title: string;
  /** The day it took place; for a walk the walk's day (planned while at förmöte); for EST the Monday of the week. */
  date: Day;
  place: string | null;
  area_id: string | null;
  /** Counts by group: { "boende": 12, "näringsidkare": 3 } */
  participants: JSONColumnType<Record<string, number>>;
  note: string | null;
  /** Walks only: formote | vandring | aterkoppling | klar */
  stage: string | null;
  pre_meeting_date: Day | null;
  follow_up_date: Day | null;
  route: string | null;
  previous_walk_id: string | null;
  closed_on: Day | null;
  /** EST only: the reporting organisation and the ISO week ('2026-W07'). */
  reporter_organisation_id: string | null;
  week: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DialogueFindingsTable {
  id: Generated<string>;
  dialogue_id: string;
  position: number;
  /** Free text that may hold personal data: one column, redacted on the way out elsewhere. */
  text: string;
  category: string;
  area_id: string | null;
  seriousness: number;
  owner: string | null;
  action: string | null;
  due_date: Day | null;
  done_at: Day | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EstAnswersTable {
  report_id: string;
  item: string;
  level: number;
  note: string | null;
}

export interface DialogueTables {
  dialogues: DialoguesTable;
  dialogue_findings: DialogueFindingsTable;
  est_answers: EstAnswersTable;
}
