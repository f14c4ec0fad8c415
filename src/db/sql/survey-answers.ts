/**
 * The one definition of how a survey answer is stored and counted, as SQL
 * text: store_survey_answer() and flush_survey_answers() (the shuffled
 * batches of migration 0019) and the running counts they keep
 * (survey_answer_counts, migration 0027). Migration 0027 installs these
 * definitions; a later change is made here and installed by a new
 * migration whose `down` keeps a copy of what it replaces. See
 * docs/ARCHITECTURE.md, "SQL functions are written once" and "Survey
 * results read running counts".
 *
 * The counting rule mirrors the domain's tally (src/domain/surveys/stats.ts
 * and answer-counts.ts): one row per survey, waiting group (shard) and
 * breakdown group (dimension '' is the total; 'area', 'gender', 'age_band'
 * by the respondent's own answer to that question, group '' when not
 * given), holding n (as text: jsonb_object() builds it fastest) per
 * `question_id '|' value`, where value is
 *   ''            the respondents who answered the question;
 *   '=' || v      those who chose v (a multiple choice counts each value once);
 *   item '=' lvl  a problem item answered on that level;
 * and question_id '' (key '|') counts the answers of the group.
 * Text questions are never counted (they are read as text, redacted).
 */
import { sql } from 'kysely';

/** Groups of a survey's waiting answers, each with its own advisory lock (see migration 0019). */
export const ANSWER_SHARDS = 8;

/** Whether a stored value is an answer at all: a non-empty string, list or set of item answers (isGiven). */
export const SURVEY_ANSWER_GIVEN_FUNCTION = sql`create or replace function survey_answer_given(v jsonb) returns boolean
  language sql immutable parallel safe as $$
    select case jsonb_typeof(v) when 'string' then v <> '""'::jsonb when 'array' then v <> '[]'::jsonb
      when 'object' then v <> '{}'::jsonb else false end
  $$`;

/**
 * The count keys of one answer under the survey's questions: every counted
 * question in total and, unless it is a background question itself, in the
 * respondent's group of each breakdown (the first question of that kind).
 * An answer to a background question that is not a text names no group.
 */
export const SURVEY_ANSWER_COUNT_KEYS_FUNCTION = sql`create or replace function survey_answer_count_keys(
    p_questions jsonb, p_answers jsonb)
  returns table (dimension text, grp text, question_id text, value text)
  language sql immutable parallel safe as $$
    with qs as (
      select e.q ->> 'id' as id, e.q ->> 'kind' as kind, e.o
      from jsonb_array_elements(p_questions) with ordinality e(q, o)),
    dims as (
      select distinct on (qs.kind) qs.kind, p_answers -> qs.id as a
      from qs where qs.kind in ('area', 'gender', 'age_band') order by qs.kind, qs.o),
    groups as (
      select '' as dimension, '' as grp
      union all
      select d.kind, case when survey_answer_given(d.a) then d.a #>> '{}' else '' end
      from dims d where not survey_answer_given(d.a) or jsonb_typeof(d.a) = 'string'),
    given as (
      select qs.id, qs.kind, p_answers -> qs.id as v
      from qs where qs.kind <> 'text' and survey_answer_given(p_answers -> qs.id)),
    vals as (
      select g.id, g.kind, '' as value from given g
      union all
      select g.id, g.kind, l.key || '=' || (l.value #>> '{}')
      from given g cross join lateral jsonb_each(case when jsonb_typeof(g.v) = 'object' then g.v else '{}' end) l
      where g.kind = 'problem' and jsonb_typeof(l.value) = 'string'
        and l.value #>> '{}' in ('none', 'small', 'fairly_big', 'very_big', 'dont_know')
      union all
      select g.id, g.kind, '=' || (g.v #>> '{}') from given g where g.kind <> 'problem' and jsonb_typeof(g.v) = 'string'
      union all
      select distinct g.id, g.kind, '=' || (x.e #>> '{}')
      from given g cross join lateral jsonb_array_elements(case when jsonb_typeof(g.v) = 'array' then g.v else '[]' end) x(e)
      where g.kind <> 'problem' and jsonb_typeof(x.e) = 'string')
    select gr.dimension, gr.grp, '', '' from groups gr
    union all
    select gr.dimension, gr.grp, v.id, v.value
    from vals v join groups gr on gr.dimension = '' or v.kind not in ('area', 'gender', 'age_band')
  $$`;

/**
 * Adds the answers `p_new` to the survey's counts in group `p_shard`: one
 * row per breakdown group, its counts a jsonb object from
 * `question_id '|' value` to n, so a batch rewrites a few rows rather than
 * one per value. The keys of `p_again` (stored answers written again to
 * pad a batch) are added with 0, so the rows a batch touches are those of
 * all its answers and do not single out the new ones. Rows in key order, so
 * two writers never wait on each other in a circle. PL/pgSQL with a
 * generic plan, so the statement is planned once per connection (a custom
 * plan for the survey's questions cost more than the counting).
 */
export const ADD_SURVEY_ANSWER_COUNTS_FUNCTION = sql`create or replace function add_survey_answer_counts(
    p_survey uuid, p_shard smallint, p_new jsonb[], p_again jsonb[])
  returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
    declare
      questions jsonb;
    begin
    -- Read first: a sub-select as the argument would keep the planner from inlining the keys function.
    select s.questions into questions from surveys s where s.id = p_survey;
    insert into survey_answer_counts as c (survey_id, shard, dimension, grp, counts)
    select p_survey, p_shard, g.dimension, g.grp, jsonb_object(array_agg(g.key), array_agg(g.n::text))
    from (
      select k.dimension, k.grp, k.question_id || '|' || k.value as key, sum(a.counts)::integer as n
      from (select x, 1 from unnest(p_new) x union all select x, 0 from unnest(p_again) x) a(answers, counts)
        cross join lateral survey_answer_count_keys(questions, a.answers) k
      group by 1, 2, 3) g
    group by g.dimension, g.grp
    order by g.dimension, g.grp
    on conflict (survey_id, shard, dimension, grp) do update set counts = c.counts || (
      select jsonb_object(array_agg(x.key), array_agg((coalesce((c.counts ->> x.key)::integer, 0) + x.value::integer)::text))
      from jsonb_each_text(excluded.counts) x);
    end $$`;

/**
 * Counts the survey's stored answers afresh (after answers were changed in
 * place, as when two areas are merged, or stored around the intake). Holds
 * every group's lock, so no batch moves meanwhile.
 */
export const REBUILD_SURVEY_ANSWER_COUNTS_FUNCTION = sql`create or replace function rebuild_survey_answer_counts(p_survey uuid)
  returns void language plpgsql as $$
    begin
      for i in 0 .. ${sql.lit(ANSWER_SHARDS - 1)} loop
        perform pg_advisory_xact_lock(hashtext('survey-answers:' || i), hashtext(p_survey::text));
      end loop;
      delete from survey_answer_counts where survey_id = p_survey;
      insert into survey_answer_counts (survey_id, shard, dimension, grp, counts)
      select p_survey, 0, g.dimension, g.grp, jsonb_object(array_agg(g.key), array_agg(g.n::text))
      from (
        select k.dimension, k.grp, k.question_id || '|' || k.value as key, count(*)::integer as n
        from (select s.questions from surveys s where s.id = p_survey) s
          cross join survey_responses r
          cross join lateral survey_answer_count_keys(s.questions, r.answers) k
        where r.survey_id = p_survey
        group by 1, 2, 3) g
      group by g.dimension, g.grp;
    end $$`;

/**
 * store_survey_answer(): the answer joins the first free of the survey's
 * groups of waiting answers, which is rewritten in random order; when the
 * group holds a batch and `p_flush` is set, the batch moves to
 * survey_responses in random order and is counted, in this same call (a
 * transaction that touches nothing but answers and their counts). Returns
 * how many answers moved (0 or a batch).
 */
export const STORE_SURVEY_ANSWER_FUNCTION = sql`create or replace function store_survey_answer(
    p_survey uuid, p_answers jsonb, p_channel text, p_day date, p_batch integer, p_flush boolean)
  returns integer language plpgsql as $$
    declare
      waiting integer;
      chosen integer;
      moved jsonb[];
    begin
      for i in 0 .. ${sql.lit(ANSWER_SHARDS - 1)} loop
        chosen := i;
        exit when pg_try_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
        chosen := null;
      end loop;
      if chosen is null then
        chosen := floor(random() * ${sql.lit(ANSWER_SHARDS)})::integer;
        perform pg_advisory_xact_lock(hashtext('survey-answers:' || chosen), hashtext(p_survey::text));
      end if;
      select count(*) into waiting from survey_pending_answers where survey_id = p_survey and shard = chosen;
      if p_flush and waiting + 1 >= p_batch then
        with taken as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
            returning answers, channel, submitted_on),
        stored as (insert into survey_responses (survey_id, answers, channel, submitted_on)
          select p_survey, a.answers, a.channel, a.submitted_on
          from (select answers, channel, submitted_on from taken union all select p_answers, p_channel, p_day) a
          order by random()
          returning answers)
        select array_agg(answers) into moved from stored;
        perform add_survey_answer_counts(p_survey, chosen::smallint, moved, '{}');
        return waiting + 1;
      end if;
      with kept as (delete from survey_pending_answers where survey_id = p_survey and shard = chosen
          returning answers, channel, submitted_on)
      insert into survey_pending_answers (survey_id, shard, answers, channel, submitted_on)
        select p_survey, chosen, a.answers, a.channel, a.submitted_on
        from (select answers, channel, submitted_on from kept union all select p_answers, p_channel, p_day) a
        order by random();
      return 0;
    end $$`;

/**
 * flush_survey_answers(): moves all of a survey's waiting answers (every
 * group, locked in order) if at least `p_min` wait or `p_pad` is set; with
 * `p_pad`, stored uncoded answers chosen at random (keeping their ids) fill
 * the batch up to `p_min`. The moved answers are counted (the padding ones
 * were already). Returns how many waiting answers moved.
 */
export const FLUSH_SURVEY_ANSWERS_FUNCTION = sql`create or replace function flush_survey_answers(
    p_survey uuid, p_min integer, p_pad boolean)
  returns integer language plpgsql as $$
    declare
      waiting integer;
      fresh jsonb[];
      again jsonb[];
    begin
      for i in 0 .. ${sql.lit(ANSWER_SHARDS - 1)} loop
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
        returning id, answers, channel, submitted_on, false as fresh),
      moved as (delete from survey_pending_answers where survey_id = p_survey
        returning gen_random_uuid() as id, answers, channel, submitted_on, true as fresh),
      batch as (select * from padding union all select * from moved),
      stored as (insert into survey_responses (id, survey_id, answers, channel, submitted_on)
        select b.id, p_survey, b.answers, b.channel, b.submitted_on from batch b order by random())
      select array_agg(b.answers) filter (where b.fresh), coalesce(array_agg(b.answers) filter (where not b.fresh), '{}')
      into fresh, again
      from batch b;
      perform add_survey_answer_counts(p_survey, 0::smallint, fresh, again);
      return waiting;
    end $$`;
