import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';

let ctx: TestContext;
let officer: Client;
let setId: string;
let ids: string[];

beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
  const set = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
  setId = set.id;
  ids = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await officer.request('POST', `/api/v1/promise-sets/${setId}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
    ],
  });
  await officer.request('POST', '/api/v1/activities/batch', {
    activities: [
      { commitmentId: ids[0], date: '2019-03-10' },
      { commitmentId: ids[0], date: '2019-05-02' },
      { commitmentId: ids[2], date: '2019-09-02', quantity: 3 },
    ],
  });
});
afterAll(async () => ctx.close());

describe('overview', () => {
  it('shows every commitment with status, current bucket and weekly activity, per kommun and per LPO', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    const byKommun = (await officer.request('GET', `/api/v1/overview?organisationId=${kalix}&at=2019-09-30`)).json();
    expect(byKommun.sets).toHaveLength(1);
    const narcotics = byKommun.sets[0].commitments.find((c: { id: string }) => c.id === ids[0]);
    expect(narcotics).toMatchObject({
      status: 'at_risk',
      current: { from: '2019-07-01', to: '2019-12-31', done: 0, required: 2 },
    });
    expect(narcotics.weekly).toHaveLength(26);
    const traffic = byKommun.sets[0].commitments.find((c: { id: string }) => c.id === ids[2]);
    expect(traffic.weekly.reduce((a: number, b: number) => a + b, 0)).toBe(3);

    const lpo = await orgIdByName(ctx.deps, 'Östra Norrbotten');
    expect(
      (await officer.request('GET', `/api/v1/overview?organisationId=${lpo}&at=2019-09-30`)).json().sets,
    ).toHaveLength(1);
    const norsjo = await orgIdByCode(ctx.deps, '2417');
    expect(
      (await officer.request('GET', `/api/v1/overview?organisationId=${norsjo}&at=2019-09-30`)).json().sets,
    ).toHaveLength(0);
  });

  it('lists what needs attention: at risk, and buckets closing within 30 days short of their requirement', async () => {
    const body = (await officer.request('GET', '/api/v1/overview?at=2019-12-10')).json();
    const reasons = body.attention.map((a: { commitmentId: string; reason: string }) => [a.commitmentId, a.reason]);
    expect(reasons).toContainEqual([ids[0], 'at_risk']);
    // The spring term passed without a parents' meeting.
    expect(body.attention.find((a: { commitmentId: string }) => a.commitmentId === ids[1])).toMatchObject({
      reason: 'missed',
    });
    // In June the spring term is on track but closes within 30 days without its meeting.
    const june = (await officer.request('GET', '/api/v1/overview?at=2019-06-10')).json();
    expect(june.attention.find((a: { commitmentId: string }) => a.commitmentId === ids[1])).toMatchObject({
      reason: 'bucket_closing',
      bucketEnds: '2019-06-30',
      done: 0,
      required: 1,
    });
  });
});

describe('planned activities and my commitments', () => {
  it('plans future activities and shows plan against done on the calendar', async () => {
    const planned = await officer.request('POST', '/api/v1/planned-activities', {
      commitmentId: ids[0],
      date: '2019-10-15',
      quantity: 1,
      note: 'Insats vecka 42',
    });
    expect(planned.statusCode).toBe(201);
    const cal = (
      await officer.request('GET', `/api/v1/promise-sets/${setId}/calendar?from=2019-03-01&to=2019-10-31`)
    ).json();
    expect(cal.days).toEqual(
      expect.arrayContaining([
        { date: '2019-03-10', planned: 0, done: 1 },
        { date: '2019-10-15', planned: 1, done: 0 },
      ]),
    );
    const partner = await signIn(ctx.app, DEMO.kalixPartner);
    expect(
      (await partner.request('POST', '/api/v1/planned-activities', { commitmentId: ids[0], date: '2019-10-16' }))
        .statusCode,
    ).toBe(404);
  });

  it('my commitments: the officer sees all three, the school partner only the one naming the school', async () => {
    const mine = (await officer.request('GET', '/api/v1/my/commitments')).json().commitments;
    expect(mine.map((c: { id: string }) => c.id)).toEqual(ids);
    const partner = await signIn(ctx.app, DEMO.kalixPartner);
    const theirs = (await partner.request('GET', '/api/v1/my/commitments')).json().commitments;
    expect(theirs.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
  });
});

type Shown = { status: string; done: number; required: number | null; span: { kind: string; from: string } };
type Card = { id: string; shown: Shown };
type Item = { commitmentId: string; reason: string; done: number; required: number; span: unknown };

describe('one number and one status per commitment', () => {
  it('the card and the attention list show the same number, span and status ("i snitt per vecka")', async () => {
    const body = (await officer.request('GET', '/api/v1/overview?at=2019-09-30')).json();
    const cards = new Map<string, Card>(
      body.sets.flatMap((s: { commitments: Card[] }) => s.commitments).map((c: Card) => [c.id, c]),
    );
    // Three traffic controls by 30 September against three a week on average: behind, counted since 1 January.
    const traffic = cards.get(ids[2]!)!;
    expect(traffic.shown).toMatchObject({ status: 'at_risk', done: 3, span: { kind: 'to_date', from: '2019-01-01' } });
    expect(traffic.shown.required).toBeGreaterThan(3);
    const item = body.attention.find((a: Item) => a.commitmentId === ids[2]);
    expect(item).toMatchObject({ reason: 'at_risk', done: 3, required: traffic.shown.required });
    for (const a of body.attention as Item[]) {
      const card = cards.get(a.commitmentId)!;
      expect([a.done, a.required, a.span]).toEqual([card.shown.done, card.shown.required, card.shown.span]);
      if (a.reason !== 'bucket_closing') expect(a.reason).toBe(card.shown.status);
    }
  });

  it('"3 av 2" this month reads as met; a month that ended short is shown as that month, never beside "3 av 2"', async () => {
    const doc = kalixPromise({ from: '2020-01-01', to: '2020-12-31' });
    const monthly = { ...doc.focusAreas[0]!.commitments[0]!, text: 'Polisen gör minst två kontroller per månad.' };
    monthly.target = { ...monthly.target, per: 'month', unit: 'kontroller' } as never;
    doc.focusAreas = [{ title: 'Trafik', commitments: [monthly] }];
    const set = (await officer.request('POST', '/api/v1/promise-sets', doc)).json();
    const id = set.focusAreas[0].commitments[0].id;
    const agreed = await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
      signatures: [
        { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2020-01-02' },
        { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2020-01-02' },
      ],
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const log = (dates: string[]) =>
      officer.request('POST', '/api/v1/activities/batch', {
        activities: dates.map((date) => ({ commitmentId: id, date })),
      });
    await log(['2020-01-10', '2020-01-20', '2020-02-10', '2020-02-20', '2020-03-02', '2020-03-09', '2020-03-16']);
    const card = async (at: string) => {
      const body = (await officer.request('GET', `/api/v1/overview?at=${at}`)).json();
      const c = body.sets.flatMap((s: { commitments: Card[] }) => s.commitments).find((x: Card) => x.id === id);
      return { shown: c.shown as Shown, attention: body.attention.filter((a: Item) => a.commitmentId === id) };
    };
    const march = await card('2020-03-20');
    expect(march.shown).toMatchObject({
      status: 'met',
      done: 3,
      required: 2,
      span: { kind: 'part', from: '2020-03-01' },
    });
    expect(march.attention).toEqual([]);
    // April passes with one control: from May on the card shows April, 1 of 2, "Ej uppfyllt".
    await log(['2020-04-10', '2020-05-04', '2020-05-05', '2020-05-06']);
    const may = await card('2020-05-20');
    expect(may.shown).toMatchObject({ status: 'missed', done: 1, required: 2, span: { from: '2020-04-01' } });
    expect(may.attention).toMatchObject([{ reason: 'missed', done: 1, required: 2 }]);
  });
});
