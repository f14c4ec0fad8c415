/**
 * The one definition of public_page_lookup(), as SQL text. Migration 0034
 * installs it (0009 installed the first version, without the kommuner's
 * public page versions); a later change is made here and installed by a
 * new migration, whose `down` keeps a copy of this text (see
 * docs/ARCHITECTURE.md, "SQL functions are written once").
 */
import { sql } from 'kysely';

/**
 * One call per public request: the version stamp of the data a page shows
 * and, when a page rendered from exactly that data is cached, its body.
 * In PL/pgSQL so each connection plans its statements once (planning the
 * same statements as one SQL query cost more than running them).
 * Scope: 'kommun' (slug), 'kommunCode' (kommunkod), 'lpo' (slug) or 'national'.
 * The stamp covers the published promise sets of the scope's kommuner
 * (status, version, times), their activities (count, newest insert and
 * change), their follow-ups (status and time of each), the names and flags
 * of the organisations shown and their public page versions
 * (public_page_versions: raised by whatever else a page shows changing,
 * such as statistics, outcome indicators, translations or the language
 * switch; the national page takes their sum); p_salt adds the day and the
 * render code.
 */
export const PUBLIC_PAGE_LOOKUP_FUNCTION = sql.raw(`
create or replace function public_page_lookup(p_key text, p_scope text, p_ref text, p_salt text)
returns table (etag text, last_modified timestamptz, body text, content_type text, base64 boolean)
language plpgsql stable as $fn$
declare
  kommuner uuid[];
  sets uuid[];
  s_sets text; s_acts text; s_fus text; s_orgs text;
  lm1 timestamptz; lm2 timestamptz; lm3 timestamptz; lm4 timestamptz;
  v_etag text;
begin
  if p_scope = 'kommun' then
    kommuner := array(select o.id from organisations o where o.kind = 'municipality' and o.slug = p_ref);
  elsif p_scope = 'kommunCode' then
    kommuner := array(select o.id from organisations o where o.kind = 'municipality' and o.code = p_ref);
  elsif p_scope = 'lpo' then
    kommuner := array(select c.covered_id from organisation_coverage c join organisations o on o.id = c.organisation_id
      where o.kind = 'police_area' and o.slug = p_ref);
  else
    kommuner := array(select o.id from organisations o where o.kind = 'municipality');
  end if;

  select array_agg(p.id), string_agg(p.id::text || p.status || p.version || p.updated_at::text, ',' order by p.id),
      max(greatest(p.updated_at, p.published_at))
    into sets, s_sets, lm1
    from promise_sets p
    where p.published_at is not null
      and p.id in (select m.promise_set_id from promise_set_municipalities m where m.organisation_id = any(kommuner));
  sets := coalesce(sets, '{}');

  select count(*)::text || ':' || coalesce(max(a.created_at)::text, '') || ':' || coalesce(max(a.updated_at)::text, ''),
      greatest(max(a.created_at), max(a.updated_at))
    into s_acts, lm2
    from activities a where a.promise_set_id = any(sets);

  select string_agg(f.id::text || f.status || f.updated_at::text, ',' order by f.id), greatest(max(f.updated_at), max(f.published_at))
    into s_fus, lm3
    from follow_ups f where f.promise_set_id = any(sets);

  if p_scope = 'national' then
    select count(*) filter (where o.active)::text || ':' || count(*)::text || ':' || coalesce(max(o.updated_at)::text, '')
        || ':' || coalesce(sum(v.version), 0)::text,
        greatest(max(o.updated_at), max(v.changed_at))
      into s_orgs, lm4
      from organisations o left join public_page_versions v on v.organisation_id = o.id
      where o.kind in ('municipality', 'police_area');
  else
    select string_agg(o.id::text || o.active::text || o.name || coalesce(o.slug, '') || ':' || coalesce(v.version, 0)::text,
          ',' order by o.id),
        greatest(max(o.updated_at), max(v.changed_at))
      into s_orgs, lm4
      from organisations o left join public_page_versions v on v.organisation_id = o.id
      where o.id = any(kommuner) or (p_scope = 'lpo' and o.kind = 'police_area' and o.slug = p_ref);
  end if;

  v_etag := md5(concat_ws('|', p_salt, s_sets, s_acts, s_fus, s_orgs));
  return query
    select v_etag, greatest(lm1, lm2, lm3, lm4), c.body, c.content_type, c.base64
    from (select 1) one left join public_page_cache c on c.key = p_key and c.etag = v_etag;
end
$fn$`);
