import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

/**
 * Claims the named job for `holder` until `ttlMs` from now, unless another
 * process holds an unexpired claim. The claim lives in the database, so
 * with several app processes exactly one runs the job.
 */
export async function tryLock(db: Db, name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + ttlMs);
  const row = await sql<{ name: string }>`
    insert into job_locks (name, holder, locked_until) values (${name}, ${holder}, ${until})
    on conflict (name) do update set holder = excluded.holder, locked_until = excluded.locked_until
      where job_locks.locked_until < ${now} or job_locks.holder = ${holder}
    returning name`.execute(db);
  return row.rows.length === 1;
}

export async function unlock(db: Db, name: string, holder: string, ranOn: string | null): Promise<void> {
  await db
    .updateTable('job_locks')
    .set({ locked_until: new Date(0), ...(ranOn ? { last_run_on: ranOn } : {}) })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

export async function lastRunOn(db: Db, name: string): Promise<string | null> {
  const row = await db.selectFrom('job_locks').select('last_run_on').where('name', '=', name).executeTakeFirst();
  return row?.last_run_on ?? null;
}
