import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Database } from './schema.ts';
import { migrations } from './migrations/index.ts';
import { preparingPool } from './prepared-pool.ts';
import { AccessChanges, listenForAccessChanges, watchPglite } from './access-changes.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Db = Kysely<Database>;

const DATE_OID = 1082;
/** Connections one process keeps to a PostgreSQL server at most. */
const POOL_MAX = 10;

export interface DbTarget {
  databaseUrl: string | null;
  dataDir: string;
}

/** Opens the configured database: a PostgreSQL server when DATABASE_URL is set, otherwise embedded PGlite. */
export async function connectDb(target: DbTarget): Promise<Db> {
  if (target.databaseUrl) {
    const { default: pg } = await import('pg');
    // Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them by the server's time zone.
    pg.types.setTypeParser(DATE_OID, (v: string) => v);
    // A server that does not answer at all (a cut network) must fail a request within seconds (503), not hang it.
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: POOL_MAX, connectionTimeoutMillis: 5000 });
    // An idle connection dropped by the server (restart, failover) must not take the process down; the pool reconnects.
    pool.on('error', (err) => process.stderr.write(`Databasanslutning stängd: ${err.message}\n`));
    // The pool listens for errors only on idle connections; one cut while checked out (or after the pool
    // dropped it) would otherwise be an uncaught exception that ends the process. Its query fails anyway.
    pool.on('connect', (client) => client.on('error', () => {}));
    const changes = new AccessChanges(false);
    const stop = await listenForAccessChanges(pg.Client, target.databaseUrl, changes);
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: preparingPool(pool, { watch: changes, onEnd: stop }) }),
    });
    accessChanges.set(db, changes);
    poolStats.set(db, () => ({
      max: POOL_MAX,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }));
    return db;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const memory = target.dataDir === 'memory://' || target.dataDir === '';
  if (!memory) mkdirSync(target.dataDir, { recursive: true });
  // One process owns an embedded database (data-dir-lock.ts): a second one refuses before touching it.
  const lock = memory ? null : await lockDataDir(target.dataDir);
  const options = { parsers: { [DATE_OID]: (v: string) => v } };
  let pglite: InstanceType<typeof PGlite>;
  try {
    pglite = memory ? new PGlite(options) : new PGlite(target.dataDir, options);
    await pglite.waitReady;
  } catch (err) {
    await lock?.release();
    throw err;
  }
  // One process owns an embedded database, so every change of access is seen here.
  const changes = new AccessChanges(true);
  watchPglite(pglite, changes);
  const db = new Kysely<Database>({ dialect: new LockedPGliteDialect(pglite, lock) });
  accessChanges.set(db, changes);
  return db;
}

/** Releases the data folder's lock once the database is closed, so the same process may open it again. */
class LockedPGliteDialect extends PGliteDialect {
  readonly #lock: { release: () => Promise<void> } | null;
  constructor(
    pglite: ConstructorParameters<typeof PGliteDialect>[0]['pglite'],
    lock: { release: () => Promise<void> } | null,
  ) {
    super({ pglite });
    this.#lock = lock;
  }

  override createDriver(): ReturnType<PGliteDialect['createDriver']> {
    const driver = super.createDriver();
    const destroy = driver.destroy.bind(driver);
    driver.destroy = async () => {
      await destroy();
      await this.#lock?.release();
    };
    return driver;
  }
}

const accessChanges = new WeakMap<Db, AccessChanges>();

/** What tells this process about changes of access in its database (see access-changes.ts). */
export function accessChangesOf(db: Db): AccessChanges | null {
  return accessChanges.get(db) ?? null;
}

/** A PostgreSQL pool's connections now; the embedded database has none to count. */
export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

const poolStats = new WeakMap<Db, () => PoolStats>();

/** The pool's connections (for /metrics), or null on the embedded database. */
export function poolStatsOf(db: Db): PoolStats | null {
  return poolStats.get(db)?.() ?? null;
}

export function migrator(db: Db): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Features land in parallel; a migration numbered below one already applied must still run.
    allowUnorderedMigrations: true,
  });
}

/** Applies all pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'okänd';
    throw new Error(
      `Migreringen ${failed} misslyckades (migration failed): ${String((error as Error).message ?? error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function isReachable(db: Db): Promise<boolean> {
  try {
    await db.selectFrom('organisations').select('id').limit(1).execute();
    return true;
  } catch {
    return false;
  }
}
