import { sql, type Kysely } from 'kysely';
import {
  ADD_SURVEY_ANSWER_COUNTS_FUNCTION,
  FLUSH_SURVEY_ANSWERS_FUNCTION,
  REBUILD_SURVEY_ANSWER_COUNTS_FUNCTION,
  STORE_SURVEY_ANSWER_FUNCTION,
  SURVEY_ANSWER_COUNT_KEYS_FUNCTION,
  SURVEY_ANSWER_GIVEN_FUNCTION,
} from '../sql/survey-answers.ts';

/**
 * Running counts of survey answers (survey_answer_counts), so results read
 * counts instead of every answer. A batch of answers is counted in the call
 * that moves it to survey_responses (store_survey_answer() and
 * flush_survey_answers(), replaced here from src/db/sql/survey-answers.ts),
 * never while answers wait: the counts change only with a batch, so they
 * tell no more about an answer's order or time than the batch does. Kept
 * per waiting group (shard), so writers of different groups never wait on
 * each other's rows, and per breakdown group, with the question's values
 * in one jsonb object, so a batch rewrites a few rows; kept in the row
 * uncompressed up to a page (compressing a few kB on every batch cost about
 * a third of the answer intake). Every survey's stored answers are counted once here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table survey_answer_counts (
      survey_id uuid not null references surveys (id) on delete cascade,
      shard smallint not null,
      dimension text not null check (dimension in ('', 'area', 'gender', 'age_band')),
      grp text not null,
      counts jsonb not null,
      primary key (survey_id, shard, dimension, grp))
    with (toast_tuple_target = 8160)`.execute(db);
  await SURVEY_ANSWER_GIVEN_FUNCTION.execute(db);
  await SURVEY_ANSWER_COUNT_KEYS_FUNCTION.execute(db);
  await ADD_SURVEY_ANSWER_COUNTS_FUNCTION.execute(db);
  await REBUILD_SURVEY_ANSWER_COUNTS_FUNCTION.execute(db);
  await STORE_SURVEY_ANSWER_FUNCTION.execute(db);
  await FLUSH_SURVEY_ANSWERS_FUNCTION.execute(db);
  await sql`select rebuild_survey_answer_counts(s.id) from surveys s
    where exists (select 1 from survey_responses r where r.survey_id = s.id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // store_survey_answer() and flush_survey_answers() as migration 0019 left them (copies: 0019 cannot be asked for them).
  await sql`create or replace function store_survey_answer(
      p_survey uuid, p_answers jsonb, p_channel text, p_day date, p_batch integer, p_flush boolean)
    returns integer language plpgsql as $$
    declare
      waiting integer;
      chosen integer;
    begin
      for i in 0 .. 7 loop
        chosen := i;
        exit when pg_try_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
        chosen := null;
      end loop;
      if chosen is null then
        chosen := floor(random() * 8)::integer;
        perform pg_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
      end if;
      select count(*) into waiting from survey_pending_answers where survey_id = p_survey and shard = chosen;
      if p_flush and waiting + 1 >= p_batch then
        with moved as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
            returning answers, channel, submitted_on)
        insert into survey_responses (survey_id, answers, channel, submitted_on)
          select p_survey, a.answers, a.channel, a.submitted_on
          from (select answers, channel, submitted_on from moved union all select p_answers, p_channel, p_day) a
          order by random();
        return waiting + 1;
      end if;
      with kept as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
          returning answers, channel, submitted_on)
      insert into survey_pending_answers (survey_id, shard, answers, channel, submitted_on)
        select p_survey, chosen, a.answers, a.channel, a.submitted_on
        from (select answers, channel, submitted_on from kept union all select p_answers, p_channel, p_day) a
        order by random();
      return 0;
    end $$`.execute(db);
  await sql`create or replace function flush_survey_answers(p_survey uuid, p_min integer, p_pad boolean)
    returns integer language plpgsql as $$
    declare
      waiting integer;
    begin
      for i in 0 .. 7 loop
        perform pg_advisory_xact_lock(hashtext('survey-answers:' || i), hashtext(p_survey::text));
      end loop;
      select count(*) into waiting from survey_pending_answers where survey_id = p_survey;
      if waiting = 0 or (waiting < p_min and not p_pad) then
        return 0;
      end if;
      with padding as (
        delete from survey_responses where id in (
          select r.id from survey_responses r
          where r.survey_id = p_survey and not exists (select 1 from survey_text_codes t where t.response_id = r.id)
          order by random() limit greatest(p_min - waiting, 0) for update skip locked)
        returning id, answers, channel, submitted_on),
      moved as (delete from survey_pending_answers where survey_id = p_survey
        returning gen_random_uuid() as id, answers, channel, submitted_on)
      insert into survey_responses (id, survey_id, answers, channel, submitted_on)
        select a.id, p_survey, a.answers, a.channel, a.submitted_on
        from (select * from padding union all select * from moved) a
        order by random();
      return waiting;
    end $$`.execute(db);
  await sql`drop function rebuild_survey_answer_counts`.execute(db);
  await sql`drop function add_survey_answer_counts`.execute(db);
  await sql`drop function survey_answer_count_keys`.execute(db);
  await sql`drop function survey_answer_given`.execute(db);
  await sql`drop table survey_answer_counts`.execute(db);
}
