import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';
import { SetProgress } from '../../src/contracts/progress.ts';

let ctx: TestContext;
let officer: Client;
let partner: Client;
let set: { id: string; focusAreas: { commitments: { id: string }[] }[] };
let narcotics: string;
let parentsMeeting: string;

beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
  partner = await signIn(ctx.app, DEMO.kalixPartner);
  const doc = kalixPromise();
  doc.focusAreas[0]!.commitments[1]!.followUp = ['deltagare'];
  set = (await officer.request('POST', '/api/v1/promise-sets', doc)).json();
  [narcotics, parentsMeeting] = set.focusAreas[0]!.commitments.map((c) => c.id) as [string, string];
});
afterAll(async () => ctx.close());

const count = async () => (await ctx.deps.db.selectFrom('activities').select('id').execute()).length;

describe('logging activities', () => {
  it('POST /api/v1/activities answers 201 with the stored activity; quantity defaults to 1', async () => {
    const res = await officer.request('POST', '/api/v1/activities', {
      commitmentId: narcotics,
      date: '2019-03-10',
      note: 'Insats vid busstationen',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      commitmentId: narcotics,
      date: '2019-03-10',
      quantity: 1,
      note: 'Insats vid busstationen',
    });
  });

  it('records quantity, outcomes and places', async () => {
    const areas = await ctx.deps.db.selectFrom('areas').select(['id', 'name']).execute();
    const centrum = areas.find((a) => a.name === 'Centrum')!;
    const res = await officer.request('POST', '/api/v1/activities', {
      commitmentId: parentsMeeting,
      date: '2019-04-01',
      quantity: 2,
      areaIds: [centrum.id],
      outcomes: { deltagare: 35 },
      people: ['Johan Berg'],
    });
    expect(res.json()).toMatchObject({
      quantity: 2,
      areaIds: [centrum.id],
      outcomes: { deltagare: 35 },
      people: ['Johan Berg'],
    });
  });

  it('batch is all or nothing and names the bad rows', async () => {
    const before = await count();
    const bad = await officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        { commitmentId: narcotics, date: '2019-05-02' },
        { commitmentId: narcotics, date: '2019-02-30' },
        { commitmentId: narcotics, date: '2019-06-01', quantity: 1 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.rows).toEqual([
      expect.objectContaining({ index: 1, message: expect.stringContaining('2019-02-30') }),
    ]);
    expect(await count()).toBe(before);
    const good = await officer.request('POST', '/api/v1/activities/batch', {
      activities: [{ commitmentId: narcotics, date: '2019-05-02' }],
    });
    expect(good.statusCode).toBe(201);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a future date, a negative quantity and an unknown commitment, storing nothing', async () => {
    const before = await count();
    const future = await officer.request('POST', '/api/v1/activities', { commitmentId: narcotics, date: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('framtiden');
    expect(
      (
        await officer.request('POST', '/api/v1/activities', {
          commitmentId: narcotics,
          date: '2019-01-02',
          quantity: -1,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await officer.request('POST', '/api/v1/activities', {
          commitmentId: '00000000-0000-4000-8000-000000000000',
          date: '2019-01-02',
        })
      ).statusCode,
    ).toBe(404);
    expect(await count()).toBe(before);
  });

  it('a partner logs only against commitments it is party to', async () => {
    const own = await partner.request('POST', '/api/v1/activities', {
      commitmentId: parentsMeeting,
      date: '2019-09-10',
    });
    expect(own.statusCode).toBe(201);
    const other = await partner.request('POST', '/api/v1/activities', { commitmentId: narcotics, date: '2019-09-10' });
    expect([403, 404]).toContain(other.statusCode);
  });

  it("another kommun's staff cannot log or see the activities", async () => {
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect(
      (await haparanda.request('POST', '/api/v1/activities', { commitmentId: narcotics, date: '2019-09-10' }))
        .statusCode,
    ).toBe(404);
    expect((await haparanda.request('GET', `/api/v1/activities?promiseSetId=${set.id}`)).json().activities).toEqual([]);
  });

  it('a reader may not log (403), and a closed promise set takes no activity, not even from the platform admin; nothing is stored', async () => {
    const before = await count();
    const leader = await signIn(ctx.app, DEMO.kalixLeader);
    const read = await leader.request('POST', '/api/v1/activities', { commitmentId: narcotics, date: '2019-09-11' });
    expect(read.statusCode).toBe(403);

    const other = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
    const commitment = other.focusAreas[0]!.commitments[0]!.id as string;
    const signatures = [
      { name: 'Anna Polis', role: 'Lokalpolisområdeschef', party: 'polisen', signedAt: '2019-01-02' },
      { name: 'Bo Kommun', role: 'Kommunstyrelsens ordförande', party: 'kommunen', signedAt: '2019-01-02' },
    ];
    for (const [step, body] of [
      ['agree', { signatures }],
      ['publish', undefined],
      ['close', undefined],
    ] as const) {
      const res = await officer.request('POST', `/api/v1/promise-sets/${other.id}/${step}`, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const admin = await signIn(ctx.app, DEMO.admin);
    for (const who of [officer, admin]) {
      const closed = await who.request('POST', '/api/v1/activities', { commitmentId: commitment, date: '2019-09-11' });
      expect(closed.statusCode).toBe(409);
      expect(closed.json().message).toContain('avslutat');
    }
    expect(await count()).toBe(before);
  });

  it('edits and deletes are audited', async () => {
    const a = (
      await officer.request('POST', '/api/v1/activities', { commitmentId: narcotics, date: '2019-10-01' })
    ).json();
    expect((await officer.request('PATCH', `/api/v1/activities/${a.id}`, { quantity: 3 })).json().quantity).toBe(3);
    expect((await officer.request('DELETE', `/api/v1/activities/${a.id}`)).statusCode).toBe(204);
    const admin = await signIn(ctx.app, DEMO.admin);
    const log = (await admin.request('GET', '/api/v1/audit?action=activity.'))
      .json()
      .entries.filter((e: { entityId: string }) => e.entityId === a.id);
    expect(log.map((e: { action: string }) => e.action)).toEqual([
      'activity.delete',
      'activity.update',
      'activity.create',
    ]);
    expect(log[1].before.quantity).toBe(1);
    expect(log[1].after.quantity).toBe(3);
  });
});

describe('GET /api/v1/promise-sets/{id}/progress', () => {
  it('counts the worked example of progress-rules.md: 2 per halfyear, asked on 2019-09-30', async () => {
    const res = await officer.request('GET', `/api/v1/promise-sets/${set.id}/progress?at=2019-09-30`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ promiseSetId: set.id, at: '2019-09-30' });
    const c = body.commitments.find((x: { id: string }) => x.id === narcotics);
    expect(c).toMatchObject({ status: 'at_risk', doneToDate: 2, requiredToDate: 3 });
    expect(c.buckets).toEqual([
      { from: '2019-01-01', to: '2019-06-30', required: 2, done: 2, status: 'met' },
      { from: '2019-07-01', to: '2019-12-31', required: 2, done: 0, status: 'open' },
    ]);
  });

  it('answers exactly its contract (the cached JSON text is sent as is, so no serializer checks it)', async () => {
    for (const at of ['2019-09-30', '2019-09-30', '2018-01-01']) {
      const body = (await officer.request('GET', `/api/v1/promise-sets/${set.id}/progress?at=${at}`)).json();
      expect(SetProgress.parse(body)).toEqual(body);
    }
  });

  it('adding an activity never lowers progress', async () => {
    const before = (await officer.request('GET', `/api/v1/promise-sets/${set.id}/progress?at=2019-12-31`)).json();
    await officer.request('POST', '/api/v1/activities', { commitmentId: narcotics, date: '2019-11-11' });
    const after = (await officer.request('GET', `/api/v1/promise-sets/${set.id}/progress?at=2019-12-31`)).json();
    const b = before.commitments.find((x: { id: string }) => x.id === narcotics);
    const a = after.commitments.find((x: { id: string }) => x.id === narcotics);
    expect(a.doneToDate).toBe(b.doneToDate + 1);
    expect(a.requiredToDate).toBe(b.requiredToDate);
  });
});

describe('CSV upload', () => {
  const post = (csv: string) => officer.request('POST', '/api/v1/activities/import', { csv });

  it('a file with one bad row stores nothing and says which rows and why', async () => {
    const before = await count();
    const res = await post(
      `åtagande;datum;antal\n${narcotics};2019-08-01;1\n${narcotics};2019-13-01;1\n${narcotics};2019-08-03;många\n`,
    );
    expect(res.statusCode).toBe(400);
    const rows = res.json().details.rows;
    expect(rows.map((r: { line: number }) => r.line)).toEqual([3, 4]);
    expect(rows[0].message).toContain('2019-13-01');
    expect(rows[1].message).toContain('många');
    expect(await count()).toBe(before);
  });

  it('a good file from the template stores every row, creating new places on the fly', async () => {
    const template = await officer.request('GET', `/api/v1/promise-sets/${set.id}/activities-template.csv`);
    expect(template.body.startsWith('\uFEFFåtagande;åtagande (text);datum')).toBe(true);
    expect(template.body).toContain(narcotics);
    const before = await count();
    const res = await post(
      `åtagande;datum;antal;platser\n${narcotics};2019-08-01;2;Näsbyn\n${parentsMeeting};2019-08-02;;Centrum\n`,
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ imported: 2 });
    expect(await count()).toBe(before + 2);
    const areas = (await ctx.deps.db.selectFrom('areas').select('name').execute()).map((a) => a.name);
    expect(areas).toContain('Näsbyn');
  });
});
