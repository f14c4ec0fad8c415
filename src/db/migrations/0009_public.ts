import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);

export async function up(db: Kysely<any>): Promise<void> {
  // Rendered public pages (HTML, Atom, open data, share cards), keyed by path and language. A row is
  // valid only while its etag equals the version stamp of the data behind it (public_page_lookup below).
  // The body is text (binary bodies such as PNG cards in base64): bytea is slow to read through PGlite.
  await db.schema
    .createTable('public_page_cache')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('base64', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('last_modified', 'timestamptz')
    .addColumn('created_at', 'timestamptz', now)
    .execute();

  // Citizens following a kommun by e-mail: double opt-in, one-click unsubscribe.
  await db.schema
    .createTable('public_subscriptions')
    .addColumn('id', 'uuid', id)
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('sv'))
    .addColumn('confirm_token_hash', 'text')
    .addColumn('confirm_sent_at', 'timestamptz')
    .addColumn('confirmed_at', 'timestamptz')
    // Sent again in every mail, so it is kept as is (it can only end this one subscription).
    .addColumn('unsubscribe_token', 'text', (c) => c.notNull().unique())
    .addColumn('unsubscribed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', now)
    .addUniqueConstraint('public_subscriptions_uq', ['municipality_id', 'email'])
    .execute();
  await db.schema.createIndex('public_subscriptions_confirm_idx').on('public_subscriptions').column('confirm_token_hash').execute();

  // The version stamp reads count and newest change of a set's activities from the index alone.
  await sql`create index activities_public_stamp_idx on activities (promise_set_id) include (created_at, updated_at)`.execute(db);
  await sql.raw(LOOKUP_FUNCTION).execute(db);
}

/**
 * One call per public request: the version stamp of the data a page shows
 * and, when a page rendered from exactly that data is cached, its body.
 * In PL/pgSQL so each connection plans its statements once (planning the
 * same statements as one SQL query cost more than running them).
 * Scope: 'kommun' (slug), 'kommunCode' (kommunkod), 'lpo' (slug) or 'national'.
 * The stamp covers the published promise sets of the scope's kommuner
 * (status, version, times), their activities (count, newest insert and
 * change), their follow-ups (status and time of each) and the names and
 * flags of the organisations shown; p_salt adds the day and the render code.
 */
const LOOKUP_FUNCTION = `
create function public_page_lookup(p_key text, p_scope text, p_ref text, p_salt text)
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

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists public_page_lookup(text, text, text, text)`.execute(db);
  await sql`drop index if exists activities_public_stamp_idx`.execute(db);
  await db.schema.dropTable('public_subscriptions').execute();
  await db.schema.dropTable('public_page_cache').execute();
}
