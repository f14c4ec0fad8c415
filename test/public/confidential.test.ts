/** Nothing unpublished or confidential reaches a public page, feed, export, share text or e-mail. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, expectNoSecrets, PUBLISHED, SECRETS, type World } from './fixtures.ts';
import { notifySubscribers } from '../../src/app/public/subscriptions.ts';
import { notifyFollowUpPublished, notifyPromiseSetPublished } from '../../src/app/public/notify.ts';
import { readPdf, squash } from '../../src/reports/test-read.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const get = async (url: string) => ctx.app.inject({ url });

describe('the fixture', () => {
  it('holds the secrets where staff can see them, so their absence below means something', async () => {
    const staff = [
      await world.officer.request('GET', `/api/v1/promise-sets/${world.draftSetId}`),
      await world.officer.request('GET', `/api/v1/promise-sets/${world.agreedSetId}`),
      await world.officer.request('GET', `/api/v1/activities?promiseSetId=${world.setId}`),
      await world.coordinator.request('GET', `/api/v1/follow-ups/${world.draftFollowUpId}`),
      await world.coordinator.request('GET', `/api/v1/follow-ups/${world.publishedFollowUpId}`),
    ]
      .map((r) => r.body)
      .join('\n');
    for (const secret of Object.values(SECRETS)) expect(staff).toContain(secret);
  });
});

describe('what a citizen can reach', () => {
  const urls = () => [
    '/kommun/kalix',
    '/kommun/kalix?lang=en',
    `/kommun/kalix/uppfoljning/${world.publishedFollowUpId}`,
    `/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=en`,
    '/kommun/kalix/flode.atom',
    '/oppna-data/kommun/2514/medborgarlofte.json',
    '/oppna-data/kommun/2514/medborgarlofte.csv',
    '/oppna-data',
    '/oppna-data/kommuner.json',
    '/inbaddning/kommun/kalix',
    '/lpo/lpo-ostra-norrbotten',
    '/sverige',
    '/',
    `/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}`,
    `/kommun/kalix/dela/aktivitet/${world.activityIds[0]}`,
  ];

  it('shows the published promise set and follow-up, and none of the notes, people, drafts or unpublished sets', async () => {
    for (const url of urls()) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expectNoSecrets(res.body, url);
    }
    const page = (await get('/kommun/kalix')).body;
    expect(page).toContain('Polisen genomför minst två riktade narkotikainsatser per halvår.');
    expect(page).toContain(PUBLISHED.citizensSaid);
    expect(page).toContain('Första halvåret 2019');
    expect(page).not.toContain('Andra halvåret 2019</a>');
  });

  it('a draft follow-up, a draft set and an agreed set have no public page or data', async () => {
    expect((await get(`/kommun/kalix/uppfoljning/${world.draftFollowUpId}`)).statusCode).toBe(404);
    expect((await get(`/kommun/kalix/dela/uppfoljning/${world.draftFollowUpId}`)).statusCode).toBe(404);
    expect((await get(`/kommun/kalix/dela/uppfoljning/${world.draftFollowUpId}.png`)).statusCode).toBe(404);
    expect((await get('/kommun/kalix/uppfoljning/not-a-uuid')).statusCode).toBe(404);
    const json = (await get('/oppna-data/kommun/2514/medborgarlofte.json')).json();
    expect(json.id).toBe(world.setId);
    expect(json.id).not.toBe(world.draftSetId);
    expect(json.id).not.toBe(world.agreedSetId);
  });

  it('the follow-up report as PDF names parties, not the people who reviewed it, and has no recipients', async () => {
    // A place on one of the period's activities: staff see it, the public appendix does not.
    const kalix = await ctx.deps.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'kalix')
      .executeTakeFirstOrThrow();
    const area = await ctx.deps.db
      .insertInto('areas')
      .values({ municipality_id: kalix.id, name: 'Gamla hamnen' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('activity_areas')
      .values({ activity_id: world.activityIds[0]!, area_id: area.id })
      .execute();
    const res = await get(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}.pdf`);
    expect(res.statusCode).toBe(200);
    const pdf = squash((await readPdf(res.rawPayload)).text);
    expect(pdf).toContain(PUBLISHED.summary);
    expect(pdf).toContain('Granskad Polisen Polisen');
    // The appendix lists the period's activities by date and who did them: no places, notes or people.
    expect(pdf).toContain('Bilaga: Aktiviteter under perioden');
    expect(pdf).toContain('Datum Utfört av 2019-03-10 Polisen 2019-05-02 Polisen');
    expect(pdf).not.toContain('Gamla hamnen');
    // Who signed the promise, by title and party; the approvers' titles, not their names.
    expect(pdf).toContain('Medborgarlöftet undertecknades av Titel Part LPO-chef Polisen KSO Kommunen');
    expect(pdf).toMatch(/Godkänd Polisen LPO-chef Polisen/);
    for (const name of ['Birgitta Nyström', 'Karin Lind']) expect(pdf).not.toContain(name);
    expectNoSecrets(pdf, 'follow-up PDF');
    expect((await get(`/kommun/kalix/uppfoljning/${world.draftFollowUpId}.pdf`)).statusCode).toBe(404);
  });

  it('the published follow-up of one kommun is not shown under another', async () => {
    expect((await get(`/kommun/haparanda/uppfoljning/${world.publishedFollowUpId}`)).statusCode).toBe(404);
  });

  it('an activity is shared by date, amount and promise only', async () => {
    const share = (await get(`/kommun/kalix/dela/aktivitet/${world.activityIds[0]}`)).body;
    expect(share).toContain('Den 10 mars 2019 gjorde vi en insats');
    expect(share).toContain('”Polisen genomför minst två riktade narkotikainsatser per halvår”');
    expectNoSecrets(share, 'activity share');
  });

  it('an update mail to subscribers carries only what the caller wrote and the unsubscribe link', async () => {
    const kalix = await ctx.deps.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'kalix')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('public_subscriptions')
      .values({
        municipality_id: kalix.id,
        email: 'medborgare@example.se',
        unsubscribe_token: 'token-for-test-only-0123456789abcdef',
        confirmed_at: new Date(),
      })
      .execute();
    ctx.mails.length = 0;
    await notifySubscribers(ctx.deps, kalix.id, {
      subject: 'Ny uppföljning i Kalix',
      text: 'Uppföljningen av första halvåret 2019 är publicerad.',
    });
    expect(ctx.mails).toHaveLength(1);
    expectNoSecrets(`${ctx.mails[0]!.subject}\n${ctx.mails[0]!.text}`, 'update mail');
    expect(SECRETS.recipient).not.toBe(ctx.mails[0]!.to);
  });

  it('the mail announcing the published follow-up tells its result and summary, nothing from drafts or notes', async () => {
    ctx.mails.length = 0;
    expect(await notifyFollowUpPublished(ctx.deps, world.publishedFollowUpId)).toBe(1);
    const mail = ctx.mails[0]!;
    expect(mail.subject).toBe('Ny uppföljning i Kalix: Första halvåret 2019');
    expect(mail.text).toContain('2 av 3 uppfyllda, 1 delvis uppfyllt.');
    expect(mail.text).toContain(PUBLISHED.summary);
    expectNoSecrets(mail.text, 'follow-up mail');
    expect(await notifyFollowUpPublished(ctx.deps, world.draftFollowUpId)).toBe(0);
    expect(await notifyPromiseSetPublished(ctx.deps, world.agreedSetId)).toBe(0);
  });
});
