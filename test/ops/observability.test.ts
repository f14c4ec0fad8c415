/**
 * What an operator reads: the request id in the answer header, in error
 * bodies and on every log line of the request; logs as JSON lines without
 * personal data; /metrics in the Prometheus text format, only for whoever
 * holds the token or on the internal listener.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { createMetrics, listenForMetrics } from '../../src/server/plugins/metrics.ts';
import { countedMailer, serveLog } from '../../src/cli/serve-ops.ts';
import { startEventWorker } from '../../src/app/events/worker.ts';
import { DEMO, signIn, startTestApp, usingPostgres, type TestContext } from '../helpers.ts';

const TOKEN = 'matvarden-nyckel-0123456789';
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => ctx.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('every answer has its own id in x-request-id, and an error body carries the same id', async () => {
    const page = await ctx.app.inject({ url: '/' });
    const ok = await ctx.app.inject({ url: '/healthz' });
    const missing = await ctx.app.inject({ url: '/api/v1/users' });
    const ids = [page, ok, missing].map((r) => r.headers['x-request-id']);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(3);
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ code: 'unauthenticated', requestId: ids[2] });

    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(bad.json()).toMatchObject({ code: 'bad_request', requestId: bad.headers['x-request-id'] });
    const admin = await signIn(ctx.app, DEMO.admin);
    const invalid = await admin.request('POST', '/api/v1/organisations', { kind: 'region', name: '' });
    expect(invalid.json()).toMatchObject({ code: 'validation_failed', requestId: invalid.headers['x-request-id'] });
  });

  it("keeps a proxy's X-Request-Id only behind a trusted proxy, and only when it looks like an id", async () => {
    const given = 'nginx-5f2b9c0a1d';
    const direct = await ctx.app.inject({ url: '/healthz', headers: { 'x-request-id': given } });
    expect(direct.headers['x-request-id']).toMatch(UUID);

    const behind = await startTestApp({ env: { TRUST_PROXY: 'true' }, demo: false });
    try {
      const kept = await behind.app.inject({ url: '/healthz', headers: { 'x-request-id': given } });
      expect(kept.headers['x-request-id']).toBe(given);
      const forged = await behind.app.inject({ url: '/healthz', headers: { 'x-request-id': 'a b"}\\n{"level":60' } });
      expect(forged.headers['x-request-id']).toMatch(UUID);
    } finally {
      await behind.close();
    }
  });
});

describe('logs', () => {
  it('are JSON lines; each request line has its id; no e-mail address, password, query or client address', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const config = loadConfig({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
    const log = serveLog(config, { stdout: () => {}, stderr: () => {} }, false, sink);
    const app = await buildApp(ctx.deps, { loggerInstance: log.app! });
    try {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login?email=anna.andersson@kalix.se',
        payload: { email: 'anna.andersson@kalix.se', password: 'hemligt-losenord-77' },
      });
      expect(wrong.statusCode).toBe(401);
      const page = await app.inject({ url: '/kommun/kalix?fran=anna.andersson@kalix.se' });
      log.line('Dagliga påminnelser körda: 0 e-postmeddelanden skickade.');
      const dbError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
        code: '23505',
        detail: 'Key (email)=(anna.andersson@kalix.se) already exists.',
      });
      log.app!.error({ err: dbError }, 'unhandled error');

      const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const byRequest = (res: typeof wrong) => parsed.filter((p) => p.requestId === res.headers['x-request-id']);
      expect(byRequest(wrong)).toEqual([expect.objectContaining({ route: '/api/v1/auth/login', status: 401 })]);
      expect(byRequest(page)).toEqual([expect.objectContaining({ route: '/kommun/:slug', method: 'GET' })]);
      expect(parsed.some((p) => p.msg === 'Dagliga påminnelser körda: 0 e-postmeddelanden skickade.')).toBe(true);
      expect(parsed.find((p) => p.msg === 'unhandled error')?.err).toMatchObject({ code: '23505' });
      const all = lines.join('\n');
      for (const secret of ['anna.andersson', 'hemligt-losenord-77', 'fran=', '127.0.0.1', 'remoteAddress']) {
        expect(all).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});

async function scrape(): Promise<string> {
  const res = await ctx.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain; version=0.0.4');
  return res.body;
}

describe('/metrics', () => {
  it('answers only with the token: 401 without or with a wrong one, a plain 404 where no token is set', async () => {
    const none = await ctx.app.inject({ url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.json()).toMatchObject({ code: 'unauthenticated', requestId: none.headers['x-request-id'] });
    const wrong = await ctx.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain('lofte_');

    const closed = await startTestApp({ demo: false });
    try {
      const res = await closed.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('lofte_');
    } finally {
      await closed.close();
    }
  });

  it('counts requests and their latency by declared route, never by the ids in the address', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const id = randomUUID();
    for (let i = 0; i < 3; i++) await admin.request('GET', `/api/v1/organisations/${id}`);
    const text = await scrape();
    expect(text).toMatch(
      /lofte_http_requests_total\{method="GET",route="\/api\/v1\/organisations\/:id",status="404"\} 3\n/,
    );
    expect(text).toMatch(
      /lofte_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/organisations\/:id"\} 3\n/,
    );
    expect(text).toContain('lofte_http_requests_total{method="POST",route="/api/v1/auth/login",status="200"}');
    expect(text).not.toContain(id);
    if (usingPostgres) {
      expect(text).toContain('lofte_db_pool_connections{state="max"} 10');
      expect(text).toMatch(/lofte_db_pool_connections\{state="total"\} [1-9]/);
    } else {
      expect(text).not.toContain('lofte_db_pool_connections{');
    }
  });

  it('counts job runs and e-mails sent and failed, and serves them alone on an internal listener', async () => {
    const metrics = createMetrics(ctx.deps);
    const working = countedMailer({ send: async () => {} }, metrics);
    const broken = countedMailer(
      {
        send: async () => {
          throw new Error('SMTP svarar inte');
        },
      },
      metrics,
    );
    await working.send({ to: 'a@x.se', subject: 's', text: 't' });
    await working.send({ to: 'b@x.se', subject: 's', text: 't' });
    await expect(broken.send({ to: 'c@x.se', subject: 's', text: 't' })).rejects.toThrow('SMTP svarar inte');
    let ran = false;
    const worker = startEventWorker(
      ctx.deps,
      () => {},
      3_600_000,
      (outcome) => {
        metrics.jobRun('events', outcome);
        ran = true;
      },
    );
    while (!ran) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();

    const listener = await listenForMetrics(metrics, '127.0.0.1', 0);
    try {
      const text = await (await fetch(listener.address)).text();
      expect(text).toContain('lofte_emails_total{outcome="sent"} 2');
      expect(text).toContain('lofte_emails_total{outcome="failed"} 1');
      expect(text).toContain('lofte_job_runs_total{job="events",outcome="ran"} 1');
      expect((await fetch(listener.address.replace('/metrics', '/api/v1/users'))).status).toBe(404);
    } finally {
      await listener.close();
    }
  });
});

describe('configuration', () => {
  it('refuses a short metrics token, an unknown log format and a shutdown wait out of range', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'kort' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ METRICS_PORT: 'nio' })).toThrow(/METRICS_PORT/);
    const config = loadConfig({ METRICS_PORT: '9464', SHUTDOWN_TIMEOUT_SECONDS: '25' });
    expect(config).toMatchObject({ metricsPort: 9464, metricsHost: '127.0.0.1', shutdownTimeoutSeconds: 25 });
  });
});
