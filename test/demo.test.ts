import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, signIn, DEMO, type TestContext } from './helpers.ts';
import { seedDemoPromises } from '../src/app/demo/promises.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
  const officer = await ctx.deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO.officer)
    .executeTakeFirstOrThrow();
  expect(await seedDemoPromises(ctx.deps, officer.id)).toBe(5);
});
afterAll(async () => ctx.close());

describe('demo data', () => {
  it('the five demo promise documents are published for their kommuner, with activities', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const sets = (await admin.request('GET', '/api/v1/promise-sets?status=published')).json().promiseSets as {
      municipalities: { code: string }[];
    }[];
    expect(sets.map((s) => s.municipalities[0]!.code).sort()).toEqual(['2417', '2463', '2514', '2518', '2583']);
    const activities = (await admin.request('GET', '/api/v1/activities?limit=5000')).json().activities;
    expect(activities.length).toBeGreaterThan(20);
    const page = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(page).toMatch(/I fas|Risk att inte nås|Uppfyllt/);
  });

  it('Kalix, whose document states no period, runs this year and has something that needs attention', async () => {
    const officer = await signIn(ctx.app, DEMO.officer);
    const overview = (await officer.request('GET', '/api/v1/overview')).json();
    const kalix = overview.sets.find((s: { municipalities: string[] }) => s.municipalities.includes('Kalix'));
    expect(kalix.period.from).toBe(`${new Date().getUTCFullYear()}-01-01`);
  });
});
