/**
 * Queries of the public read model: kommuner and police areas, published
 * promise sets, their follow-ups and activities. A set is public once
 * published (and stays so when closed); the use cases beside queries/ shape
 * the rows into pages, feeds and open data.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { Cadence } from '../../../domain/follow-up.ts';
import type { Target } from '../../../domain/promise-document.ts';

// ---- kommuner and police areas ----

export function kommunRow(db: Db, by: { slug: string } | { code: string }) {
  let q = db
    .selectFrom('organisations')
    .select(['id', 'name', 'slug', 'code', 'active'])
    .where('kind', '=', 'municipality');
  q = 'slug' in by ? q.where('slug', '=', by.slug) : q.where('code', '=', by.code);
  return q.executeTakeFirst();
}

/** The kommuner of an LPO, or (null) every kommun that uses the product or has a published set. */
export async function kommunRowsOf(db: Db, policeAreaId: string | null) {
  const rows = await sql<{ id: string; name: string; slug: string | null; code: string | null; active: boolean }>`
    select o.id, o.name, o.slug, o.code, o.active from organisations o
    where o.kind = 'municipality' and ${
      policeAreaId
        ? sql`o.id in (select covered_id from organisation_coverage where organisation_id = ${policeAreaId})`
        : sql`(o.active or o.id in (select m.organisation_id from promise_set_municipalities m
          join promise_sets p on p.id = m.promise_set_id where p.status = 'published'))`
    }
    order by o.name`.execute(db);
  return rows.rows;
}

export function policeAreaBySlug(db: Db, slug: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'slug'])
    .where('kind', '=', 'police_area')
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** Active police areas with a slug, by name. */
export function policeAreasWithPage(db: Db) {
  return db
    .selectFrom('organisations')
    .select(['name', 'slug'])
    .where('kind', '=', 'police_area')
    .where('active', '=', true)
    .where('slug', 'is not', null)
    .orderBy('name')
    .execute();
}

/** Every kommun with a published promise set (open data index). */
export function kommunerWithPublishedSet(db: Db) {
  return db
    .selectFrom('organisations as o')
    .select(['o.name', 'o.code', 'o.slug'])
    .distinct()
    .innerJoin('promise_set_municipalities as m', 'm.organisation_id', 'o.id')
    .innerJoin('promise_sets as p', 'p.id', 'm.promise_set_id')
    .where('o.kind', '=', 'municipality')
    .where('p.status', '=', 'published')
    .where('p.published_at', 'is not', null)
    .orderBy('o.name')
    .execute();
}

/** The active kommuner of a promise set (who is mailed when it or its follow-up is published). */
export function activeKommunerOfSet(db: Db, setId: string) {
  return db
    .selectFrom('promise_set_municipalities as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.slug'])
    .where('m.promise_set_id', '=', setId)
    .where('o.active', '=', true)
    .execute();
}

// ---- promise sets ----

/** The kommun's published (or since closed) sets, newest publication first. */
export function publishedSetRows(db: Db, municipalityId: string) {
  return db
    .selectFrom('promise_sets as p')
    .innerJoin('promise_set_municipalities as m', 'm.promise_set_id', 'p.id')
    .select(['p.id', 'p.updated_at', 'p.published_at', 'p.status'])
    .where('m.organisation_id', '=', municipalityId)
    .where('p.status', 'in', ['published', 'closed'])
    .where('p.published_at', 'is not', null)
    .orderBy('p.published_at', 'desc')
    .execute();
}

export function setPublication(db: Db, setId: string) {
  return db
    .selectFrom('promise_sets')
    .select(['title', 'status', 'published_at'])
    .where('id', '=', setId)
    .executeTakeFirst();
}

export interface KommunSetRow {
  organisation_id: string;
  id: string;
  title: string | null;
  status: string;
  published_at: string;
  period_from: string | null;
  period_to: string | null;
}

/** Published (or closed) sets of the kommuner, one row per kommun and set. */
export async function publishedSetsOfKommuner(db: Db, kommunIds: string[]): Promise<KommunSetRow[]> {
  if (!kommunIds.length) return [];
  const rows = await sql<KommunSetRow>`
    select m.organisation_id, p.id, p.title, p.status, p.published_at::text, p.period_from::text, p.period_to::text
    from promise_sets p join promise_set_municipalities m on m.promise_set_id = p.id
    where p.status in ('published', 'closed') and p.published_at is not null
      and m.organisation_id in (${sql.join(kommunIds)})`.execute(db);
  return rows.rows;
}

export interface PublicCommitmentRow {
  id: string;
  promise_set_id: string;
  text: string;
  target: Target;
  focus_area: string;
}

/** The sets' commitments and focus areas (not removed), in document order. */
export async function commitmentsOfSets(db: Db, setIds: string[]): Promise<PublicCommitmentRow[]> {
  if (!setIds.length) return [];
  const rows = await sql<PublicCommitmentRow>`
    select c.id, c.promise_set_id, c.text, c.target, f.title as focus_area
    from commitments c join focus_areas f on f.id = c.focus_area_id
    where c.promise_set_id in (${sql.join(setIds)}) and c.removed_at is null and f.removed_at is null
    order by f.position, c.position`.execute(db);
  return rows.rows;
}

/** The kommun's published sets for its feed, with how many commitments each has. */
export async function feedSetRows(db: Db, kommunId: string) {
  const rows = await sql<{
    id: string;
    title: string | null;
    status: string;
    published_at: Date | string;
    updated_at: Date | string;
    n: number;
    period_from: string | null;
    period_to: string | null;
  }>`
    select p.id, p.title, p.status, p.published_at, p.updated_at, p.period_from::text, p.period_to::text,
      (select count(*)::int from commitments c where c.promise_set_id = p.id and c.removed_at is null) as n
    from promise_sets p where p.published_at is not null and p.status in ('published', 'closed')
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommunId})`.execute(
    db,
  );
  return rows.rows;
}

// ---- follow-ups ----

export function followUpSetId(db: Db, followUpId: string) {
  return db.selectFrom('follow_ups').select('promise_set_id').where('id', '=', followUpId).executeTakeFirst();
}

export function setPublishState(db: Db, setId: string) {
  return db.selectFrom('promise_sets').select(['published_at', 'status']).where('id', '=', setId).executeTakeFirst();
}

/** Published follow-ups of the kommun's published sets, newest period first, with the count of each verdict. */
export async function publishedFollowUpRows(db: Db, municipalityId: string) {
  const rows = await sql<{
    id: string;
    promise_set_id: string;
    cadence: Cadence;
    period_from: string;
    period_to: string;
    published_at: Date | string;
    counts: Record<string, number> | null;
  }>`
    select f.id, f.promise_set_id, f.cadence, f.period_from::text, f.period_to::text, f.published_at,
      (select json_object_agg(v, n) from (select coalesce(i.verdict, i.proposed) as v, count(*)::int as n
        from follow_up_items i where i.follow_up_id = f.id group by 1) x) as counts
    from follow_ups f join promise_sets p on p.id = f.promise_set_id
    where f.status = 'published' and f.published_at is not null and p.published_at is not null
      and p.status in ('published', 'closed')
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${municipalityId})
    order by f.period_to desc, f.published_at desc`.execute(db);
  return rows.rows;
}

/** Published follow-ups of the kommun's published sets, for its feed. */
export async function feedFollowUpRows(db: Db, kommunId: string) {
  const rows = await sql<{
    id: string;
    cadence: Cadence;
    period_from: string;
    published_at: Date | string;
    summary: string | null;
  }>`
    select f.id, f.cadence, f.period_from::text, f.published_at, f.summary
    from follow_ups f join promise_sets p on p.id = f.promise_set_id
    where f.status = 'published' and f.published_at is not null and p.published_at is not null and p.status in ('published', 'closed')
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommunId})`.execute(
    db,
  );
  return rows.rows;
}

/** The newest published follow-up of the kommun that tells what citizens said. */
export async function newestCitizensSaid(db: Db, municipalityId: string) {
  const r = await sql<{
    id: string;
    cadence: Cadence;
    period_from: string;
    citizens_said: string;
    published_at: Date | string;
  }>`
    select f.id, f.cadence, f.period_from::text, f.citizens_said, f.published_at
    from follow_ups f join promise_sets p on p.id = f.promise_set_id
    where f.status = 'published' and f.published_at is not null and p.published_at is not null and p.status in ('published', 'closed')
      and coalesce(trim(f.citizens_said), '') <> ''
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${municipalityId})
    order by f.period_to desc, f.published_at desc limit 1`.execute(db);
  return r.rows[0];
}

// ---- activities ----

/** Per month (the six latest): activities in the kommun's published sets, the commitments they served, the last change. */
export async function activityMonths(db: Db, kommunId: string) {
  const rows = await sql<{ month: string; n: number; promises: number; changed: Date | string }>`
    select to_char(a.date, 'YYYY-MM') as month, count(*)::int as n, count(distinct a.commitment_id)::int as promises,
      max(greatest(a.created_at, a.updated_at)) as changed
    from activities a join promise_sets p on p.id = a.promise_set_id
    where p.status = 'published' and p.published_at is not null
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommunId})
    group by 1 order by 1 desc limit 6`.execute(db);
  return rows.rows;
}

export interface SharedActivityRow {
  date: string;
  quantity: string;
  commitment_id: string;
  text: string;
  target: Target;
  promise_set_id: string;
  period_from: string | null;
  period_to: string | null;
}

/** One activity done by `at` for a commitment of the kommun's published set. */
export async function sharedActivity(
  db: Db,
  kommunId: string,
  id: string,
  at: string,
): Promise<SharedActivityRow | undefined> {
  const rows = await sql<SharedActivityRow>`
    select a.date::text, a.quantity::text, a.commitment_id, c.text, c.target, p.id as promise_set_id, p.period_from::text, p.period_to::text
    from activities a join commitments c on c.id = a.commitment_id join promise_sets p on p.id = a.promise_set_id
    where a.id = ${id} and a.date <= ${at} and c.removed_at is null and p.status = 'published' and p.published_at is not null
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommunId})`.execute(
    db,
  );
  return rows.rows[0];
}
