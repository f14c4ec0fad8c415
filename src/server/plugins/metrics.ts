/**
 * /metrics in the Prometheus text format (prom-client): requests and their
 * latency per route, the database pool, job runs, e-mails sent and failed,
 * and (in a served process) the process's own figures. Each app has its own
 * registry, so the tests' many apps in one process do not share counters.
 *
 * Not for everyone: on the public port it needs METRICS_TOKEN as a bearer
 * token and is a plain 404 without one; METRICS_PORT serves it on an
 * internal address instead (serve.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Deps } from '../../app/deps.ts';
import { poolStatsOf } from '../../db/connect.ts';
import { AppError } from '../../domain/errors.ts';

export type JobOutcome = 'ran' | 'skipped' | 'failed';

export interface Metrics {
  registry: Registry;
  request(method: string, route: string, status: number, seconds: number): void;
  jobRun(job: string, outcome: JobOutcome): void;
  mail(outcome: 'sent' | 'failed'): void;
}

/** The route a request matched, as declared (`/api/v1/promises/:id`): ids and tokens never become labels. */
export function routeLabel(route: string | undefined): string {
  return route ?? 'okänd adress';
}

export function createMetrics(deps: Pick<Deps, 'db'>, options: { process?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.process) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'lofte_http_requests_total',
    help: 'Förfrågningar per route, metod och status (HTTP requests)',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'lofte_http_request_duration_seconds',
    help: 'Svarstid per route och metod (request latency)',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'lofte_job_runs_total',
    help: 'Körningar av bakgrundsjobb per jobb och utfall (ran, skipped, failed)',
    labelNames: ['job', 'outcome'],
    registers: [registry],
  });
  const mails = new Counter({
    name: 'lofte_emails_total',
    help: 'E-postmeddelanden skickade och misslyckade (e-mails sent, failed)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'lofte_db_pool_connections',
    help: 'Databasanslutningar i poolen: max, total, idle, waiting (PostgreSQL; tom på den inbäddade databasen)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = poolStatsOf(deps.db);
      if (!stats) return;
      for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
    },
  });
  for (const outcome of ['sent', 'failed']) mails.inc({ outcome }, 0);
  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    jobRun: (job, outcome) => jobs.inc({ job, outcome }),
    mail: (outcome) => mails.inc({ outcome }),
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Counts every answer by the route it matched, and serves /metrics to whoever holds the token. */
export function registerMetrics(app: FastifyInstance, metrics: Metrics, token: string | null): void {
  app.addHook('onResponse', async (req, reply) => {
    metrics.request(req.method, routeLabel(req.routeOptions.url), reply.statusCode, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!token) return reply.callNotFound();
    const given = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? '';
    if (!sameToken(given, token)) {
      reply.header('www-authenticate', 'Bearer');
      throw new AppError(
        'unauthenticated',
        'Mätvärdena kräver rätt nyckel (METRICS_TOKEN)',
        'The metrics need the right token (METRICS_TOKEN)',
      );
    }
    return reply
      .header('content-type', metrics.registry.contentType)
      .header('cache-control', 'no-store')
      .send(await metrics.registry.metrics());
  });
}

/** /metrics alone on its own port, for an internal address (METRICS_PORT, METRICS_HOST): no token asked there. */
export async function listenForMetrics(
  metrics: Metrics,
  host: string,
  port: number,
): Promise<{ address: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Finns inte (not found): /metrics\n');
      return;
    }
    metrics.registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    address: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
