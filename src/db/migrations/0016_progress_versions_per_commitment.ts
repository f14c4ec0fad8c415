import { sql, type Kysely } from 'kysely';
import { up as logActivityOfMigration0013 } from './0013_log_activity.ts';

/** The row that stands for the set as a whole. */
export const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * progress_versions gets one row per commitment (and one for the set as a
 * whole, under the nil id, bumped when all its pieces are rebuilt). Before,
 * every activity logged against a set bumped the set's one row, so all
 * writers to a set queued on that row lock until each commit was flushed
 * to disk: a kommun's twelve commitments could be logged only one after
 * another. Now writers queue only behind writers to the same commitment
 * (who already share its piece sums).
 *
 * The progress cache stamp is the sum of a set's rows. Rows are never
 * deleted while their set exists (no foreign key to commitments) and each
 * bump adds one, so every committed change makes the sum larger than any
 * sum seen before: a stamp cannot come back.
 *
 * The commitment's row is also its lock: every path that changes activity
 * pieces bumps it before touching any piece (log_activity() below, and
 * pieces.ts), and a transaction that logs against several commitments does
 * so in commitment order, so no two writers can wait on each other in a
 * circle (before, two batch uploads to one set could deadlock).
 *
 * log_activity() is replaced to bump its commitment's row first; otherwise
 * it is the function of migration 0013.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_versions add column commitment_id uuid not null default ${sql.lit(NIL)}`.execute(db);
  await sql`alter table progress_versions drop constraint progress_versions_pkey`.execute(db);
  await sql`alter table progress_versions add primary key (promise_set_id, commitment_id)`.execute(db);

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
}

export async function down(db: Kysely<any>): Promise<void> {
  // Back to one row per set, keeping each set's sum so its stamp still never comes back.
  await sql`insert into progress_versions (promise_set_id, commitment_id, version)
    select distinct promise_set_id, ${NIL}::uuid, 0 from progress_versions on conflict do nothing`.execute(db);
  await sql`update progress_versions p set version = t.total
    from (select promise_set_id, sum(version) as total from progress_versions group by 1) t
    where t.promise_set_id = p.promise_set_id and p.commitment_id = ${NIL}::uuid`.execute(db);
  await sql`delete from progress_versions where commitment_id <> ${NIL}::uuid`.execute(db);
  await sql`alter table progress_versions drop constraint progress_versions_pkey`.execute(db);
  await sql`alter table progress_versions drop column commitment_id`.execute(db);
  await sql`alter table progress_versions add primary key (promise_set_id)`.execute(db);
  await sql`drop function log_activity`.execute(db);
  await logActivityOfMigration0013(db);
}
