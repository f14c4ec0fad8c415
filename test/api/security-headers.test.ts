/**
 * What a browser is told about every page: a Content-Security-Policy that
 * runs only this site's scripts, no framing (except the embeddable box),
 * nosniff and a referrer policy; and that nothing signed-in may be cached.
 */
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/seed.ts';

let ctx: TestContext;
let coordinator: Client;
let surveyRef: string;
let surveyId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const municipalityId = await orgIdByCode(ctx.deps, '2514');
  // The template asks for the area, so the kommun needs one before the survey can be published.
  await ctx.deps.db.insertInto('areas').values({ municipality_id: municipalityId, name: 'Centrum' }).execute();
  const created = await coordinator.request('POST', '/api/v1/surveys', {
    municipalityId,
    template: 'lokal-trygghetsmatning',
  });
  expect(created.statusCode, created.body).toBe(201);
  surveyId = created.json().id;
  const published = await coordinator.request('POST', `/api/v1/surveys/${surveyId}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  surveyRef = published.json().publicId;
});
afterAll(async () => ctx.close());

function policy(res: LightMyRequestResponse): Map<string, string> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/u);
        return [name!, values.join(' ')];
      }),
  );
}

function expectLockedDown(res: LightMyRequestResponse): void {
  const csp = policy(res);
  expect(csp.get('default-src')).toBe("'self'");
  expect(csp.get('script-src')).toBe("'self'");
  expect(csp.get('script-src-attr')).toBe("'none'");
  expect(csp.get('style-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('same-origin');
}

describe('security headers', () => {
  it.each([
    ['the start page', '/'],
    ['a kommun page', '/kommun/kalix'],
    ['the open data page', '/oppna-data'],
    ['a page that is not there', '/finns-inte'],
    ['the staff app', '/app/'],
  ])("%s may not be framed and runs only this site's scripts", async (_what, url) => {
    expectLockedDown(await ctx.app.inject({ url }));
  });

  it('the public survey form and its results page too', async () => {
    const form = await ctx.app.inject({ url: `/enkat/${surveyRef}` });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<form');
    expectLockedDown(form);
    expectLockedDown(await ctx.app.inject({ url: `/enkat/${surveyRef}/resultat` }));
  });

  it('the embeddable box may be framed by any site, with the same script policy', async () => {
    const res = await ctx.app.inject({ url: '/inbaddning/kommun/kalix' });
    const csp = policy(res);
    expect(csp.get('frame-ancestors')).toBe('*');
    expect(csp.get('script-src')).toBe("'self'");
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('only files meant for other sites may be loaded by them', async () => {
    expect((await ctx.app.inject({ url: '/inbaddning/lofte.js' })).headers['cross-origin-resource-policy']).toBe(
      'cross-origin',
    );
    expect((await ctx.app.inject({ url: `/enkat/${surveyRef}/qr.svg` })).headers['cross-origin-resource-policy']).toBe(
      'cross-origin',
    );
    expect((await coordinator.request('GET', '/api/v1/promise-sets')).headers['cross-origin-resource-policy']).toBe(
      'same-origin',
    );
  });

  it('the printable code list allows its own inline style, by hash, and nothing else inline', async () => {
    const created = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: await orgIdByCode(ctx.deps, '2514'),
      template: 'lokal-trygghetsmatning',
    });
    const id = created.json().id as string;
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${id}`, { access: 'codes' })).statusCode).toBe(200);
    expect((await coordinator.request('POST', `/api/v1/surveys/${id}/publish`)).statusCode).toBe(200);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${id}/codes?format=html`,
      payload: { count: 2 },
      headers: { 'x-csrf-token': coordinator.csrfToken },
      cookies: { lofte_session: coordinator.cookie },
    });
    expect(res.statusCode, res.body).toBe(201);
    const css = /<style>([\s\S]*?)<\/style>/u.exec(res.body)?.[1] ?? '';
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(policy(res).get('style-src')).toBe(`'self' 'sha256-${hash}'`);
    expect(policy(res).get('frame-ancestors')).toBe("'none'");
  });
});

describe('cache-control', () => {
  it('signing in, the session and its CSRF token are never stored', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO.kalixCoordinator, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().csrfToken).toEqual(expect.any(String));
    expect(login.headers['cache-control']).toBe('no-store');
    const session = await coordinator.request('GET', '/api/v1/auth/session');
    expect(session.json().csrfToken).toBe(coordinator.csrfToken);
    expect(session.headers['cache-control']).toBe('no-store');
  });

  it('every signed-in API answer, and API errors, are never stored', async () => {
    for (const url of ['/api/v1/promise-sets', '/api/v1/surveys', `/api/v1/surveys/${surveyId}`]) {
      const res = await coordinator.request('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    expect((await ctx.app.inject({ url: '/api/v1/promise-sets' })).headers['cache-control']).toBe('no-store');
  });

  it('public pages keep their own revalidating cache rules', async () => {
    expect((await ctx.app.inject({ url: '/kommun/kalix' })).headers['cache-control']).toBe('public, no-cache');
  });
});
