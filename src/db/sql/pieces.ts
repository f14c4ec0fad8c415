/**
 * The one definition of the activity piece rule and of log_activity(), as
 * SQL text, and how TypeScript calls them. Migration 0021 installs these
 * definitions; a later change to either is made here and installed by a
 * new migration that runs the then-current text (older migrations keep the
 * copies they installed, so replaying them still gives the schema they
 * gave). See docs/ARCHITECTURE.md, "SQL functions are written once".
 */
import { sql, type RawBuilder } from 'kysely';

/**
 * activity_piece(d, per): the first day of the piece an activity dated `d`
 * is summed into (see activity_pieces, migration 0004): the day itself for
 * a `per: day` target, otherwise the later of the ISO week's and the
 * calendar month's first day, so no bucket boundary can cut a piece. `per`
 * null gives the week ∩ month piece. On `timestamp` (not `timestamptz`),
 * so the result does not depend on the session's time zone and the
 * function is truly immutable: the planner inlines it into each query.
 */
export const ACTIVITY_PIECE_FUNCTION = sql`create or replace function activity_piece(d date, per text) returns date
  language sql immutable parallel safe as $$
    select case when per = 'day' then d
      else greatest(date_trunc('week', d::timestamp), date_trunc('month', d::timestamp))::date end
  $$`;

/** The piece holding `date` for a commitment whose target is counted per `per` (an SQL expression). */
export function activityPiece(date: RawBuilder<unknown> | string, per: RawBuilder<unknown> | null): RawBuilder<string> {
  return sql<string>`activity_piece(${date}::date, ${per ?? sql`null`})`;
}

/** Adds a row's sums to its piece: log_activity() for one activity, bulk intake (app/activities/intake.ts) for many. */
const ADD_TO_PIECE = `on conflict (commitment_id, piece_start) do update set quantity = activity_pieces.quantity + excluded.quantity,
          part = case when excluded.part is null then activity_pieces.part else coalesce(activity_pieces.part, 0) + excluded.part end,
          whole = case when excluded.whole is null then activity_pieces.whole else coalesce(activity_pieces.whole, 0) + excluded.whole end,
          last_date = greatest(activity_pieces.last_date, excluded.last_date), updated_at = clock_timestamp()`;

/** The `on conflict` clause that adds an insert's sums to the piece already stored. */
export const ADD_TO_PIECE_ON_CONFLICT = sql.raw(ADD_TO_PIECE);

/**
 * log_activity(): the intake of one activity (see migration 0013 for why a
 * PL/pgSQL function, and 0016 for the commitment's version row as its
 * lock). Its parameters are passed by name (logActivityCall below), never
 * by position. Returns the stored row, or no row when the guard refused.
 */
export const LOG_ACTIVITY_FUNCTION = sql.raw(`create or replace function log_activity(
      p_commitment uuid, p_check boolean, p_reach uuid[],
      p_date date, p_time text, p_duration integer, p_quantity numeric, p_organisation uuid,
      p_people jsonb, p_outcomes jsonb, p_note text, p_created_by text, p_areas uuid[],
      p_actor_user uuid, p_actor_token uuid, p_actor_label text, p_audit jsonb)
    returns setof activities language plpgsql as $$
    declare
      target record;
      stored activities;
    begin
      select c.id, c.promise_set_id, c.target->>'per' as per, s.period_from, s.period_to,
        (select m.organisation_id from promise_set_municipalities m where m.promise_set_id = s.id and m.organisation_id is not null
          order by m.position limit 1) as municipality_id
      into target
      from commitments c join promise_sets s on s.id = c.promise_set_id
      where c.id = p_commitment and (not p_check or (c.removed_at is null and s.status <> 'closed'
        and (p_reach is null or exists (select 1 from promise_set_municipalities m
          where m.promise_set_id = s.id and m.organisation_id = any(p_reach)))));
      if not found then
        return;
      end if;

      insert into activities (commitment_id, promise_set_id, date, time, duration_minutes, quantity, organisation_id, people, outcomes, note, created_by)
      values (target.id, target.promise_set_id, p_date, p_time, p_duration, p_quantity, p_organisation, p_people, p_outcomes, p_note, p_created_by)
      returning * into stored;

      if cardinality(p_areas) > 0 then
        insert into activity_areas (activity_id, area_id) select stored.id, x from unnest(p_areas) x;
      end if;

      insert into audit_log (actor_user_id, actor_token_id, actor_label, action, entity_type, entity_id, organisation_id, before, after)
      values (p_actor_user, p_actor_token, p_actor_label, 'activity.create', 'activity', stored.id::text, target.municipality_id, null, p_audit);

      -- The commitment's version row before its piece: it is the commitment's lock, taken before any of
      -- its piece rows in every path that changes pieces (see pieces.ts), so writers never wait on each
      -- other in a circle. Taken last but one, so it is held as briefly as can be.
      insert into progress_versions (promise_set_id, commitment_id) values (target.promise_set_id, target.id)
      on conflict (promise_set_id, commitment_id) do update set version = progress_versions.version + 1;

      if (target.period_from is null or p_date >= target.period_from) and (target.period_to is null or p_date <= target.period_to) then
        insert into activity_pieces (commitment_id, piece_start, promise_set_id, quantity, part, whole, last_date)
        values (target.id, activity_piece(p_date, target.per),
          target.promise_set_id, p_quantity, (p_outcomes->>'part')::numeric, (p_outcomes->>'whole')::numeric, p_date)
        ${ADD_TO_PIECE};
      end if;

      return next stored;
    end $$`);

/** log_activity()'s arguments, each with its SQL type: the call names every one. */
const LOG_ACTIVITY_PARAMETERS = {
  commitment: 'uuid',
  check: 'boolean',
  reach: 'uuid[]',
  date: 'date',
  time: 'text',
  duration: 'integer',
  quantity: 'numeric',
  organisation: 'uuid',
  people: 'jsonb',
  outcomes: 'jsonb',
  note: 'text',
  createdBy: 'text',
  areas: 'uuid[]',
  actorUser: 'uuid',
  actorToken: 'uuid',
  actorLabel: 'text',
  audit: 'jsonb',
} as const;

export type LogActivityArgs = { [K in keyof typeof LOG_ACTIVITY_PARAMETERS]: unknown };

/** `log_activity(p_commitment => …, p_check => …, …)`: one round trip, every argument by name. */
export function logActivityCall(args: LogActivityArgs): RawBuilder<unknown> {
  const named = Object.entries(LOG_ACTIVITY_PARAMETERS).map(([key, type]) => {
    const name = `p_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
    return sql`${sql.raw(name)} => ${args[key as keyof LogActivityArgs]}::${sql.raw(type)}`;
  });
  return sql`log_activity(${sql.join(named)})`;
}
