/** A new, empty database on the benchmark's PostgreSQL server, dropped afterwards (kept with BENCH_KEEP=1). */
import pg from 'pg';

export async function withFreshDatabase<T>(base: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `lofte_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    if (!process.env.BENCH_KEEP) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
