/**
 * The activity piece rule is written once, as the SQL function
 * activity_piece() (src/db/sql/pieces.ts, installed by migration 0021):
 * it gives the documented piece for every day, and no other source file
 * (apart from the copies landed migrations keep) writes the rule out again
 * or calls log_activity() with positional arguments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.ts';
import { activityPiece } from '../../src/db/sql/pieces.ts';
import { migratedDatabase } from './migrated-db.ts';

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await migratedDatabase());
});

afterAll(async () => {
  await close?.();
});

/** The rule as documented: the later of the ISO week's Monday and the month's first day; a day for per-day targets. */
function expectedPiece(day: string, per: string | null): string {
  if (per === 'day') return day;
  const d = new Date(`${day}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  return (monday > first ? monday : first).toISOString().slice(0, 10);
}

/** Landed migrations keep the copies they installed (docs/ARCHITECTURE.md); everything else must call the function. */
const LANDED_COPIES = [
  'src/db/migrations/0004_activity_pieces.ts',
  'src/db/migrations/0013_log_activity.ts',
  'src/db/migrations/0016_progress_versions_per_commitment.ts',
  // 0021's down reinstalls 0016's log_activity().
  'src/db/migrations/0021_activity_piece_function.ts',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the activity piece rule', () => {
  it('gives the week ∩ month piece, or the day itself for per-day targets, for every day of four years', async () => {
    const days: string[] = [];
    for (let t = Date.UTC(2023, 11, 1); t <= Date.UTC(2027, 0, 31); t += 86_400_000)
      days.push(new Date(t).toISOString().slice(0, 10));
    for (const per of ['day', 'week', 'month', null]) {
      const { rows } = await sql<{
        d: string;
        p: string;
      }>`select d::text as d, ${activityPiece(sql`d`, per === null ? null : sql`${per}::text`)}::text as p
        from unnest(${days}::date[]) d order by d`.execute(db);
      expect(rows.map((r) => `${r.d} ${r.p}`)).toEqual(days.map((d) => `${d} ${expectedPiece(d, per)}`));
    }
  });

  it('is written only in src/db/sql/pieces.ts, and log_activity() is called only by name', () => {
    const root = join(import.meta.dirname, '../..');
    const offenders = sourceFiles(join(root, 'src'))
      .map((f) => relative(root, f))
      .filter((f) => f !== 'src/db/sql/pieces.ts' && !LANDED_COPIES.includes(f))
      .filter((f) => /date_trunc\(\s*'(week|month)'|log_activity\(\s*\$\{/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
