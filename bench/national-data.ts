/**
 * Generates the national data set on PostgreSQL with set-based SQL: every
 * kommun gets one promise set per year (the last one published, earlier ones
 * closed) with 12 commitments of varied targets, and ≈ `perYear`
 * activities a year spread over them.
 */
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';
import { rebuildPieces } from '../src/app/activities/queries/pieces.ts';

// The mix of periods seen in real promises (halfyear, year, whole period, month, week, term, tertial …).
// No `per: day`: no real document promises something daily, and its 365 buckets would dominate the answer's size.
const TARGETS = [
  ['week', 1, false],
  ['week', 3, false],
  ['month', 1, false],
  ['month', 1, true],
  ['quarter', 1, false],
  ['tertial', 1, false],
  ['halfyear', 1, false],
  ['term', 1, false],
  ['year', 1, false],
  [null, 1, false],
  ['halfyear', 1, false],
  ['week', 2, true],
] as const;

export async function generateNational(
  db: Db,
  opts: { firstYear: number; years: number; perYear: number },
): Promise<void> {
  const targets = TARGETS.map(([per, every, average], i) =>
    JSON.stringify({
      kind: 'count',
      count: 2 + (i % 4),
      atLeast: true,
      max: null,
      per,
      every,
      average,
      unit: 'insatser',
    }),
  );
  await sql`create temporary table bench_targets (pos int, target jsonb)`.execute(db);
  await sql`insert into bench_targets values ${sql.join(targets.map((t, i) => sql`(${i}, ${t}::jsonb)`))}`.execute(db);
  const last = opts.firstYear + opts.years - 1;
  await sql`
    insert into promise_sets (id, title, status, version, period_from, period_to, signatories, sections, warnings, published_at)
    select gen_random_uuid(), 'Medborgarlöfte ' || o.name || ' ' || y, case when y = ${last} then 'published' else 'closed' end, 1,
      make_date(y, 1, 1), make_date(y, 12, 31), '[]', '{}', '[]', now()
    from organisations o cross join generate_series(${opts.firstYear}::int, ${last}::int) y where o.kind = 'municipality'`.execute(
    db,
  );
  await sql`
    insert into promise_set_municipalities (promise_set_id, position, organisation_id, name)
    select p.id, 0, o.id, o.name from promise_sets p join organisations o on p.title like 'Medborgarlöfte ' || o.name || ' ____'`.execute(
    db,
  );
  await sql`insert into focus_areas (promise_set_id, position, title) select id, 0, 'Trygghet' from promise_sets`.execute(
    db,
  );
  await sql`
    insert into commitments (promise_set_id, focus_area_id, position, text, target)
    select f.promise_set_id, f.id, t.pos, 'Åtagande ' || (t.pos + 1), t.target from focus_areas f cross join bench_targets t`.execute(
    db,
  );
  const perCommitment = Math.round(opts.perYear / (290 * 12));
  await sql`
    insert into activities (commitment_id, promise_set_id, date, quantity, created_by)
    select c.id, c.promise_set_id, p.period_from + (random() * 364)::int, 1, 'bench'
    from commitments c join promise_sets p on p.id = c.promise_set_id cross join generate_series(1, ${perCommitment}::int)`.execute(
    db,
  );
  await rebuildPieces(db, null);
  await sql`analyze`.execute(db);
}
