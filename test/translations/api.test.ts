/** Staff translating a published promise set and a follow-up into Finnish, Meänkieli and English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, type World } from '../public/fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const FI_WHAT = 'Poliisi tekee vähintään kaksi kohdennettua huumeoperaatiota puolessa vuodessa.';
const FIT_WHAT = 'Poliisi tekkee vähhiinthään kaks kohistettua huumehoperaatiota puolessa vuuessa.';

const audit = (action: string) =>
  ctx.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('PUT /api/v1/promise-sets/:id/translations', () => {
  it('saves a Finnish text for a published set, shows it beside the Swedish, and audits it', async () => {
    const what = `what:${world.commitmentIds[0]}`;
    const res = await world.coordinator.request('PUT', `/api/v1/promise-sets/${world.setId}/translations`, {
      lang: 'fi',
      texts: [
        { item: what, text: `  ${FI_WHAT} ` },
        { item: 'title', text: 'Kalixin kansalaislupaus 2019' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ saved: 2, removed: 0, mayEdit: true });
    const read = await world.officer.request('GET', `/api/v1/promise-sets/${world.setId}/translations`);
    const text = read.json().texts.find((t: { item: string }) => t.item === what);
    expect(text).toMatchObject({
      part: 'what',
      promiseNo: 1,
      sv: 'Polisen genomför minst två riktade narkotikainsatser per halvår.',
      translations: { fi: { text: FI_WHAT, outdated: false, source: null } },
    });
    const [entry] = await audit('promise_set.translations');
    expect(entry).toMatchObject({ entity_id: world.setId, actor_label: expect.any(String) });
    const after = entry!.after as unknown;
    expect(typeof after === 'string' ? JSON.parse(after) : after).toEqual({
      lang: 'fi',
      texts: { [what]: FI_WHAT, title: 'Kalixin kansalaislupaus 2019' },
    });
  });

  it('keeps the published version as it was signed: the version number and its document do not change', async () => {
    const before = (await world.officer.request('GET', `/api/v1/promise-sets/${world.setId}`)).json();
    await world.coordinator.request('PUT', `/api/v1/promise-sets/${world.setId}/translations`, {
      lang: 'fit',
      texts: [{ item: `what:${world.commitmentIds[0]}`, text: FIT_WHAT }],
    });
    const after = (await world.officer.request('GET', `/api/v1/promise-sets/${world.setId}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.focusAreas).toEqual(before.focusAreas);
  });

  it('removes a translation given as empty text, and saving the same text again changes nothing', async () => {
    const url = `/api/v1/promise-sets/${world.setId}/translations`;
    const same = await world.coordinator.request('PUT', url, {
      lang: 'fi',
      texts: [{ item: 'title', text: 'Kalixin kansalaislupaus 2019' }],
    });
    expect(same.json()).toMatchObject({ saved: 0, removed: 0 });
    const gone = await world.coordinator.request('PUT', url, { lang: 'fi', texts: [{ item: 'title', text: ' ' }] });
    expect(gone.json()).toMatchObject({ saved: 0, removed: 1 });
    const title = gone.json().texts.find((t: { item: string }) => t.item === 'title');
    expect(title.translations).toEqual({});
  });

  it('refuses a language it does not know with 400 and a code, and a text that is not in the set, changing nothing', async () => {
    const url = `/api/v1/promise-sets/${world.setId}/translations`;
    const count = async () =>
      Number(
        (
          await ctx.deps.db
            .selectFrom('content_translations')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    const badLang = await world.coordinator.request('PUT', url, {
      lang: 'se',
      texts: [{ item: 'title', text: 'Kalix' }],
    });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json()).toMatchObject({ code: 'validation_failed' });
    const badItem = await world.coordinator.request('PUT', url, {
      lang: 'fi',
      texts: [
        { item: 'title', text: 'Kalix' },
        { item: 'what:00000000-0000-4000-8000-000000000000', text: 'Ei ole' },
      ],
    });
    expect(badItem.statusCode).toBe(400);
    expect(badItem.json()).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('finns inte') });
    expect(await count()).toBe(n);
  });

  it('lets only staff who may edit the set save: a kommunalråd may read but is refused, another kommun sees nothing', async () => {
    const body = { lang: 'en', texts: [{ item: 'title', text: 'Citizen promise Kalix 2019' }] };
    const leader = await signIn(ctx.app, DEMO.kalixLeader);
    const read = await leader.request('GET', `/api/v1/promise-sets/${world.setId}/translations`);
    expect(read.statusCode).toBe(200);
    expect(read.json().mayEdit).toBe(false);
    const refused = await leader.request('PUT', `/api/v1/promise-sets/${world.setId}/translations`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await haparanda.request('PUT', `/api/v1/promise-sets/${world.setId}/translations`, body)).statusCode).toBe(
      404,
    );
    const title = read.json().texts.find((t: { item: string }) => t.item === 'title');
    expect(title.translations.en).toBeUndefined();
  });

  it('marks a translation outdated once a new version changes its Swedish text, and shows what it was written from', async () => {
    const set = (await world.officer.request('GET', `/api/v1/promise-sets/${world.setId}`)).json();
    const changed = structuredClone(set);
    changed.focusAreas[0].commitments[0].text = 'Polisen genomför minst tre riktade narkotikainsatser per halvår.';
    const updated = await world.officer.request('PUT', `/api/v1/promise-sets/${world.setId}`, {
      document: changed,
      reason: 'Fler insatser',
    });
    expect(updated.statusCode).toBe(200);
    const read = await world.officer.request('GET', `/api/v1/promise-sets/${world.setId}/translations`);
    const what = read.json().texts.find((t: { item: string }) => t.item === `what:${world.commitmentIds[0]}`);
    expect(what.sv).toBe('Polisen genomför minst tre riktade narkotikainsatser per halvår.');
    expect(what.translations.fi).toEqual({
      text: FI_WHAT,
      outdated: true,
      source: 'Polisen genomför minst två riktade narkotikainsatser per halvår.',
    });
  });
});

describe('PUT /api/v1/follow-ups/:id/translations', () => {
  it('saves the summary in Meänkieli after the follow-up is published, audited; a partner may not', async () => {
    const url = `/api/v1/follow-ups/${world.publishedFollowUpId}/translations`;
    const res = await world.coordinator.request('PUT', url, {
      lang: 'fit',
      texts: [{ item: 'summary', text: 'Huumehinsatsit ja vanhemitten tapaamiset tehtiin niinku oli plaanattu.' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().texts.map((t: { part: string }) => t.part)).toEqual([
      'summary',
      'citizensSaid',
      'nextSteps',
      'comment',
    ]);
    expect((await audit('follow_up.translations')).map((a) => a.entity_id)).toEqual([world.publishedFollowUpId]);
    const partner = await signIn(ctx.app, DEMO.kalixPartner);
    const refused = await partner.request('PUT', url, {
      lang: 'fi',
      texts: [{ item: 'summary', text: 'Hyvin meni.' }],
    });
    expect([403, 404]).toContain(refused.statusCode);
  });
});
