import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/seed.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => ctx.close());

describe('signing in with a password', () => {
  it('sets an httpOnly, SameSite session cookie and returns the user with a CSRF token', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Samordnare.Kalix@demo.medborgarlofte.se ', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lofte_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.email).toBe(DEMO.kalixCoordinator);
    expect(body.user.memberships[0]).toMatchObject({ organisationName: 'Kalix', role: 'coordinator' });
    expect(body.csrfToken).toMatch(/.{20,}/);
  });

  it('refuses a wrong password with a Swedish message and sets no cookie', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO.officer, password: 'fel-lösenord' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'invalid_credentials', message: 'Fel e-postadress eller lösenord' });
    expect(res.cookies).toHaveLength(0);
  });

  it('answers the same for an unknown e-mail as for a wrong password', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ingen@example.se', password: 'whatever-123' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('stores sessions in the database so another app process accepts the cookie', async () => {
    const client = await signIn(ctx.app, DEMO.officer);
    const { buildApp } = await import('../../src/server/app.ts');
    const second = await buildApp(ctx.deps);
    const res = await second.inject({ url: '/api/v1/auth/session', cookies: { lofte_session: client.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.email).toBe(DEMO.officer);
    await second.close();
  });

  it('signs out: the cookie no longer works', async () => {
    const client = await signIn(ctx.app, DEMO.lpoChief);
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await client.request('GET', '/api/v1/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });
});

describe('CSRF protection', () => {
  it('refuses a change sent with the cookie but without the CSRF header, and changes nothing', async () => {
    const client = await signIn(ctx.app, DEMO.admin);
    const before = await ctx.deps.db.selectFrom('organisations').select('id').execute();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      cookies: { lofte_session: client.cookie },
      payload: { kind: 'region', name: 'Polisregion Syd' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const after = await ctx.deps.db.selectFrom('organisations').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('accepts the same change with the header', async () => {
    const client = await signIn(ctx.app, DEMO.admin);
    const res = await client.request('POST', '/api/v1/organisations', { kind: 'region', name: 'Polisregion Syd' });
    expect(res.statusCode).toBe(201);
  });
});

describe('login rate limit', () => {
  it('blocks an account after five failures, even with the right password, and says when to retry', async () => {
    const email = DEMO.haparandaCoordinator;
    for (let i = 0; i < 5; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: `wrong-${i}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account is not affected.
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: DEMO.kalixPartner, password: DEMO_PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('stores no e-mail address in the rate-limit table', async () => {
    const rows = await ctx.deps.db.selectFrom('rate_limit_hits').select('key_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
  });
});

describe('passwords at rest', () => {
  it('are argon2id hashes', async () => {
    const row = await ctx.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', DEMO.admin)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
