import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';
import { drainEvents } from '../../src/app/events/drain.ts';
import { readPdf, squash } from '../../src/reports/test-read.ts';

let ctx: TestContext;
let officer: Client;
let coordinator: Client;
let setId: string;
let ids: string[];

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2019-07-10T10:00:00Z');
  officer = await signIn(ctx.app, DEMO.officer);
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const set = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
  setId = set.id;
  ids = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await officer.request('POST', `/api/v1/promise-sets/${setId}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
    ],
  });
  await officer.request('POST', `/api/v1/promise-sets/${setId}/publish`);
  await officer.request('POST', '/api/v1/activities/batch', {
    activities: [
      { commitmentId: ids[0], date: '2019-03-10' },
      { commitmentId: ids[0], date: '2019-05-02' },
      { commitmentId: ids[1], date: '2019-04-02' },
    ],
  });
});
afterAll(async () => ctx.close());

describe('follow-up of the first half year', () => {
  let id: string;

  it('is filled in from progress with a proposed verdict per commitment', async () => {
    const res = await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
      cadence: 'halfyear',
      year: 2019,
      index: 1,
    });
    expect(res.statusCode).toBe(201);
    const f = res.json();
    id = f.id;
    expect(f).toMatchObject({
      label: 'Första halvåret 2019',
      period: { from: '2019-01-01', to: '2019-06-30' },
      status: 'draft',
      dueDate: '2019-07-31',
    });
    expect(f.items.map((i: { proposed: string }) => i.proposed)).toEqual(['uppfyllt', 'uppfyllt', 'ej_uppfyllt']);
    expect(f.items[0]).toMatchObject({ done: 2, required: 2, activities: 2 });
    expect(
      (
        await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
          cadence: 'halfyear',
          year: 2019,
          index: 1,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('a changed verdict needs a comment', async () => {
    const bad = await coordinator.request('PUT', `/api/v1/follow-ups/${id}`, {
      items: [{ commitmentId: ids[2], verdict: 'delvis_uppfyllt' }],
    });
    expect(bad.statusCode).toBe(400);
    const ok = await coordinator.request('PUT', `/api/v1/follow-ups/${id}`, {
      summary: 'Narkotikainsatserna genomfördes enligt plan.',
      recipients: ['kso@kalix.se', 'lpochef@polisen.se'],
      items: [
        { commitmentId: ids[2], verdict: 'delvis_uppfyllt', comment: 'Kontrollerna gjordes men registrerades inte.' },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items[2]).toMatchObject({ verdict: 'delvis_uppfyllt', proposed: 'ej_uppfyllt', confirmed: true });
  });

  it('goes through review by both parties and approval by leadership only', async () => {
    const refused = await coordinator.request('POST', `/api/v1/follow-ups/${id}/approve`);
    expect(refused.json(), refused.body).toMatchObject({ code: 'forbidden' });
    expect(refused.statusCode).toBe(403);
    expect((await coordinator.request('POST', `/api/v1/follow-ups/${id}/review`)).json()).toMatchObject({
      status: 'draft',
    });
    expect((await officer.request('POST', `/api/v1/follow-ups/${id}/review`)).json()).toMatchObject({
      status: 'reviewed',
    });
    expect((await coordinator.request('PUT', `/api/v1/follow-ups/${id}`, { summary: 'x' })).statusCode).toBe(409);
    const lpoChief = await signIn(ctx.app, DEMO.lpoChief);
    const kso = await signIn(ctx.app, DEMO.kalixLeader);
    expect((await lpoChief.request('POST', `/api/v1/follow-ups/${id}/approve`)).json().status).toBe('reviewed');
    await drainEvents(ctx.deps);
    expect(ctx.mails).toHaveLength(0);
    const approved = (await kso.request('POST', `/api/v1/follow-ups/${id}/approve`)).json();
    expect(approved.status).toBe('approved');
    expect(approved.approvals.map((a: { party: string }) => a.party).sort()).toEqual(['kommunen', 'polisen']);
  });

  it('e-mails the approved report to the named recipients with the report attached, once', async () => {
    // Sent by the outbox's consumer after the approval committed (the server drains at once; here the test does).
    await drainEvents(ctx.deps);
    await drainEvents(ctx.deps);
    expect(ctx.mails.map((m) => m.to).sort()).toEqual(['kso@kalix.se', 'lpochef@polisen.se']);
    const mail = ctx.mails[0]!;
    expect(mail.subject).toContain('Första halvåret 2019');
    expect(mail.attachments?.map((a) => a.filename)).toEqual([
      'uppfoljning-2019-01-01.pdf',
      'uppfoljning-2019-01-01.csv',
    ]);
    expect(mail.attachments![0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(mail.attachments![1]!.content.toString('utf8')).toContain('Delvis uppfyllt');
  });

  it('prints as PDF and Word, saying who did what, the signers’ titles and the activities in an appendix', async () => {
    const pdf = await coordinator.request('GET', `/api/v1/follow-ups/${id}/export.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash((await readPdf(pdf.rawPayload)).text);
    // The activities were logged by the community police officer: for the police.
    expect(text).toContain('Aktiviteterna utfördes av Polisen (3).');
    expect(text).toContain('2 aktiviteter under halvåret Utfört av Polisen (2)');
    // The LPO chief signed the promise as LPO-chef; the kommunalråd who approved did not sign it, so has no title.
    expect(text).toMatch(/Godkänd Birgitta Nyström <[^>]+> LPO-chef Polisen/);
    expect(text).toContain(
      'Medborgarlöftet undertecknades av Namn Titel Part Birgitta Nyström LPO-chef Polisen Karin Lind KSO Kommunen',
    );
    expect(text).toContain('Bilaga: Aktiviteter under perioden');
    expect(text).toContain('Datum Plats Utfört av 2019-03-10 – Polisen 2019-05-02 – Polisen');
    expect(
      (await coordinator.request('GET', `/api/v1/follow-ups/${id}/export.docx`)).rawPayload.subarray(0, 2).toString(),
    ).toBe('PK');
  });

  it('is published by a coordinator, and confirmed subscribers of the kommun hear of it', async () => {
    const form = (url: string, fields: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    await form('/prenumeration', { kommun: 'kalix', email: 'invanare@example.se', lang: 'sv' });
    const token = /bekrafta\?token=([A-Za-z0-9_-]+)/.exec(ctx.mails.at(-1)!.text)![1]!;
    expect((await form('/prenumeration/bekrafta', { token })).statusCode).toBe(200);
    expect((await coordinator.request('POST', `/api/v1/follow-ups/${id}/publish`)).json().status).toBe('published');
    await drainEvents(ctx.deps);
    const news = ctx.mails.filter((m) => m.to === 'invanare@example.se').at(-1)!;
    expect(news.subject).toBe('Ny uppföljning i Kalix: Första halvåret 2019');
    expect(news.text).toContain('första halvåret 2019');
  });
});

describe('carrying unfinished commitments into the next promise set', () => {
  it('copies them into a draft and keeps the link to where they came from', async () => {
    const next = (
      await officer.request('POST', '/api/v1/promise-sets', {
        ...kalixPromise({ from: '2020-01-01', to: '2020-12-31' }),
        title: 'Medborgarlöfte Kalix 2020',
        focusAreas: [],
      })
    ).json();
    const res = await officer.request('POST', `/api/v1/promise-sets/${setId}/carry-over`, {
      toPromiseSetId: next.id,
      commitmentIds: [ids[2]],
    });
    expect(res.json()).toEqual({ carried: 1 });
    const after = (await officer.request('GET', `/api/v1/promise-sets/${next.id}`)).json();
    expect(after.focusAreas[0].commitments[0].text).toContain('trafikkontroller');
    const row = await ctx.deps.db
      .selectFrom('commitments')
      .select('carried_from')
      .where('id', '=', after.focusAreas[0].commitments[0].id)
      .executeTakeFirstOrThrow();
    expect(row.carried_from).toBe(ids[2]);
  });
});

describe('due date', () => {
  let yearId: string;

  it('coordinators are reminded two weeks before the due date and when it has passed', async () => {
    const f = (
      await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
        cadence: 'year',
        year: 2019,
        index: 1,
      })
    ).json();
    expect(f.dueDate).toBe('2020-02-29');
    yearId = f.id;
    ctx.mails.length = 0;
    ctx.deps.now = () => new Date('2020-02-20T06:00:00Z');
    await runDueJobs(ctx.deps, 'test');
    const soon = ctx.mails.filter((m) => m.subject.startsWith('Uppföljningen ska vara klar'));
    expect(soon.map((m) => m.to)).toEqual([DEMO.kalixCoordinator]);
    ctx.deps.now = () => new Date('2020-03-02T06:00:00Z');
    await runDueJobs(ctx.deps, 'test');
    expect(ctx.mails.filter((m) => m.subject.startsWith('Uppföljningen är försenad')).map((m) => m.to)).toEqual([
      DEMO.kalixCoordinator,
    ]);
  });

  it('a full-year follow-up is approved only after the year has ended; nothing changes when refused', async () => {
    ctx.deps.now = () => new Date('2019-12-31T20:00:00Z');
    // Signed in anew: the clock went back from the reminders above.
    const [lpoChief, kommun, police] = await Promise.all(
      [DEMO.lpoChief, DEMO.kalixCoordinator, DEMO.officer].map((who) => signIn(ctx.app, who)),
    );
    await kommun!.request('POST', `/api/v1/follow-ups/${yearId}/review`);
    const reviewed = await police!.request('POST', `/api/v1/follow-ups/${yearId}/review`);
    expect(reviewed.json().status, reviewed.body).toBe('reviewed');
    const early = await lpoChief!.request('POST', `/api/v1/follow-ups/${yearId}/approve`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'period_not_ended',
      message: 'Uppföljningen kan godkännas först när perioden är slut (efter 2019-12-31)',
      messageEn: 'The follow-up can be approved only after its period has ended (after 2019-12-31)',
    });
    const still = (await kommun!.request('GET', `/api/v1/follow-ups/${yearId}`)).json();
    expect(still).toMatchObject({ status: 'reviewed', approvals: [] });
    // 23:30 UTC on New Year's Eve is already 1 January in Sweden.
    ctx.deps.now = () => new Date('2019-12-31T23:30:00Z');
    const ok = await lpoChief!.request('POST', `/api/v1/follow-ups/${yearId}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().approvals.map((a: { party: string }) => a.party)).toEqual(['polisen']);
  });
});
