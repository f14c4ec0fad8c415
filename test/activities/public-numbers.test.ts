/** The numbers and bucket names a reader sees on the public page, share text and report: Swedish, whole when counted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromiseDocument } from '../../src/domain/promise-document.ts';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';

let ctx: TestContext;
let activityId = '';

const count = (n: number, per: string, unit: string) =>
  ({ kind: 'count', count: n, atLeast: true, max: null, per, every: 1, average: false, unit }) as never;

function promise(): PromiseDocument {
  const doc = kalixPromise();
  doc.focusAreas[0]!.commitments = [
    {
      text: 'Polisen genomför två narkotikainsatser per halvår.',
      responsible: ['polisen'],
      partners: [],
      places: [],
      target: count(2, 'halfyear', 'insatser'),
      targets: [],
      followUp: [],
    },
    {
      text: 'Fältgruppen är ute fyra timmar per halvår.',
      responsible: ['kommunen'],
      partners: [],
      places: [],
      target: count(4, 'halfyear', 'timmar'),
      targets: [],
      followUp: [],
    },
    {
      text: 'Polisen håller ett trygghetsmöte varje vecka.',
      responsible: ['polisen'],
      partners: [],
      places: [],
      target: count(1, 'week', 'tillfälle'),
      targets: [],
      followUp: [],
    },
  ];
  return doc;
}

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2019-12-31T12:00:00Z');
  const officer = await signIn(ctx.app, DEMO.officer);
  const set = (await officer.request('POST', '/api/v1/promise-sets', promise())).json();
  const [raids, hours, meetings] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
    ],
  });
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`);
  const res = await officer.request('POST', '/api/v1/activities/batch', {
    activities: [
      { commitmentId: raids, date: '2019-09-10', quantity: 1.5 },
      { commitmentId: raids, date: '2019-10-02' },
      { commitmentId: hours, date: '2019-09-10', quantity: 1.5 },
      { commitmentId: hours, date: '2019-10-02' },
      { commitmentId: meetings, date: '2019-12-30' },
    ],
  });
  expect(res.statusCode).toBeLessThan(300);
  const listed = await officer.request('GET', `/api/v1/activities?commitmentId=${raids}`);
  activityId = listed.json().activities.find((a: { quantity: number }) => a.quantity === 1.5)?.id ?? '';
});
afterAll(async () => ctx.close());

describe('numbers on the public page are written for a Swedish reader', () => {
  it('a counted thing is whole: 1,5 + 1 insatser is "2 av 2 insatser", never "2.5"', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('2 av 2 insatser andra halvåret 2019');
    expect(body).not.toMatch(/\d\.\d/u);
  });

  it('a measured unit keeps its decimal, with a comma: "2,5 av 4 timmar"', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('2,5 av 4 timmar andra halvåret 2019');
  });

  it('the week across the year end is named by its dates, not "vecka 1 2020"', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('1 av 1 tillfälle 30 dec 2019 – 5 jan 2020');
    expect(body).not.toContain('vecka 1 2020');
  });

  it('the share text of a 1,5 activity has no decimal point', async () => {
    expect(activityId).not.toBe('');
    const body = (await ctx.app.inject({ url: `/kommun/kalix/dela/aktivitet/${activityId}` })).body;
    expect(body).toContain('2 av 2 insatser');
    expect(body).not.toMatch(/\d\.\d/u);
  });
});
