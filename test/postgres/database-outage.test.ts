/**
 * While the database cannot be reached, the API and the pages answer 503
 * with Retry-After (not 500), and the app recovers by itself when the
 * database is back. The outage is real: the app talks to PostgreSQL through
 * a TCP relay that the test cuts and restores.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { loadConfig } from '../../src/config.ts';
import { createDeps } from '../../src/server/deps.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Deps } from '../../src/app/deps.ts';

/** A relay to the real server that can be cut (every connection dropped, new ones refused) and restored. */
function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server!.close(() => resolve());
    });
  return { open, cut, port: () => port };
}

let ctx: TestContext;
let deps: Deps;
let app: FastifyInstance;
let admin: Client;
let link: ReturnType<typeof relay>;

beforeAll(async () => {
  ctx = await startTestApp();
  const direct = new URL(ctx.config.databaseUrl!);
  link = relay(direct);
  await link.open();
  const viaRelay = new URL(direct);
  viaRelay.hostname = '127.0.0.1';
  viaRelay.port = String(link.port());
  deps = await createDeps(loadConfig({ DATABASE_URL: viaRelay.toString(), DATA_DIR: 'memory://' }), { log: () => {} });
  app = await buildApp(deps);
  admin = await signIn(app, 'admin@demo.medborgarlofte.se');
});
afterAll(async () => {
  await app.close();
  await deps.db.destroy();
  await ctx.close();
});

describe('database outage', () => {
  it('answers 503 with Retry-After on the API, the public pages and sign-in, then recovers', async () => {
    expect((await admin.request('GET', '/api/v1/organisations')).statusCode).toBe(200);
    await link.cut();

    const api = await admin.request('GET', '/api/v1/organisations');
    expect(api.statusCode).toBe(503);
    expect(Number(api.headers['retry-after'])).toBeGreaterThan(0);
    expect(api.json()).toMatchObject({ code: 'database_unavailable' });
    expect(api.json().message).toMatch(/Databasen/);

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'admin@demo.medborgarlofte.se', password: 'fel' },
    });
    expect(login.statusCode).toBe(503);

    const publicPage = await app.inject({ method: 'GET', url: '/kommun/kalix', headers: { accept: 'text/html' } });
    expect(publicPage.statusCode).toBe(503);
    expect(publicPage.headers['retry-after']).toBeDefined();
    expect(publicPage.headers['content-type']).toContain('text/html');
    expect(publicPage.body).toContain('Tillfälligt otillgänglig');

    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);

    await link.open();
    let back = 0;
    for (let i = 0; i < 50 && back !== 200; i++) {
      back = (await admin.request('GET', '/api/v1/organisations')).statusCode;
      if (back !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(200);
  }, 60_000);
});
