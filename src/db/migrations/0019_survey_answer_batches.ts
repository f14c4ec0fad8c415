import { sql, type Kysely } from 'kysely';
import * as m0014 from './0014_submit_survey_answer.ts';

/**
 * Anonymous answers stored apart from whatever admitted them. Before, one
 * transaction used the code (or browser token), recorded the rate-limit hit
 * and wrote the answer, so the rows shared an xmin: a join named the code,
 * the salted address hash and the second. Now:
 *
 * - admit_survey_answer(): version check, rate limit, code or token. Writes
 *   no answer.
 * - store_survey_answer(), its own transaction: the answer joins one of the
 *   survey's groups of pending answers (survey_pending_answers: group,
 *   answers, channel and day only), and the group is rewritten in random
 *   order so its rows share one xmin and their physical order says nothing.
 *   Once `p_batch` answers wait in the group, they all move to
 *   survey_responses in random order and the group is emptied, in a
 *   transaction that touches nothing else.
 * - flush_survey_answers(): leftovers fewer than a batch (the daily job).
 *   They are mixed with randomly chosen stored answers (never coded ones)
 *   taken out and written again, so the batch is a full one and a short
 *   last batch does not single out the day's last answers.
 *
 * Answers stored before this migration are written again in random order,
 * so their old links (xmin shared with a used code) are gone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table survey_pending_answers (
      survey_id uuid not null references surveys (id) on delete cascade,
      shard smallint not null,
      answers jsonb not null,
      channel text not null check (channel in ('web', 'code', 'paper')),
      submitted_on date not null)`.execute(db);
  await sql`create index survey_pending_answers_survey_idx on survey_pending_answers (survey_id, shard)`.execute(db);
  await sql`drop function submit_survey_answer`.execute(db);
  await admitFunction(db);
  await storeFunction(db);
  await flushFunction(db);
  await reshuffleStoredAnswers(db);
}

async function admitFunction(db: Kysely<any>): Promise<void> {
  await sql`create function admit_survey_answer(
      p_survey uuid, p_version text, p_rate_key text, p_limit integer, p_since timestamptz, p_now timestamptz,
      p_token_hash text, p_code_hash text)
    returns table (outcome text, first_hit timestamptz) language plpgsql as $$
    declare
      hits integer;
      earliest timestamptz;
    begin
      -- Committed without waiting for the disk: the answer's own transaction comes after and waits, and
      -- its flush of the log carries this one too. Only an unacknowledged code use can be lost in a crash.
      perform set_config('synchronous_commit', 'off', true);
      if not exists (select 1 from surveys s where s.id = p_survey and s.xmin::text = p_version) then
        return query select 'stale'::text, null::timestamptz;
        return;
      end if;
      select count(*), min(h.at) into hits, earliest from rate_limit_hits h where h.key_hash = p_rate_key and h.at > p_since;
      if hits >= p_limit then
        return query select 'rate_limited'::text, earliest;
        return;
      end if;
      insert into rate_limit_hits (key_hash, at) values (p_rate_key, p_now);
      if p_code_hash is not null then
        update survey_codes set used = true where survey_id = p_survey and code_hash = p_code_hash and not used;
        if not found then
          return query select case when exists (select 1 from survey_codes where survey_id = p_survey and code_hash = p_code_hash)
            then 'code_used' else 'code_invalid' end, null::timestamptz;
          return;
        end if;
      else
        insert into survey_browser_tokens (survey_id, token_hash) values (p_survey, p_token_hash) on conflict do nothing;
        if not found then
          return query select 'already_answered'::text, null::timestamptz;
          return;
        end if;
      end if;
      return query select 'ok'::text, null::timestamptz;
    end $$`.execute(db);
}

/**
 * A survey's waiting answers are kept in SHARDS groups, each with its own
 * advisory lock, so answers arriving together do not queue behind one lock
 * (each commit holds it): a writer takes the first free group, so answers
 * arriving one by one all use the first and form batches soonest. One group's waiting answers are rewritten together and
 * move together, so a batch is exactly `p_batch` answers and none moves
 * twice. With `p_flush` false (a paper answer, whose transaction also
 * writes the audit entry) the batch is left for flush_survey_answers, in a
 * transaction of its own.
 */
const SHARDS = 8;

async function storeFunction(db: Kysely<any>): Promise<void> {
  await sql`create function store_survey_answer(
      p_survey uuid, p_answers jsonb, p_channel text, p_day date, p_batch integer, p_flush boolean)
    returns integer language plpgsql as $$
    declare
      waiting integer;
      chosen integer;
    begin
      for i in 0 .. ${sql.lit(SHARDS - 1)} loop
        chosen := i;
        exit when pg_try_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
        chosen := null;
      end loop;
      if chosen is null then
        chosen := floor(random() * ${sql.lit(SHARDS)})::integer;
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
}

/**
 * Moves all of a survey's waiting answers (every group, locked in order),
 * if at least `p_min` wait or `p_pad` is set; with `p_pad`, stored uncoded
 * answers chosen at random (keeping their ids) fill the batch up to
 * `p_min`. Returns how many waiting answers moved.
 */
async function flushFunction(db: Kysely<any>): Promise<void> {
  await sql`create function flush_survey_answers(p_survey uuid, p_min integer, p_pad boolean)
    returns integer language plpgsql as $$
    declare
      waiting integer;
    begin
      for i in 0 .. ${sql.lit(SHARDS - 1)} loop
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
}

/**
 * Each survey's stored answers written again in random order, with their
 * codings, in one statement (a DO block), so its temporary tables live on
 * one connection whatever runs the migration.
 */
async function reshuffleStoredAnswers(db: Kysely<any>): Promise<void> {
  await sql`do $$ begin
      create temporary table reshuffled_codes as select * from survey_text_codes;
      create temporary table reshuffled_answers as select * from survey_responses;
      delete from survey_responses;
      insert into survey_responses (id, survey_id, answers, channel, submitted_on)
        select id, survey_id, answers, channel, submitted_on from reshuffled_answers order by random();
      insert into survey_text_codes select * from reshuffled_codes;
      drop table reshuffled_codes;
      drop table reshuffled_answers;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function flush_survey_answers`.execute(db);
  await sql`drop function store_survey_answer`.execute(db);
  await sql`drop function admit_survey_answer`.execute(db);
  await sql`insert into survey_responses (survey_id, answers, channel, submitted_on)
    select survey_id, answers, channel, submitted_on from survey_pending_answers`.execute(db);
  await sql`drop table survey_pending_answers`.execute(db);
  await m0014.up(db);
}
