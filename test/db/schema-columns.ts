/**
 * Every table and column of the Kysely `Database` type (src/db/schema*.ts)
 * with the PostgreSQL type and nullability the migrations give it. The
 * compiler keeps this list in step with the types (`satisfies` below: a
 * table or column missing here or extra, or a PostgreSQL type that cannot
 * hold the column's TypeScript type, fails `npm run typecheck`);
 * migrations.test.ts keeps it in step with information_schema after all
 * migrations. So a type that drifts from its migration fails one of them.
 */
import type { SelectType } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/** The PostgreSQL types that can hold a value of TypeScript type T as read back by this app. */
type PgFor<T> = T extends Date
  ? 'timestamp with time zone' | 'timestamp without time zone'
  : T extends string
    ? 'text' | 'uuid' | 'character varying' | 'date' | 'numeric' | 'bigint' | 'inet' | 'time without time zone'
    : T extends number
      ? 'integer' | 'smallint' | 'bigint' | 'numeric' | 'real' | 'double precision'
      : T extends boolean
        ? 'boolean'
        : T extends Uint8Array
          ? 'bytea'
          : 'jsonb' | 'json';

/** '<type>' for a column that is never null, '<type> null' for one that may be. */
type Column<T> = null extends T ? `${PgFor<NonNullable<T>>} null` : PgFor<T>;

type Columns = { [Table in keyof Database]-?: { [Name in keyof Database[Table]]-?: Column<SelectType<Database[Table][Name]>> } };

export const SCHEMA_COLUMNS = {
  activities: {
    id: 'uuid', commitment_id: 'uuid', promise_set_id: 'uuid', date: 'date', time: 'text null',
    duration_minutes: 'integer null', quantity: 'numeric', organisation_id: 'uuid null', people: 'jsonb', outcomes: 'jsonb',
    note: 'text null', created_by: 'text', created_at: 'timestamp with time zone', updated_at: 'timestamp with time zone',
  },
  activity_areas: {
    activity_id: 'uuid', area_id: 'uuid',
  },
  activity_pieces: {
    commitment_id: 'uuid', piece_start: 'date', promise_set_id: 'uuid', quantity: 'numeric', part: 'numeric null',
    whole: 'numeric null', last_date: 'date', updated_at: 'timestamp with time zone',
  },
  agreement_parties: {
    agreement_id: 'uuid', organisation_id: 'uuid',
  },
  agreements: {
    id: 'uuid', title: 'text', period_from: 'date null', period_to: 'date null', extensions: 'jsonb', signatories: 'jsonb',
    focus_problems: 'jsonb', probable_causes: 'jsonb', goals: 'jsonb', follow_up: 'text null',
    follow_up_cadence: 'text null', documents: 'jsonb', created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone',
  },
  api_tokens: {
    id: 'uuid', organisation_id: 'uuid', role: 'text', name: 'text', token_hash: 'text', token_prefix: 'text',
    created_by: 'uuid null', created_at: 'timestamp with time zone', revoked_at: 'timestamp with time zone null',
    last_used_at: 'timestamp with time zone null',
  },
  areas: {
    id: 'uuid', municipality_id: 'uuid', name: 'text', kind: 'text', created_at: 'timestamp with time zone',
  },
  audit_log: {
    id: 'bigint', at: 'timestamp with time zone', actor_user_id: 'uuid null', actor_token_id: 'uuid null',
    actor_label: 'text', action: 'text', entity_type: 'text', entity_id: 'text null', organisation_id: 'uuid null',
    before: 'jsonb null', after: 'jsonb null',
  },
  commitments: {
    id: 'uuid', promise_set_id: 'uuid', focus_area_id: 'uuid', position: 'integer', text: 'text', responsible: 'jsonb',
    partners: 'jsonb', places: 'jsonb', target: 'jsonb', targets: 'jsonb', follow_up: 'jsonb', when_text: 'text null',
    condition: 'text null', owner: 'text null', removed_at: 'timestamp with time zone null', carried_from: 'uuid null',
  },
  dialogue_findings: {
    id: 'uuid', dialogue_id: 'uuid', position: 'integer', text: 'text', category: 'text', area_id: 'uuid null',
    seriousness: 'smallint', owner: 'text null', action: 'text null', due_date: 'date null', done_at: 'date null',
    created_at: 'timestamp with time zone', updated_at: 'timestamp with time zone',
  },
  dialogues: {
    id: 'uuid', municipality_id: 'uuid', kind: 'text', title: 'text', date: 'date', place: 'text null',
    area_id: 'uuid null', participants: 'jsonb', note: 'text null', stage: 'text null', pre_meeting_date: 'date null',
    follow_up_date: 'date null', route: 'text null', previous_walk_id: 'uuid null', closed_on: 'date null',
    reporter_organisation_id: 'uuid null', week: 'text null', created_by: 'text', created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone',
  },
  est_answers: {
    report_id: 'uuid', item: 'text', level: 'smallint', note: 'text null',
  },
  focus_areas: {
    id: 'uuid', promise_set_id: 'uuid', position: 'integer', title: 'text', removed_at: 'timestamp with time zone null',
  },
  follow_up_items: {
    follow_up_id: 'uuid', commitment_id: 'uuid', position: 'integer', done: 'numeric', required: 'numeric null',
    activities: 'integer', proposed: 'text', verdict: 'text null', comment: 'text null',
  },
  follow_ups: {
    id: 'uuid', promise_set_id: 'uuid', cadence: 'text', period_from: 'date', period_to: 'date', status: 'text',
    summary: 'text null', citizens_said: 'text null', next_steps: 'text null', due_date: 'date null', recipients: 'jsonb',
    reviews: 'jsonb', approvals: 'jsonb', published_at: 'timestamp with time zone null',
    created_at: 'timestamp with time zone', updated_at: 'timestamp with time zone',
  },
  idempotency_keys: {
    actor: 'text', key: 'text', request_hash: 'text', status: 'integer', response: 'jsonb',
    created_at: 'timestamp with time zone',
  },
  job_locks: {
    name: 'text', holder: 'text', locked_until: 'timestamp with time zone', last_run_on: 'date null',
  },
  memberships: {
    id: 'uuid', user_id: 'uuid', organisation_id: 'uuid', role: 'text', created_at: 'timestamp with time zone',
  },
  oidc_states: {
    state: 'text', nonce: 'text', code_verifier: 'text', return_to: 'text', created_at: 'timestamp with time zone',
  },
  organisation_coverage: {
    organisation_id: 'uuid', covered_id: 'uuid',
  },
  organisation_graph_version: {
    singleton: 'boolean', id: 'uuid', version: 'bigint',
  },
  organisations: {
    id: 'uuid', kind: 'text', name: 'text', code: 'text null', slug: 'text null', parent_id: 'uuid null',
    partner_type: 'text null', active: 'boolean', created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone',
  },
  password_resets: {
    token_hash: 'text', user_id: 'uuid', expires_at: 'timestamp with time zone', used_at: 'timestamp with time zone null',
    created_at: 'timestamp with time zone',
  },
  planned_activities: {
    id: 'uuid', commitment_id: 'uuid', promise_set_id: 'uuid', date: 'date', quantity: 'numeric', note: 'text null',
    created_by: 'text', created_at: 'timestamp with time zone',
  },
  police_notes: {
    id: 'uuid', municipality_id: 'uuid', year: 'integer', category: 'text', seriousness: 'integer', text: 'text',
    created_by: 'text', created_at: 'timestamp with time zone',
  },
  progress_cache: {
    promise_set_id: 'uuid', at: 'date', stamp: 'text', body: 'text', created_at: 'timestamp with time zone',
  },
  progress_versions: {
    promise_set_id: 'uuid', version: 'bigint', commitment_id: 'uuid',
  },
  promise_set_municipalities: {
    promise_set_id: 'uuid', position: 'integer', organisation_id: 'uuid null', name: 'text',
  },
  promise_set_versions: {
    promise_set_id: 'uuid', version: 'integer', status: 'text', document: 'jsonb', reason: 'text null', created_by: 'text',
    created_at: 'timestamp with time zone',
  },
  promise_sets: {
    id: 'uuid', agreement_id: 'uuid null', title: 'text null', status: 'text', version: 'integer', period_from: 'date null',
    period_to: 'date null', police_area: 'text null', signed_at: 'date null', signatories: 'jsonb',
    introduction: 'text null', sections: 'jsonb', warnings: 'jsonb', created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone', published_at: 'timestamp with time zone null',
  },
  public_page_cache: {
    key: 'text', etag: 'text', content_type: 'text', body: 'text', base64: 'boolean',
    last_modified: 'timestamp with time zone null', created_at: 'timestamp with time zone',
  },
  public_subscriptions: {
    id: 'uuid', municipality_id: 'uuid', email: 'text', locale: 'text', confirm_token_hash: 'text null',
    confirm_sent_at: 'timestamp with time zone null', confirmed_at: 'timestamp with time zone null',
    unsubscribe_token: 'text', unsubscribed_at: 'timestamp with time zone null', created_at: 'timestamp with time zone',
  },
  rate_limit_hits: {
    key_hash: 'text', at: 'timestamp with time zone',
  },
  reminders_sent: {
    key: 'text', sent_at: 'timestamp with time zone',
  },
  sessions: {
    id_hash: 'text', user_id: 'uuid', csrf_token: 'text', created_at: 'timestamp with time zone',
    expires_at: 'timestamp with time zone', last_seen_at: 'timestamp with time zone',
  },
  situation_pictures: {
    id: 'uuid', municipality_id: 'uuid', year: 'integer', crime_survey: 'text null', consequences: 'text null',
    other_information: 'text null', analysis: 'text null', weights: 'jsonb', created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone',
  },
  situation_problems: {
    picture_id: 'uuid', category: 'text', manual_rank: 'integer null', rank_reason: 'text null', prioritised: 'boolean',
    cause_type: 'text null', cause_horizon: 'text null', cause_text: 'text null', focus_area_ids: 'jsonb',
    commitment_ids: 'jsonb',
  },
  stats_crime_counts: {
    municipality_code: 'text', year: 'integer', category: 'text', count: 'integer null', rate_per_100k: 'numeric null',
    source: 'text', imported_at: 'timestamp with time zone',
  },
  stats_police_events: {
    id: 'bigint', occurred_at: 'timestamp with time zone', local_date: 'date', name: 'text', summary: 'text',
    url: 'text null', raw_type: 'text', type: 'text', category: 'text', location_name: 'text',
    municipality_code: 'text null', gps: 'text null', first_seen_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone',
  },
  stats_population: {
    municipality_code: 'text', year: 'integer', population: 'integer', imported_at: 'timestamp with time zone',
  },
  survey_browser_tokens: {
    survey_id: 'uuid', token_hash: 'text',
  },
  survey_codes: {
    survey_id: 'uuid', code_hash: 'text', batch: 'integer', used: 'boolean',
  },
  survey_pending_answers: {
    survey_id: 'uuid', shard: 'smallint', answers: 'jsonb', channel: 'text', submitted_on: 'date',
  },
  survey_responses: {
    id: 'uuid', survey_id: 'uuid', answers: 'jsonb', channel: 'text', submitted_on: 'date',
  },
  survey_salts: {
    day: 'date', salt: 'text',
  },
  survey_text_codes: {
    response_id: 'uuid', question_id: 'text', categories: 'jsonb', updated_at: 'timestamp with time zone',
  },
  surveys: {
    id: 'uuid', municipality_id: 'uuid', public_id: 'text', slug: 'text null', template_key: 'text null', title: 'jsonb',
    intro: 'jsonb null', languages: 'jsonb', questions: 'jsonb', scoring: 'jsonb', categories: 'jsonb', status: 'text',
    access: 'text', opens_on: 'date null', closes_on: 'date null', public_results: 'jsonb', created_by: 'text',
    created_at: 'timestamp with time zone', updated_at: 'timestamp with time zone',
    published_at: 'timestamp with time zone null', closed_at: 'timestamp with time zone null',
  },
  users: {
    id: 'uuid', email: 'text', name: 'text', password_hash: 'text null', oidc_subject: 'text null', locale: 'text',
    disabled_at: 'timestamp with time zone null', created_at: 'timestamp with time zone',
    updated_at: 'timestamp with time zone', notify_reminders: 'boolean', notify_digest: 'boolean',
  },
} as const satisfies Columns;
