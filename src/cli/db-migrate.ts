import type { Config } from '../config.ts';
import { connectDb, migrateToLatest } from '../db/connect.ts';
import type { Io } from './io.ts';

export async function runDbMigrate(_args: string[], io: Io, config: Config): Promise<number> {
  const db = await connectDb(config);
  try {
    const applied = await migrateToLatest(db);
    io.stdout(applied.length ? `Migrerat: ${applied.join(', ')}` : 'Databasen är redan uppdaterad.');
    return 0;
  } finally {
    await db.destroy();
  }
}
