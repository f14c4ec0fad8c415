import { sql, type Kysely } from 'kysely';
import { ACTIVITY_PIECE_FUNCTION, LOG_ACTIVITY_FUNCTION } from '../sql/pieces.ts';

/**
 * The activity piece rule as one SQL function, activity_piece(date, per),
 * which log_activity(), pieces.ts, progress.ts and bulk intake all call
 * instead of each writing the rule out; log_activity() is replaced to use
 * it (same signature and behaviour; its caller now passes every argument by
 * name). Both definitions come from src/db/sql/pieces.ts, their one source.
 *
 * A later change to either function is made in that file and installed by
 * a new migration; that migration's `down` keeps a copy of the definition
 * it replaces, as this one's does (of migration 0016's log_activity()), so
 * every migration still replays to the schema it gave when it landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await ACTIVITY_PIECE_FUNCTION.execute(db);
  await LOG_ACTIVITY_FUNCTION.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // log_activity() as migration 0016 left it (a copy: 0016 cannot be asked for it), then the piece function.
  await sql`create or replace function log_activity(
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
        values (target.id,
          case when target.per = 'day' then p_date else greatest(date_trunc('week', p_date)::date, date_trunc('month', p_date)::date) end,
          target.promise_set_id, p_quantity, (p_outcomes->>'part')::numeric, (p_outcomes->>'whole')::numeric, p_date)
        on conflict (commitment_id, piece_start) do update set quantity = activity_pieces.quantity + excluded.quantity,
          part = case when excluded.part is null then activity_pieces.part else coalesce(activity_pieces.part, 0) + excluded.part end,
          whole = case when excluded.whole is null then activity_pieces.whole else coalesce(activity_pieces.whole, 0) + excluded.whole end,
          last_date = greatest(activity_pieces.last_date, excluded.last_date), updated_at = clock_timestamp();
      end if;

      return next stored;
    end $$`.execute(db);
  await sql`drop function activity_piece(date, text)`.execute(db);
}
