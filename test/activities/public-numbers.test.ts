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

let officer: Awaited<ReturnType<typeof signIn>>;
let raids = '';
let hours = '';

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2019-12-31T12:00:00Z');
  officer = await signIn(ctx.app, DEMO.officer);
  const set = (await officer.request('POST', '/api/v1/promise-sets', promise())).json();
  let meetings: string;
  [raids, hours, meetings] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
    ],
  });
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`);
  const res = await officer.request('POST', '/api/v1/activities/batch', {
    activities: [
      // The first half-year is met, so what the page shows is the second.
      { commitmentId: raids, date: '2019-03-01', quantity: 2 },
      { commitmentId: hours, date: '2019-03-01', quantity: 4 },
      { commitmentId: raids, date: '2019-09-10' },
      { commitmentId: raids, date: '2019-10-02' },
      { commitmentId: hours, date: '2019-09-10', quantity: 1.5 },
      { commitmentId: hours, date: '2019-10-02' },
      // One meeting every week of 2019 (1 January is a Tuesday), the last on 31 December.
      ...Array.from({ length: 53 }, (_, i) => ({
        commitmentId: meetings!,
        date: new Date(Date.UTC(2019, 0, 1 + 7 * i)).toISOString().slice(0, 10),
      })),
    ],
  });
  expect(res.statusCode).toBeLessThan(300);
  const listed = await officer.request('GET', `/api/v1/activities?commitmentId=${raids}`);
  activityId = listed.json().activities[0]?.id ?? '';
});
afterAll(async () => ctx.close());

describe('a fraction is refused for counted things and kept for measured ones', () => {
  it('2,5 insatser is refused with a 400 naming the field, in Swedish and English; nothing is stored', async () => {
    const res = await officer.request('POST', '/api/v1/activities', {
      commitmentId: raids,
      date: '2019-11-05',
      quantity: 2.5,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Antal: 2,5 går inte – insatser räknas i hela tal. Ange till exempel 2 eller 3.',
      messageEn: 'Quantity: 2.5 is not possible – insatser is counted in whole numbers. Enter for example 2 or 3.',
      details: { field: 'quantity' },
    });
    const batch = await officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        { commitmentId: hours, date: '2019-11-05', quantity: 2.5 },
        { commitmentId: raids, date: '2019-11-05', quantity: 0.5 },
      ],
    });
    expect(batch.statusCode).toBe(400);
    expect(batch.json().details.rows).toMatchObject([{ index: 1, message: expect.stringContaining('hela tal') }]);
    const listed = await officer.request('GET', `/api/v1/activities?commitmentId=${raids}`);
    expect(listed.json().activities).toHaveLength(3);
  });

  it('a CSV row with "2,5" insatser is named in the row report; the same for timmar is accepted', async () => {
    const post = (csv: string) => officer.request('POST', '/api/v1/activities/import', { csv });
    const refused = await post(`åtagande;datum;antal\n${hours};2019-11-06;2,5\n${raids};2019-11-06;2,5\n`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.rows).toMatchObject([
      { line: 3, message: expect.stringContaining('Antal: 2,5 går inte – insatser räknas i hela tal') },
    ]);
    const accepted = await post(`åtagande;datum;antal\n${hours};2019-11-06;2,5\n`);
    expect(accepted.statusCode).toBe(201);
  });
});

describe('numbers on the public page are written for a Swedish reader', () => {
  it('a counted thing is whole: "2 av 2 insatser", never "2.5"', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('2 av 2 insatser under andra halvåret 2019');
    expect(body).not.toMatch(/\d\.\d/u);
  });

  it('a measured unit keeps its decimal, with a comma: "5 av 4 timmar" after 1,5 + 1 + 2,5', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('5 av 4 timmar under andra halvåret 2019');
  });

  it('the week across the year end is named by its dates, not "vecka 1 2020"', async () => {
    const body = (await ctx.app.inject({ url: '/kommun/kalix' })).body;
    expect(body).toContain('1 av 1 tillfälle under 30 dec 2019 – 5 jan 2020');
    expect(body).not.toContain('vecka 1 2020');
  });

  it('the share text of an activity has no decimal point', async () => {
    expect(activityId).not.toBe('');
    const body = (await ctx.app.inject({ url: `/kommun/kalix/dela/aktivitet/${activityId}` })).body;
    expect(body).toContain('2 av 2 insatser');
    expect(body).not.toMatch(/\d\.\d/u);
  });
});
