import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/seed.ts';
import { createAccount, TEST_PASSWORD } from '../accounts.ts';

let ctx: TestContext;
let admin: Client;
let kalix: string;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  kalix = await orgIdByCode(ctx.deps, '2514');
});
afterAll(async () => ctx.close());

async function createUser(email: string, role = 'viewer') {
  return createAccount(ctx, admin, { email, name: 'Test Person', organisationId: kalix, role });
}

describe('users and memberships', () => {
  it('creates a user who chooses a password through the mailed link, and refuses a duplicate e-mail without changing anything', async () => {
    const res = await admin.request('POST', '/api/v1/users', {
      email: 'Ny.Person@Kalix.se',
      name: 'Ny Person',
      organisationId: kalix,
      role: 'viewer',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'ny.person@kalix.se',
      hasPassword: false,
      invitationSent: true,
      memberships: [{ organisationId: kalix, role: 'viewer' }],
    });
    const mail = ctx.mails.filter((m) => m.to === 'ny.person@kalix.se').at(-1)!;
    expect(mail.text).toContain('Välj ditt lösenord');
    const token = decodeURIComponent(mail.text.match(/token=(\S+)/)![1]!);
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(confirm.statusCode).toBe(204);
    await signIn(ctx.app, 'ny.person@kalix.se', TEST_PASSWORD);
    const dup = await admin.request('POST', '/api/v1/users', {
      email: 'ny.person@kalix.se',
      name: 'X',
      organisationId: kalix,
      role: 'viewer',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toContain('finns redan');
  });

  it('refuses a password chosen by the admin, and a bad e-mail', async () => {
    const chosen = await admin.request('POST', '/api/v1/users', {
      email: 'vald@x.se',
      name: 'K',
      password: 'ett-langt-losenord',
      organisationId: kalix,
      role: 'viewer',
    });
    expect(chosen.statusCode).toBe(403);
    expect(chosen.json().message).toContain('länk');
    const bad = await admin.request('POST', '/api/v1/users', {
      email: 'inte-en-adress',
      name: 'K',
      organisationId: kalix,
      role: 'viewer',
    });
    expect(bad.statusCode).toBe(400);
    const users = (await admin.request('GET', '/api/v1/users')).json().users as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('vald@x.se');
  });

  it('adds, changes and removes memberships', async () => {
    const user = await createUser('flera@kalix.se');
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const added = await admin.request('POST', '/api/v1/memberships', {
      userId: user.id,
      organisationId: haparanda,
      role: 'officer',
    });
    expect(added.statusCode).toBe(201);
    expect(
      (
        await admin.request('POST', '/api/v1/memberships', {
          userId: user.id,
          organisationId: haparanda,
          role: 'viewer',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await admin.request('PATCH', `/api/v1/memberships/${added.json().id}`, { role: 'coordinator' })).statusCode,
    ).toBe(204);
    let view = (await admin.request('GET', `/api/v1/users/${user.id}`)).json();
    expect(view.memberships.find((m: { organisationId: string }) => m.organisationId === haparanda).role).toBe(
      'coordinator',
    );
    expect((await admin.request('DELETE', `/api/v1/memberships/${added.json().id}`)).statusCode).toBe(204);
    view = (await admin.request('GET', `/api/v1/users/${user.id}`)).json();
    expect(view.memberships).toHaveLength(1);
  });

  it('a disabled user cannot sign in and loses open sessions', async () => {
    const user = await createUser('avstangd@kalix.se');
    const session = await signIn(ctx.app, 'avstangd@kalix.se', TEST_PASSWORD);
    expect((await admin.request('PATCH', `/api/v1/users/${user.id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await session.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'avstangd@kalix.se', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(401);
  });

  it('keeps the last platform admin', async () => {
    const me = (await admin.request('GET', '/api/v1/auth/session')).json().user;
    const res = await admin.request('DELETE', `/api/v1/memberships/${me.memberships[0].id}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('minst en administratör');
    await signIn(ctx.app, DEMO.admin, DEMO_PASSWORD);
  });
});

describe('audit log', () => {
  it('records who changed what, with before and after', async () => {
    const user = await createUser('logg@kalix.se');
    await admin.request('PATCH', `/api/v1/users/${user.id}`, { name: 'Nytt Namn' });
    const entries = (await admin.request('GET', '/api/v1/audit?action=user.')).json().entries as {
      action: string;
      actor: string;
      entityId: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
    const update = entries.find((e) => e.action === 'user.update' && e.entityId === user.id)!;
    expect(update.actor).toContain(DEMO.admin);
    expect(update.before).toMatchObject({ name: 'Test Person' });
    expect(update.after).toMatchObject({ name: 'Nytt Namn' });
    expect(entries.find((e) => e.action === 'user.create' && e.entityId === user.id)).toBeTruthy();
  });

  it('never holds password hashes or token hashes', async () => {
    await admin.request('POST', '/api/v1/tokens', { organisationId: kalix, role: 'viewer' });
    const rows = await ctx.deps.db.selectFrom('audit_log').select(['before', 'after']).execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain('argon2');
    expect(text).not.toMatch(/token_hash|password_hash/);
  });

  it('exports CSV that Swedish Excel opens', async () => {
    const res = await admin.request('GET', '/api/v1/audit?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('handelselogg.csv');
    expect(res.body.startsWith('\uFEFFtidpunkt;vem;händelse')).toBe(true);
    const lines = res.body.trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(res.body).toContain('user.create');
  });

  it('pages backwards with beforeId', async () => {
    const first = (await admin.request('GET', '/api/v1/audit?limit=2')).json().entries as { id: string }[];
    expect(first).toHaveLength(2);
    const next = (await admin.request('GET', `/api/v1/audit?limit=2&beforeId=${first[1]!.id}`)).json().entries as {
      id: string;
    }[];
    expect(Number(next[0]!.id)).toBeLessThan(Number(first[1]!.id));
  });
});
