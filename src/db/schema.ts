/** Table types for Kysely. Keep in step with migrations/. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { StatsTables } from './schema-stats.ts';
import type { SurveyTables } from './schema-surveys.ts';
import type { DialogueTables } from './schema-dialogues.ts';
import type { PublicTables } from './schema-public.ts';
import type { SituationTables } from './schema-situation.ts';
import type { EventTables } from './schema-events.ts';
import type { TrygghetTables } from './schema-trygghet.ts';
import type { ActionPlanTables } from './schema-action-plans.ts';
import type { OutcomeTables } from './schema-outcomes.ts';
import type { PrivacyTables } from './schema-privacy.ts';
import type { TranslationTables } from './schema-translations.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type OrganisationKind = 'platform' | 'region' | 'police_area' | 'municipality' | 'partner';

export interface OrganisationsTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  /** kommunkod for kommuner; null otherwise */
  code: string | null;
  slug: string | null;
  parent_id: string | null;
  partner_type: string | null;
  /** The kommun (or LPO) uses the product: listed on the public start page. */
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OrganisationCoverageTable {
  organisation_id: string;
  covered_id: string;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  oidc_subject: string | null;
  locale: Generated<string>;
  disabled_at: NullableTimestamp;
  notify_reminders: Generated<boolean>;
  notify_digest: Generated<boolean>;
  /** Erased on request (migration 0028): name and e-mail are a pseudonym. */
  erased_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organisation_id: string;
  role: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_by: string | null;
  created_at: CreatedAt;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  organisation_id: string | null;
  before: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export interface RateLimitHitsTable {
  key_hash: string;
  at: CreatedAt;
}

export interface OidcStatesTable {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: CreatedAt;
}

type Json<T extends object | null> = JSONColumnType<T, string, string>;
type DateCol = ColumnType<string | null, string | null | undefined, string | null>;

export interface AreasTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  kind: Generated<string>;
  created_at: CreatedAt;
}

export interface AgreementsTable {
  id: Generated<string>;
  title: string;
  period_from: DateCol;
  period_to: DateCol;
  extensions: Json<unknown[]>;
  signatories: Json<unknown[]>;
  focus_problems: Json<string[]>;
  probable_causes: Json<string[]>;
  goals: Json<unknown[]>;
  follow_up: string | null;
  follow_up_cadence: string | null;
  documents: Json<unknown[]>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AgreementPartiesTable {
  agreement_id: string;
  organisation_id: string;
}

export interface PromiseSetsTable {
  id: Generated<string>;
  agreement_id: string | null;
  title: string | null;
  status: Generated<string>;
  version: Generated<number>;
  period_from: DateCol;
  period_to: DateCol;
  police_area: string | null;
  signed_at: DateCol;
  signatories: Json<unknown[]>;
  introduction: string | null;
  sections: Json<Record<string, string | null>>;
  warnings: Json<string[]>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  published_at: NullableTimestamp;
}

export interface PromiseSetMunicipalitiesTable {
  promise_set_id: string;
  position: number;
  organisation_id: string | null;
  name: string;
}

export interface FocusAreasTable {
  id: Generated<string>;
  promise_set_id: string;
  position: number;
  title: string;
  removed_at: NullableTimestamp;
}

export interface CommitmentsTable {
  id: Generated<string>;
  promise_set_id: string;
  focus_area_id: string;
  position: number;
  text: string;
  responsible: Json<string[]>;
  partners: Json<string[]>;
  places: Json<string[]>;
  target: Json<Record<string, unknown>>;
  targets: Json<unknown[]>;
  follow_up: Json<string[]>;
  when_text: string | null;
  condition: string | null;
  owner: string | null;
  removed_at: NullableTimestamp;
  carried_from: string | null;
}

export interface PromiseSetVersionsTable {
  promise_set_id: string;
  version: number;
  status: string;
  document: Json<Record<string, unknown>>;
  reason: string | null;
  created_by: string;
  created_at: CreatedAt;
}

type Numeric = ColumnType<string, number | string | undefined, number | string>;

export interface ActivitiesTable {
  id: Generated<string>;
  commitment_id: string;
  promise_set_id: string;
  date: string;
  time: string | null;
  duration_minutes: number | null;
  quantity: Numeric;
  organisation_id: string | null;
  people: Json<string[]>;
  outcomes: Json<Record<string, number>>;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActivityAreasTable {
  activity_id: string;
  area_id: string;
}

export interface PlannedActivitiesTable {
  id: Generated<string>;
  commitment_id: string;
  promise_set_id: string;
  date: string;
  quantity: Numeric;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface JobLocksTable {
  name: string;
  holder: string;
  locked_until: Timestamp;
  last_run_on: DateCol;
}

export interface RemindersSentTable {
  key: string;
  sent_at: CreatedAt;
}

export interface ActivityPiecesTable {
  commitment_id: string;
  piece_start: string;
  promise_set_id: string;
  quantity: Numeric;
  part: Numeric | null;
  whole: Numeric | null;
  last_date: string;
  updated_at: Generated<Date>;
}

export interface ProgressCacheTable {
  promise_set_id: string;
  at: string;
  stamp: string;
  body: string;
  created_at: Generated<Date>;
}

export interface OrganisationGraphVersionTable {
  singleton: Generated<boolean>;
  id: Generated<string>;
  version: Generated<string>;
}

export interface ProgressVersionsTable {
  promise_set_id: string;
  /** The commitment whose pieces changed; the nil id stands for the whole set. */
  commitment_id: Generated<string>;
  version: Generated<string>;
}

/** The first answer to an intake request with an Idempotency-Key (migration 0020, src/app/idempotency.ts). */
export interface IdempotencyKeysTable {
  actor: string;
  key: string;
  request_hash: string;
  status: number;
  response: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface FollowUpsTable {
  id: Generated<string>;
  promise_set_id: string;
  cadence: string;
  period_from: string;
  period_to: string;
  status: Generated<string>;
  summary: string | null;
  citizens_said: string | null;
  next_steps: string | null;
  due_date: DateCol;
  recipients: Json<string[]>;
  reviews: Json<{ party: string; by: string; at: string }[]>;
  approvals: Json<{ party: string; by: string; at: string }[]>;
  published_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FollowUpItemsTable {
  follow_up_id: string;
  commitment_id: string;
  position: number;
  done: Numeric;
  required: Numeric | null;
  activities: number;
  proposed: string;
  verdict: string | null;
  comment: string | null;
}

export interface Database
  extends StatsTables,
    SurveyTables,
    DialogueTables,
    SituationTables,
    PublicTables,
    EventTables,
    TrygghetTables,
    ActionPlanTables,
    OutcomeTables,
    PrivacyTables,
    TranslationTables {
  organisations: OrganisationsTable;
  organisation_coverage: OrganisationCoverageTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  rate_limit_hits: RateLimitHitsTable;
  oidc_states: OidcStatesTable;
  areas: AreasTable;
  agreements: AgreementsTable;
  agreement_parties: AgreementPartiesTable;
  promise_sets: PromiseSetsTable;
  promise_set_municipalities: PromiseSetMunicipalitiesTable;
  focus_areas: FocusAreasTable;
  commitments: CommitmentsTable;
  promise_set_versions: PromiseSetVersionsTable;
  activities: ActivitiesTable;
  activity_areas: ActivityAreasTable;
  planned_activities: PlannedActivitiesTable;
  job_locks: JobLocksTable;
  reminders_sent: RemindersSentTable;
  activity_pieces: ActivityPiecesTable;
  follow_ups: FollowUpsTable;
  follow_up_items: FollowUpItemsTable;
  progress_cache: ProgressCacheTable;
  organisation_graph_version: OrganisationGraphVersionTable;
  progress_versions: ProgressVersionsTable;
  idempotency_keys: IdempotencyKeysTable;
}
