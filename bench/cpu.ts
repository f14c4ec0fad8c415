/**
 * CPU time a load phase costs: this process (the server under test and the
 * load generator's thread) and the database backends connected to the
 * benchmark's database, read from /proc (Linux; null elsewhere). On a
 * machine shared with other work, a phase's requests per second follow
 * everyone else's load; its CPU per request much less so, which makes it
 * the steadier figure to compare two ways of doing the same work.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticksOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return 0;
  }
}

async function backendTicks(db: Db): Promise<Map<number, number>> {
  const rows = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(
    db,
  );
  return new Map(rows.rows.map((r) => [r.pid, ticksOf(r.pid)]));
}

export interface CpuCost {
  /** Milliseconds of CPU per request in this process (server and load generator). */
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
  const before = await backendTicks(db);
  const app = process.cpuUsage();
  const result = await phase();
  const appMicros = process.cpuUsage(app);
  const after = await backendTicks(db);
  if (![...after.values()].some((t) => t > 0)) return { ...result, cpu: null };
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  const n = Math.max(1, result.requests);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const appMs = (appMicros.user + appMicros.system) / 1000 / n;
  const databaseMs = (ticks * TICK_MS) / n;
  return { ...result, cpu: { appMs: round(appMs), databaseMs: round(databaseMs), totalMs: round(appMs + databaseMs) } };
}
