/**
 * How a survey answer is taken in and counted since migration 0029, as SQL
 * text (the definitions of migration 0027 stay in survey-answers.ts, which
 * 0027 installs and 0029's `down` puts back). What changed, by measurement
 * (bench/surveys.ts, docs/ARCHITECTURE.md "Survey results read running
 * counts"):
 *
 * - an answer's count keys are worked out by the app as it reads the
 *   answer (src/domain/surveys/count-keys.ts) and wait with the answer in
 *   survey_pending_answers (count_groups, count_keys, count_own); a batch
 *   adds them up instead of taking every answer apart against the
 *   survey's questions in SQL, which cost more than storing the answer;
 * - a public answer is one call, take_survey_answer(): a procedure that
 *   admits the answer (admit_survey_answer, migration 0019), commits, and
 *   stores the answer in a transaction of its own, so the answer still
 *   never shares a transaction with its code, token or rate-limit hit,
 *   without a second round trip.
 *
 * A row written to survey_pending_answers without its count parts, and
 * one whose answers are updated in place (as when two areas merge), gets
 * them from survey_answer_count_keys() by a trigger, so the parts always
 * follow the answers. A group is `dimension chr(31) group`, the total chr(31) alone.
 */
import { sql } from 'kysely';
import { ANSWER_SHARDS } from './survey-answers.ts';

/** Count parts of a waiting answer written without them, or whose answers changed, from the database's own rule. */
export const SURVEY_PENDING_COUNT_PARTS_FUNCTION = sql`create or replace function survey_pending_count_parts()
  returns trigger language plpgsql as $$
    begin
      select coalesce(array_agg(distinct k.dimension || chr(31) || k.grp), '{}'),
        coalesce(array_agg(distinct k.question_id || '|' || k.value) filter (where k.dimension <> ''), '{}'),
        coalesce(array_agg(distinct k.question_id || '|' || k.value) filter (where k.dimension = ''), '{}')
      into new.count_groups, new.count_keys, new.count_own
      from surveys s cross join lateral survey_answer_count_keys(s.questions, new.answers) k
      where s.id = new.survey_id;
      new.count_own := array(select unnest(new.count_own) except select unnest(new.count_keys));
      return new;
    end $$`;

/**
 * Adds counts to the survey's group `p_shard`: `p_n[i]` to key `p_keys[i]`
 * of group `p_groups[i]` (one entry per group and key). One row per
 * breakdown group, its counts a jsonb object from key to n, written in
 * key order so two writers never wait on each other in a circle; a generic
 * plan, planned once per connection.
 */
export const ADD_SURVEY_ANSWER_COUNTS_FUNCTION = sql`create or replace function add_survey_answer_counts(
    p_survey uuid, p_shard smallint, p_groups text[], p_keys text[], p_n integer[])
  returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
    begin
    insert into survey_answer_counts as c (survey_id, shard, dimension, grp, counts)
    select p_survey, p_shard, split_part(x.g, chr(31), 1), substr(x.g, strpos(x.g, chr(31)) + 1),
      jsonb_object(array_agg(x.k), array_agg(x.n::text))
    from unnest(p_groups, p_keys, p_n) x(g, k, n)
    group by x.g
    order by 3, 4
    on conflict (survey_id, shard, dimension, grp) do update set counts = c.counts || (
      select jsonb_object(array_agg(e.key), array_agg((coalesce((c.counts ->> e.key)::integer, 0) + e.value::integer)::text))
      from jsonb_each_text(excluded.counts) e);
    end $$`;

/** The waiting group a writer takes: the first free one, else one at random, waiting for it (migration 0019). */
const TAKE_SHARD = sql`
      for i in 0 .. ${sql.lit(ANSWER_SHARDS - 1)} loop
        chosen := i;
        exit when pg_try_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
        chosen := null;
      end loop;
      if chosen is null then
        chosen := floor(random() * ${sql.lit(ANSWER_SHARDS)})::integer;
        perform pg_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
      end if;`;

/**
 * The end of a batch's statement: its count parts (CTE `batch`, the group's
 * answers with their parts) added up per group and key and added to the
 * counts of the waiting group `chosen`.
 */
const COUNT_BATCH = sql`pairs as (select g, k from batch b cross join unnest(b.count_groups) g cross join unnest(b.count_keys) k
          union all select chr(31), k from batch b cross join unnest(b.count_own) k)
        select array_agg(s.g), array_agg(s.k), array_agg(s.n) into groups, keys, ns
        from (select g, k, count(*)::integer as n from pairs group by g, k) s;
        perform add_survey_answer_counts(p_survey, chosen::smallint, groups, keys, ns);`;

/**
 * store_survey_answer(): the answer (with its count parts) joins the first
 * free of the survey's groups of waiting answers, which is rewritten in
 * random order; when the group holds a batch and `p_flush` is set, the
 * batch moves to survey_responses in random order and its count parts are
 * added up into the counts, in this same call (a transaction that touches
 * nothing but answers and their counts). Returns how many answers moved.
 * The waiting answers are read by index, never by a bitmap or a whole-table
 * scan: they are rewritten with every answer, so until autovacuum comes the
 * table is mostly dead rows, which a bitmap scan visits every time and an
 * index scan learns to skip (the planner, seeing a small table, chose the
 * bitmap scan, and an answer's database time grew through a busy minute).
 */
export const STORE_SURVEY_ANSWER_FUNCTION = sql`create or replace function store_survey_answer(
    p_survey uuid, p_answers jsonb, p_groups text[], p_keys text[], p_own text[], p_channel text, p_day date,
    p_batch integer, p_flush boolean)
  returns integer language plpgsql set enable_seqscan = off set enable_bitmapscan = off as $$
    declare
      waiting integer;
      chosen integer;
      groups text[];
      keys text[];
      ns integer[];
    begin
      ${TAKE_SHARD}
      select count(*) into waiting from survey_pending_answers where survey_id = p_survey and shard = chosen;
      if p_flush and waiting + 1 >= p_batch then
        with taken as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
            returning answers, channel, submitted_on, count_groups, count_keys, count_own),
        batch as (select answers, channel, submitted_on, count_groups, count_keys, count_own from taken
          union all select p_answers, p_channel, p_day, p_groups, p_keys, p_own),
        stored as (insert into survey_responses (survey_id, answers, channel, submitted_on)
          select p_survey, b.answers, b.channel, b.submitted_on from batch b order by random()),
        ${COUNT_BATCH}
        return waiting + 1;
      end if;
      with kept as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
          returning answers, channel, submitted_on, count_groups, count_keys, count_own)
      insert into survey_pending_answers (survey_id, shard, answers, channel, submitted_on, count_groups, count_keys,
          count_own)
        select p_survey, chosen, a.answers, a.channel, a.submitted_on, a.count_groups, a.count_keys, a.count_own
        from (select * from kept union all select p_answers, p_channel, p_day, p_groups, p_keys, p_own) a
        order by random();
      return 0;
    end $$`;

/**
 * flush_survey_answers(): moves all of a survey's waiting answers (every
 * group, locked in order) if at least `p_min` wait or `p_pad` is set; with
 * `p_pad`, stored uncoded answers chosen at random (keeping their ids) fill
 * the batch up to `p_min`. The moved answers are counted; the padding ones
 * were already, and their keys are added with 0, so the rows a padded
 * batch touches do not single out the new answers. Returns how many
 * waiting answers moved.
 */
export const FLUSH_SURVEY_ANSWERS_FUNCTION = sql`create or replace function flush_survey_answers(
    p_survey uuid, p_min integer, p_pad boolean)
  returns integer language plpgsql as $$
    declare
      waiting integer;
      questions jsonb;
      groups text[];
      keys text[];
      ns integer[];
    begin
      for i in 0 .. ${sql.lit(ANSWER_SHARDS - 1)} loop
        perform pg_advisory_xact_lock(hashtext('survey-answers:' || i), hashtext(p_survey::text));
      end loop;
      select count(*) into waiting from survey_pending_answers where survey_id = p_survey;
      if waiting = 0 or (waiting < p_min and not p_pad) then
        return 0;
      end if;
      select s.questions into questions from surveys s where s.id = p_survey;
      with padding as (
        delete from survey_responses where id in (
          select r.id from survey_responses r
          where r.survey_id = p_survey and not exists (select 1 from survey_text_codes t where t.response_id = r.id)
          order by random() limit greatest(p_min - waiting, 0) for update skip locked)
        returning id, answers, channel, submitted_on),
      moved as (delete from survey_pending_answers where survey_id = p_survey
        returning gen_random_uuid() as id, answers, channel, submitted_on, count_groups, count_keys, count_own),
      stored as (insert into survey_responses (id, survey_id, answers, channel, submitted_on)
        select b.id, p_survey, b.answers, b.channel, b.submitted_on
        from (select id, answers, channel, submitted_on from padding
          union all select id, answers, channel, submitted_on from moved) b
        order by random()),
      pairs as (select g, k, 1 as n from moved m cross join unnest(m.count_groups) g cross join unnest(m.count_keys) k
        union all select chr(31), k, 1 from moved m cross join unnest(m.count_own) k
        union all select k.dimension || chr(31) || k.grp, k.question_id || '|' || k.value, 0
        from padding p cross join lateral survey_answer_count_keys(questions, p.answers) k)
      select array_agg(s.g), array_agg(s.k), array_agg(s.n) into groups, keys, ns
      from (select g, k, sum(n)::integer as n from pairs group by g, k) s;
      perform add_survey_answer_counts(p_survey, 0::smallint, groups, keys, ns);
      return waiting;
    end $$`;

/**
 * take_survey_answer(): a public answer in one call. Admits it
 * (admit_survey_answer: version, rate limit, code or token; committed
 * without waiting for the disk), commits, and stores the answer with its
 * count parts in a transaction of its own (store_survey_answer), whose
 * flush of the log carries the first one too. Called outside a
 * transaction (CALL commits). `outcome` as admit_survey_answer gives it.
 */
export const TAKE_SURVEY_ANSWER_PROCEDURE = sql`create or replace procedure take_survey_answer(
    p_survey uuid, p_version text, p_rate_key text, p_limit integer, p_since timestamptz, p_now timestamptz,
    p_token_hash text, p_code_hash text, p_answers jsonb, p_groups text[], p_keys text[], p_own text[],
    p_channel text, p_day date, p_batch integer, inout outcome text default null, inout first_hit timestamptz default null)
  language plpgsql as $$
    begin
      select a.outcome, a.first_hit into outcome, first_hit
      from admit_survey_answer(p_survey, p_version, p_rate_key, p_limit, p_since, p_now, p_token_hash, p_code_hash) a;
      if outcome <> 'ok' then
        return;
      end if;
      commit;
      perform store_survey_answer(p_survey, p_answers, p_groups, p_keys, p_own, p_channel, p_day, p_batch, true);
    end $$`;

/** Separates the count parts of one answer in take_survey_answers' text arguments (never inside a part). */
export const PART_SEPARATOR = '\u001e';

/** take_survey_answers' admitted answers as waiting rows: answers, channel, day and their count parts. */
const ARRIVED = sql`select p_answers[i], p_channels[i], p_days[i], string_to_array(p_groups[i], chr(30)),
            string_to_array(p_keys[i], chr(30)), string_to_array(p_own[i], chr(30)) from unnest(admitted) i`;

/**
 * take_survey_answers(): public answers that arrived together, in one call
 * (migration 0033; the app gathers them, src/app/surveys/answer-groups.ts).
 * Admits each in turn (admit_survey_answer, as take_survey_answer does),
 * commits, then stores the admitted ones in a transaction of their own, as
 * store_survey_answer stores one: they join the first free waiting group,
 * and when that group then holds a batch or more, all of it moves to
 * survey_responses in random order with its count parts added up; else the
 * group is rewritten in random order. So a transaction either moves a
 * whole group or rewrites one, never both, and five or more answers that
 * arrive together never wait. An answer's count parts come as one text
 * each, the parts separated by chr(30). `outcomes[i]` and `first_hits[i]`
 * as admit_survey_answer gives them for answer i. Called outside a
 * transaction (CALL commits).
 */
export const TAKE_SURVEY_ANSWERS_PROCEDURE = sql`create or replace procedure take_survey_answers(
    p_survey uuid, p_version text, p_limit integer, p_since timestamptz, p_now timestamptz, p_rate_keys text[],
    p_token_hashes text[], p_code_hashes text[], p_answers jsonb[], p_groups text[], p_keys text[], p_own text[],
    p_channels text[], p_days date[], p_batch integer,
    inout outcomes text[] default null, inout first_hits timestamptz[] default null)
  language plpgsql as $$
    declare
      admitted integer[] := '{}';
      waiting integer;
      chosen integer;
      outcome text;
      first_hit timestamptz;
      groups text[];
      keys text[];
      ns integer[];
    begin
      outcomes := '{}';
      first_hits := '{}';
      for i in 1 .. cardinality(p_answers) loop
        select a.outcome, a.first_hit into outcome, first_hit
        from admit_survey_answer(p_survey, p_version, p_rate_keys[i], p_limit, p_since, p_now, p_token_hashes[i],
          p_code_hashes[i]) a;
        outcomes := outcomes || outcome;
        first_hits := first_hits || first_hit;
        if outcome = 'ok' then
          admitted := admitted || i;
        end if;
      end loop;
      if cardinality(admitted) = 0 then
        return;
      end if;
      commit;
      -- As store_survey_answer: the waiting answers by index (a procedure that commits cannot carry SET).
      perform set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true);
      ${TAKE_SHARD}
      select count(*) into waiting from survey_pending_answers where survey_id = p_survey and shard = chosen;
      if waiting + cardinality(admitted) >= p_batch then
        with taken as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
            returning answers, channel, submitted_on, count_groups, count_keys, count_own),
        batch as (select answers, channel, submitted_on, count_groups, count_keys, count_own from taken
          union all ${ARRIVED}),
        stored as (insert into survey_responses (survey_id, answers, channel, submitted_on)
          select p_survey, b.answers, b.channel, b.submitted_on from batch b order by random()),
        ${COUNT_BATCH}
        return;
      end if;
      with kept as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
          returning answers, channel, submitted_on, count_groups, count_keys, count_own)
      insert into survey_pending_answers (survey_id, shard, answers, channel, submitted_on, count_groups, count_keys,
          count_own)
        select p_survey, chosen, a.answers, a.channel, a.submitted_on, a.count_groups, a.count_keys, a.count_own
        from (select * from kept
          union all ${ARRIVED}) a
        order by random();
    end $$`;
