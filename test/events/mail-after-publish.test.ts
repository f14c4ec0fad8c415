/**
 * Publishing does not send mail; the outbox's consumer does, after the
 * commit. A real SMTP server on 127.0.0.1 is down when a follow-up is
 * published: the publish still succeeds at once, the mail waits, and when
 * the server is back the subscriber gets it exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { drainEvents, MAX_ATTEMPTS, retryDelayMs } from '../../src/app/events/drain.ts';
import {
  approvedFollowUp,
  events,
  publishedKalixSet,
  smtpServer,
  subscribe,
  type Kalix,
  type Smtp,
} from './support.ts';

let ctx: TestContext;
let smtp: Smtp;
let kalix: Kalix;
let clock = new Date('2019-07-10T10:00:00Z');

beforeAll(async () => {
  smtp = await smtpServer();
  ctx = await startTestApp({ mailer: createMailer(smtp.url, 'Medborgarlöften <noreply@example.se>', () => {}) });
  ctx.deps.now = () => clock;
  kalix = await publishedKalixSet(ctx);
  await subscribe(ctx, 'invanare@example.se', () => smtp.inbox.at(-1)!.raw);
  await drainEvents(ctx.deps);
  smtp.inbox.length = 0;
});
afterAll(async () => {
  await ctx.close();
  await smtp.down();
});

const toSubscriber = () => smtp.inbox.filter((m) => m.to.includes('invanare@example.se'));

describe('a follow-up published while the mail server is down', () => {
  let id: string;

  it('is published at once, and the mail waits in the outbox with the failure recorded', async () => {
    id = await approvedFollowUp(ctx, kalix);
    await smtp.down();
    const started = Date.now();
    const res = await kalix.coordinator.request('POST', `/api/v1/follow-ups/${id}/publish`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('published');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await drainEvents(ctx.deps)).toMatchObject({ failed: 1, busy: false });
    const published = (await events(ctx)).find((e) => e.kind === 'follow_up.published')!;
    expect(published).toMatchObject({ subject_id: id, handled_at: null, attempts: 1 });
    expect(published.last_error).toMatch(/subscriber-mail: .*(ECONNREFUSED|connect)/);
    expect(toSubscriber()).toHaveLength(0);
  });

  it('is not tried again before its retry is due', async () => {
    await smtp.up();
    expect(await drainEvents(ctx.deps)).toMatchObject({ handled: 0, failed: 0 });
    expect(toSubscriber()).toHaveLength(0);
  });

  it('reaches the subscriber once when the server is back', async () => {
    clock = new Date(clock.getTime() + retryDelayMs(1));
    expect(await drainEvents(ctx.deps)).toMatchObject({ handled: 1, failed: 0 });
    clock = new Date(clock.getTime() + retryDelayMs(MAX_ATTEMPTS));
    await drainEvents(ctx.deps);
    const mails = toSubscriber();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toContain(`/kommun/kalix/uppfoljning/${id}`);
    expect(mails[0]!.raw).toContain('Avsluta prenumerationen med ett klick');
    expect((await events(ctx)).find((e) => e.kind === 'follow_up.published')!.handled_at).not.toBeNull();
  });
});
