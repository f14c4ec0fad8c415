/**
 * CPU time a load phase costs: this process's threads (the server under
 * test, its garbage collector and thread pool; not the load generator's
 * thread) and the database backends connected to the benchmark's
 * database, from the scheduler's counts in /proc (Linux; null elsewhere). On a
 * machine shared with other work, a phase's requests per second follow
 * everyone else's load; its CPU per request much less so, which makes it
 * the steadier figure to compare two ways of doing the same work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';

/** CPU time of a process in milliseconds: the scheduler's nanoseconds where the kernel keeps them, else ticks. */
function cpuMsOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms
    } catch {
      return 0;
    }
  }
}

/** CPU time of this process's threads but the load generator's (worker threads, named WorkerThread by Node). */
function serverCpuMs(): Map<string, number> {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const path = `/proc/self/task/${tid}`;
      if (readFileSync(`${path}/comm`, 'utf8').trim() === 'WorkerThread') continue;
      threads.set(tid, Number(readFileSync(`${path}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    }
  } catch {
    // a thread ended while being read: counted as far as read
  }
  return threads;
}

async function backendCpuMs(db: Db): Promise<Map<number, number>> {
  const rows = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(
    db,
  );
  return new Map(rows.rows.map((r) => [r.pid, cpuMsOf(r.pid)]));
}

export interface CpuCost {
  /** Milliseconds of CPU per request in this process, the load generator's thread left out. */
  appMs: number;
  /** Milliseconds of CPU per request in the database's backends. */
  databaseMs: number;
  totalMs: number;
}

/** Runs a load phase and adds what it cost in CPU per request (null where /proc cannot be read). */
export async function withCpu<T extends { requests: number }>(
  db: Db,
  phase: () => Promise<T>,
): Promise<T & { cpu: CpuCost | null }> {
  const before = await backendCpuMs(db);
  const server = serverCpuMs();
  const result = await phase();
  const serverAfter = serverCpuMs();
  const after = await backendCpuMs(db);
  if (![...after.values()].some((t) => t > 0)) return { ...result, cpu: null };
  let backends = 0;
  for (const [pid, t] of after) backends += t - (before.get(pid) ?? 0);
  let app = 0;
  for (const [tid, t] of serverAfter) app += t - (server.get(tid) ?? 0);
  const n = Math.max(1, result.requests);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const appMs = app / n;
  const databaseMs = backends / n;
  return { ...result, cpu: { appMs: round(appMs), databaseMs: round(databaseMs), totalMs: round(appMs + databaseMs) } };
}
