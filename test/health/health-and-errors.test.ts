import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => ctx.close());

describe('health', () => {
  it('reports the process up and the database reachable', async () => {
    expect((await ctx.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe('ok');
  });
});

describe('errors', () => {
  it('an unknown API route is JSON with a machine code and messages in Swedish and English', async () => {
    const res = await ctx.app.inject({ url: '/api/v1/finns-inte' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      code: 'not_found',
      message: expect.any(String),
      messageEn: expect.any(String),
      requestId: res.headers['x-request-id'],
    });
  });

  it('malformed JSON is a 400 with a code', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('bad_request');
  });

  it('a request with invalid fields names the fields and changes nothing', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const count = async () => (await ctx.deps.db.selectFrom('users').select('id').execute()).length;
    const before = await count();
    const res = await admin.request('POST', '/api/v1/users', {
      email: 'x@y.se',
      name: 'X',
      organisationId: 'not-a-uuid',
      role: 'boss',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['/organisationId', '/role']),
    );
    expect(await count()).toBe(before);
  });
});

describe('OpenAPI', () => {
  it('describes the API from the route schemas', async () => {
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/organisations',
        '/api/v1/users',
        '/api/v1/tokens',
        '/api/v1/audit',
      ]),
    );
    expect(doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'name', 'organisationId', 'role']),
    );
  });
});
