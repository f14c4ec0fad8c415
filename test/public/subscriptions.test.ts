/** E-mail updates: double opt-in, one-click unsubscribe, unguessable tokens, rate limits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { notifySubscribers } from '../../src/app/public/subscriptions.ts';
import { notifyFollowUpPublished, notifyPromiseSetPublished } from '../../src/app/public/notify.ts';

let ctx: TestContext;
let kalixId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  kalixId = (
    await ctx.deps.db.selectFrom('organisations').select('id').where('slug', '=', 'kalix').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => ctx.close());

const form = (url: string, fields: Record<string, string>, ip = '10.0.0.1') =>
  ctx.app.inject({
    method: 'POST',
    url,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const subscribe = (email: string, ip?: string) => form('/prenumeration', { kommun: 'kalix', email, lang: 'sv' }, ip);
const linkIn = (text: string, path: string) => {
  const m = text.match(new RegExp(`http://localhost:3000${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!m) throw new Error(`no ${path} link in: ${text}`);
  return { url: m[0].replace('http://localhost:3000', ''), token: m[1]! };
};
const update = () =>
  notifySubscribers(ctx.deps, kalixId, {
    subject: 'Ny uppföljning i Kalix',
    text: 'Uppföljningen av första halvåret är publicerad.',
  });

describe('double opt-in', () => {
  let confirm: { url: string; token: string };
  let unsubscribeLink: { url: string; token: string };

  it('the form sends a confirmation mail, and nothing else reaches the address until it is confirmed', async () => {
    const res = await subscribe('Medborgare@Example.se');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Titta i din e-post');
    expect(ctx.mails).toHaveLength(1);
    expect(ctx.mails[0]!.to).toBe('medborgare@example.se');
    expect(ctx.mails[0]!.subject).toContain('Bekräfta');
    confirm = linkIn(ctx.mails[0]!.text, '/prenumeration/bekrafta');
    expect(await update()).toBe(0);
    expect(ctx.mails).toHaveLength(1);
  });

  it('the link in the mail shows a button; following the link alone confirms nothing', async () => {
    const page = await ctx.app.inject({ url: confirm.url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<button type="submit">Ja, bekräfta</button>');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(await update()).toBe(0);
  });

  it('a guessed or altered token is refused and changes nothing', async () => {
    const bad = await form('/prenumeration/bekrafta', { token: `${confirm.token.slice(0, -2)}xx` });
    expect(bad.statusCode).toBe(404);
    expect(bad.body).toContain('Länken gäller inte');
    expect((await form('/prenumeration/bekrafta', { token: '' })).statusCode).toBe(404);
    expect(await update()).toBe(0);
  });

  it('confirming starts the updates, and every update carries a one-click unsubscribe link', async () => {
    const ok = await form('/prenumeration/bekrafta', { token: confirm.token });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Prenumerationen är bekräftad');
    expect((await form('/prenumeration/bekrafta', { token: confirm.token })).statusCode).toBe(404);
    ctx.mails.length = 0;
    expect(await update()).toBe(1);
    const mail = ctx.mails[0]!;
    expect(mail.text).toContain('Uppföljningen av första halvåret är publicerad.');
    unsubscribeLink = linkIn(mail.text, '/prenumeration/avsluta');
    expect(mail.text).toContain(`List-Unsubscribe: <http://localhost:3000${unsubscribeLink.url}>`);
    expect(unsubscribeLink.token.length).toBeGreaterThanOrEqual(43);
  });

  it('subscribing again while confirmed sends nothing and tells nothing', async () => {
    ctx.mails.length = 0;
    const res = await subscribe('medborgare@example.se', '10.0.0.2');
    expect(res.body).toContain('Titta i din e-post');
    expect(ctx.mails).toHaveLength(0);
  });

  it('unsubscribing: the link shows a button, the button ends it, and no more mail is sent', async () => {
    const page = await ctx.app.inject({ url: unsubscribeLink.url });
    expect(page.body).toContain('<button type="submit">Ja, avsluta</button>');
    expect((await form('/prenumeration/avsluta', { token: 'gissat-token' })).statusCode).toBe(404);
    expect(await update()).toBe(1);
    const done = await form('/prenumeration/avsluta', { token: unsubscribeLink.token });
    expect(done.body).toContain('Prenumerationen är avslutad');
    expect(await update()).toBe(0);
  });

  it('mail clients can unsubscribe with one POST to the link itself (RFC 8058)', async () => {
    ctx.mails.length = 0;
    await subscribe('annan@example.se', '10.0.0.3');
    await form('/prenumeration/bekrafta', { token: linkIn(ctx.mails[0]!.text, '/prenumeration/bekrafta').token });
    await update();
    const link = linkIn(ctx.mails.at(-1)!.text, '/prenumeration/avsluta');
    const res = await form(link.url, { 'List-Unsubscribe': 'One-Click' });
    expect(res.statusCode).toBe(200);
    expect(await update()).toBe(0);
  });
});

describe('what the workflows will call once something is published', () => {
  it('sends nothing for a follow-up or set that is not published', async () => {
    expect(await notifyFollowUpPublished(ctx.deps, '00000000-0000-0000-0000-000000000000')).toBe(0);
    expect(await notifyPromiseSetPublished(ctx.deps, '00000000-0000-0000-0000-000000000000')).toBe(0);
  });
});

describe('bad input and abuse', () => {
  it('an address that is not one gets a clear error and nothing is stored', async () => {
    const before = await ctx.deps.db
      .selectFrom('public_subscriptions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await subscribe('inte en adress', '10.0.0.4');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('namn@exempel.se');
    const after = await ctx.deps.db
      .selectFrom('public_subscriptions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('the same address cannot be flooded with confirmation mails', async () => {
    ctx.mails.length = 0;
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await subscribe('offer@example.se', `10.0.1.${i}`)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect(ctx.mails).toHaveLength(3);
  });

  it('one client cannot subscribe address after address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await subscribe(`person${i}@example.se`, '10.9.9.9')).statusCode);
    expect(codes.filter((c) => c === 429)).toHaveLength(2);
  });

  it('a kommun that does not use the product cannot be subscribed to', async () => {
    const res = await form('/prenumeration', { kommun: 'stockholm', email: 'x@example.se' }, '10.0.2.1');
    expect(res.statusCode).toBe(404);
  });
});
