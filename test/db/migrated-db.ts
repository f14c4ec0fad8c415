/**
 * A bare migrated database for the schema tests: PGlite in memory, or a new
 * database on the PostgreSQL server when DATABASE_URL is set. No app, no demo.
 */
import { connectDb, migrateToLatest, type Db } from '../../src/db/connect.ts';
import { freshPostgresDatabase } from '../helpers.ts';

export async function migratedDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  let databaseUrl: string | null = null;
  let drop: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL);
    databaseUrl = fresh.url;
    drop = fresh.drop;
  }
  const db = await connectDb({ databaseUrl, dataDir: 'memory://' });
  await migrateToLatest(db);
  return {
    db,
    close: async () => {
      await db.destroy();
      if (drop) await drop();
    },
  };
}
