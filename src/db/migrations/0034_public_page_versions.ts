import { sql, type Kysely } from 'kysely';
import { PUBLIC_PAGE_LOOKUP_FUNCTION } from '../sql/public-pages.ts';

/**
 * A version per kommun for what its public pages show beyond the stamp of
 * migration 0009 (published sets, activities, follow-ups, organisations):
 * statistics behind crime outcome indicators, outcome indicators, outside
 * survey results, content translations and the language switch. Whatever
 * changes one of these raises the version of the kommuner whose pages show
 * it (app/public/queries/versions.ts), in its own transaction, and
 * public_page_lookup() (src/db/sql/public-pages.ts) adds the versions of
 * the scope's kommuner to the stamp, so the pages' ETag changes without
 * moving the promise sets' updated_at (which staff read as "Ändrad").
 * `changed_at` is the time of the last raise: the pages' Last-Modified.
 * A table of its own rather than a column of organisations: a raise then
 * locks and rewrites no organisation row and is no change of one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table public_page_versions (
    organisation_id uuid primary key references organisations (id) on delete cascade,
    version bigint not null default 0,
    changed_at timestamptz not null default now()
  )`.execute(db);
  await PUBLIC_PAGE_LOOKUP_FUNCTION.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // public_page_lookup() as migration 0009 left it (a copy: 0009 cannot be asked for it), then the table.
  await sql.raw(LOOKUP_0009).execute(db);
  await sql`drop table public_page_versions`.execute(db);
}

const LOOKUP_0009 = `
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
    select count(*) filter (where o.active)::text || ':' || count(*)::text || ':' || coalesce(max(o.updated_at)::text, ''), max(o.updated_at)
      into s_orgs, lm4
      from organisations o where o.kind in ('municipality', 'police_area');
  else
    select string_agg(o.id::text || o.active::text || o.name || coalesce(o.slug, ''), ',' order by o.id), max(o.updated_at)
      into s_orgs, lm4
      from organisations o
      where o.id = any(kommuner) or (p_scope = 'lpo' and o.kind = 'police_area' and o.slug = p_ref);
  end if;

  v_etag := md5(concat_ws('|', p_salt, s_sets, s_acts, s_fus, s_orgs));
  return query
    select v_etag, greatest(lm1, lm2, lm3, lm4), c.body, c.content_type, c.base64
    from (select 1) one left join public_page_cache c on c.key = p_key and c.etag = v_etag;
end
$fn$`;
