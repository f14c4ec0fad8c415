/**
 * A small closed-loop load generator: `connections` workers each send one
 * request after another for `seconds`, over keep-alive HTTP, and the
 * latencies of all requests give the percentiles.
 *
 * `load()` runs the generator in a worker thread, so on a small machine the
 * server under test does not share its event loop (or its core) with the
 * clients; the server and its baseline are loaded the same way.
 */
import http from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request bodies, used in turn (so inserts differ), or none. */
  bodies?: string[];
  /** Extra headers per request, used in turn (a client address, a cookie), or none. */
  headerSets?: Record<string, string>[];
  connections: number;
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function generate(opts: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const url = new URL(opts.url);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const end = performance.now() + opts.seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const body = opts.bodies?.length ? opts.bodies[sent % opts.bodies.length] : undefined;
      const extra = opts.headerSets?.length ? opts.headerSets[sent % opts.headerSets.length] : undefined;
      sent++;
      const started = performance.now();
      const req = http.request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: opts.method ?? 'GET',
          headers: {
            ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
            ...opts.headers,
            ...extra,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if ((res.statusCode ?? 500) >= 400) errors++;
            latencies.push(performance.now() - started);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  const worker = async () => {
    while (performance.now() < end) await once();
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    rps: r(latencies.length / elapsed),
    p50: r(percentile(latencies, 50)),
    p95: r(percentile(latencies, 95)),
    p99: r(percentile(latencies, 99)),
  };
}

export function load(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: opts });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited ${code}`));
    });
  });
}

if (!isMainThread && parentPort) parentPort.postMessage(await generate(workerData as LoadOptions));

/**
 * Loads `a` and `b` in turn, `rounds` times each, so both meet the same
 * background work of the database (autovacuum, checkpoints) instead of one
 * of them catching it alone. Requests/s over all rounds; p50/p95/p99 are
 * the medians of the rounds'.
 */
export async function loadInTurn(a: LoadOptions, b: LoadOptions, rounds: number): Promise<[LoadResult, LoadResult]> {
  const runs: [LoadResult[], LoadResult[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    runs[0].push(await load({ ...a, seconds: a.seconds / rounds }));
    runs[1].push(await load({ ...b, seconds: b.seconds / rounds }));
  }
  const merge = (list: LoadResult[], seconds: number): LoadResult => {
    const median = (pick: (r: LoadResult) => number) =>
      list.map(pick).sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
    const requests = list.reduce((n, r) => n + r.requests, 0);
    return {
      requests,
      errors: list.reduce((n, r) => n + r.errors, 0),
      rps: Math.round((requests / seconds) * 100) / 100,
      p50: median((r) => r.p50),
      p95: median((r) => r.p95),
      p99: median((r) => r.p99),
    };
  };
  return [merge(runs[0], a.seconds), merge(runs[1], b.seconds)];
}
