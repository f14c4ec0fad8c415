import { sql, type Kysely } from 'kysely';

/**
 * submit_survey_answer(): a public survey answer as one PL/pgSQL call,
 * planned once per connection. First 'stale' (and nothing else) unless the
 * survey row is still the version the caller checked the answer against
 * (its xmin changes with every update). Then, as the answering page always did:
 * the rate limit on the salted address hash (a refused call stores
 * nothing; an accepted one records the hit), then the single-use code or
 * the per-browser token, then the answer row. A refusal after the hit keeps
 * the hit and changes nothing else. Returns the outcome and, when rate
 * limited, the window's first hit (for Retry-After).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function submit_survey_answer(
      p_survey uuid, p_version text, p_rate_key text, p_limit integer, p_since timestamptz, p_now timestamptz,
      p_token_hash text, p_code_hash text, p_answers jsonb, p_channel text, p_day date)
    returns table (outcome text, first_hit timestamptz) language plpgsql as $$
    declare
      hits integer;
      earliest timestamptz;
    begin
      -- The caller judged the answer against this version of the survey (its row's xmin); any change since means: look again.
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

      insert into survey_responses (survey_id, answers, channel, submitted_on) values (p_survey, p_answers, p_channel, p_day);
      return query select 'ok'::text, null::timestamptz;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function submit_survey_answer`.execute(db);
}
