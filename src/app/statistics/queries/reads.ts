/**
 * The reads behind the statistics API (read.ts): a kommun's BRÅ series and
 * its population, the categories stored for it, and Polisen's events with
 * their counts per month and per type. Rows as stored; read.ts shapes them.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

/** A kommun's counts in one category by year, and its population by year. */
export function seriesRows(db: Db, kommunCode: string, category: string) {
  return Promise.all([
    db
      .selectFrom('stats_crime_counts')
      .select(['year', 'count', 'rate_per_100k', 'marker', 'category_label'])
      .where('municipality_code', '=', kommunCode)
      .where('category', '=', category)
      .orderBy('year')
      .execute(),
    db
      .selectFrom('stats_population')
      .select(['year', 'population'])
      .where('municipality_code', '=', kommunCode)
      .execute(),
  ]);
}

/** Each category stored for the kommun: its latest label, first and last year and how many years. */
export function categoryRows(db: Db, kommunCode: string) {
  return db
    .selectFrom('stats_crime_counts')
    .select((eb) => [
      'category',
      eb.fn.max('category_label').as('label'),
      eb.fn.min<number>('year').as('firstYear'),
      eb.fn.max<number>('year').as('lastYear'),
      eb.fn.countAll<string>().as('years'),
    ])
    .where('municipality_code', '=', kommunCode)
    .groupBy('category')
    .orderBy('category')
    .execute();
}

export interface EventFilter {
  from?: string;
  to?: string;
  category?: string;
  limit?: number;
}

/** The kommun's events (newest first, at most `limit`, 500 unless said), their counts per month and category, and per type. */
export function policeEventRows(db: Db, kommunCode: string, q: EventFilter) {
  let base = db.selectFrom('stats_police_events').where('municipality_code', '=', kommunCode);
  if (q.from) base = base.where('local_date', '>=', q.from);
  if (q.to) base = base.where('local_date', '<=', q.to);
  if (q.category) base = base.where('category', '=', q.category);
  const month = sql<string>`to_char(local_date, 'YYYY-MM')`;
  return Promise.all([
    base
      .select([
        'id',
        'occurred_at',
        'local_date',
        'name',
        'summary',
        'url',
        'type',
        'raw_type',
        'category',
        'location_name',
      ])
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit ?? 500)
      .execute(),
    base
      .select((eb) => [month.as('month'), 'category', eb.fn.countAll<string>().as('count')])
      .groupBy([month, 'category'])
      .orderBy(month)
      .orderBy('category')
      .execute(),
    base
      .select((eb) => ['type', 'category', eb.fn.countAll<string>().as('count')])
      .groupBy(['type', 'category'])
      .orderBy('type')
      .execute(),
  ]);
}
