import { sql, type Kysely } from 'kysely';

/**
 * log_activity(): the intake of one activity as a PL/pgSQL function, so its
 * statements are planned once per connection instead of on every call (the
 * planning of the same work as one big statement cost as much as running
 * it). In one call, atomically: the guard (when asked), the activity, its
 * places, the sum of its piece (see src/app/activities/pieces.ts), the
 * set's progress version and the audit entry. Returns the stored row, or
 * no row when the guard refused.
 *
 * Guard (p_check): the commitment is not removed, its set is not closed,
 * and, unless p_reach is null (reaches all), one of the set's kommuner is
 * in p_reach. Without p_check the caller has checked everything.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function log_activity(
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

      insert into activity_areas (activity_id, area_id) select stored.id, x from unnest(p_areas) x;

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

      insert into progress_versions (promise_set_id) values (target.promise_set_id)
      on conflict (promise_set_id) do update set version = progress_versions.version + 1;

      insert into audit_log (actor_user_id, actor_token_id, actor_label, action, entity_type, entity_id, organisation_id, before, after)
      values (p_actor_user, p_actor_token, p_actor_label, 'activity.create', 'activity', stored.id::text, target.municipality_id, null, p_audit);

      return next stored;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function log_activity`.execute(db);
}
