import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2019-09-30T12:00:00Z');
  const officer = await signIn(ctx.app, DEMO.officer);
  const set = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
  const [narcotics] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
    ],
  });
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`);
  await officer.request('POST', '/api/v1/activities/batch', {
    activities: [
      { commitmentId: narcotics, date: '2019-03-10' },
      { commitmentId: narcotics, date: '2019-05-02' },
      { commitmentId: narcotics, date: '2019-09-02' },
    ],
  });
});
afterAll(async () => ctx.close());

describe('the public kommun page tells how far each promise has come', () => {
  it('in words and numbers, with the date it was last done', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('Polisen genomför minst två riktade narkotikainsatser per halvår.');
    expect(body).toMatch(/<strong>I fas<\/strong> – 1 av 2 gånger under andra halvåret 2019/);
    expect(body).toContain('Senast gjort: 2 september 2019');
    // The bar repeats the text for the eye and is hidden from screen readers.
    expect(body).toContain('<div class="bar" aria-hidden="true"><span style="width:50%"></span></div>');
  });

  it('in English behind the language switch', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix?lang=en' })).body;
    expect(body).toContain('<strong>On track</strong>');
    expect(body).toContain('Last done: 2 September 2019');
  });

  it('stays small', async () => {
    const res = await ctx.app.inject({ url: '/kommun/kalix' });
    expect(Buffer.byteLength(res.body)).toBeLessThan(100 * 1024);
  });
});
