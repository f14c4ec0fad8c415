/**
 * The running server drains the outbox by itself: right after a staff
 * change (the nudge), without a test or an operator calling drainEvents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signIn, startTestApp, DEMO, type TestContext } from '../helpers.ts';
import { buildApp } from '../../src/server/app.ts';
import { startEventWorker, type EventWorker } from '../../src/app/events/worker.ts';
import { approvedFollowUp, publishedKalixSet, subscribe } from './support.ts';

let ctx: TestContext;
let app: FastifyInstance;
let worker: EventWorker;
const log: string[] = [];

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2019-07-10T10:00:00Z');
  // The server as `lofte serve` wires it; the interval is long, so only the nudge can explain a quick mail.
  worker = startEventWorker(ctx.deps, (line) => log.push(line), 3_600_000);
  app = await buildApp(ctx.deps, { afterChange: worker.nudge });
});
afterAll(async () => {
  await app.close();
  await worker.stop();
  await ctx.close();
});

async function eventually<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the server', () => {
  it('mails subscribers moments after a follow-up is published, with nobody draining by hand', async () => {
    const kalix = await publishedKalixSet({ ...ctx, app });
    await subscribe({ ...ctx, app }, 'invanare@example.se', () => ctx.mails.at(-1)!.text);
    const id = await approvedFollowUp({ ...ctx, app }, kalix);
    const coordinator = await signIn(app, DEMO.kalixCoordinator);
    const published = await coordinator.request('POST', `/api/v1/follow-ups/${id}/publish`);
    expect(published.statusCode).toBe(200);
    const news = await eventually(
      () => ctx.mails.filter((m) => m.to === 'invanare@example.se' && m.subject.startsWith('Ny uppföljning')),
      (m) => m.length > 0,
    );
    expect(news).toHaveLength(1);
    const unhandled = await eventually(
      () => ctx.deps.db.selectFrom('domain_events').select('kind').where('handled_at', 'is', null).execute(),
      (rows) => rows.length === 0,
    );
    expect(unhandled).toEqual([]);
    expect(log).toEqual([]);
  });
});
