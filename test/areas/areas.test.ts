/**
 * A kommun's areas through /api/v1/municipalities/:kommun/areas: the list
 * with usage, adding, renaming (surveys and made titles follow), deleting
 * only what nothing uses, merging a duplicate into the area to keep (every
 * reference moves, one audit entry), and who may do what. Refused
 * requests change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { dialogue, finding } from '../dialogues/fixtures.ts';
import { answerRows, publishedSurvey, type SurveyBody } from '../surveys/helpers.ts';
import { createAccount } from '../accounts.ts';

let ctx: TestContext;
let coordinator: Client;
let haparanda: Client;
let viewer: Client;
let leader: Client;
let kalixId: string;
let commitmentId: string;

const AREAS = '/api/v1/municipalities/2514/areas';

interface AreaBody {
  id: string;
  name: string;
  inUse: boolean;
  usage: Record<string, number>;
}

beforeAll(async () => {
  ctx = await startTestApp();
  kalixId = await orgIdByCode(ctx.deps, '2514');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
  leader = await signIn(ctx.app, DEMO.kalixLeader);
  const admin = await signIn(ctx.app, DEMO.admin);
  await createAccount(ctx, admin, {
    email: 'lasare.kalix@example.se',
    name: 'Läsare Kalix',
    organisationId: kalixId,
    role: 'viewer',
  });
  viewer = await signIn(ctx.app, 'lasare.kalix@example.se', 'ett-langt-losenord');
  // The promise names "Centrum" as a place: the area is made on the fly, and counts as named by one commitment.
  const set = (await coordinator.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
  commitmentId = set.focusAreas[0].commitments[1].id;
});
afterAll(async () => ctx.close());

async function list(client = coordinator) {
  const res = await client.request('GET', AREAS);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { kommun: { code: string; name: string }; mayChange: boolean; areas: AreaBody[] };
}

const areaNamed = async (name: string) => (await list()).areas.find((a) => a.name === name)!;

async function add(name: string): Promise<AreaBody> {
  const res = await coordinator.request('POST', AREAS, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Everything an area change could touch, to prove that a refused request changed nothing. */
async function state(): Promise<string> {
  const db = ctx.deps.db;
  return JSON.stringify([
    await db.selectFrom('areas').select(['id', 'name']).orderBy('id').execute(),
    await db.selectFrom('activity_areas').selectAll().orderBy('activity_id').orderBy('area_id').execute(),
    await db.selectFrom('dialogues').select(['id', 'area_id', 'title']).orderBy('id').execute(),
    await db.selectFrom('dialogue_findings').select(['id', 'area_id']).orderBy('id').execute(),
    await db.selectFrom('survey_responses').select(['id', 'answers']).orderBy('id').execute(),
    (await db.selectFrom('survey_pending_answers').select(['survey_id', 'answers']).execute())
      .map((r) => JSON.stringify(r))
      .sort(),
    await db.selectFrom('surveys').select(['id', 'questions']).orderBy('id').execute(),
    await db.selectFrom('audit_log').select('id').orderBy('id').execute(),
  ]);
}

const areaOptions = (survey: SurveyBody) =>
  survey.questions.find((q) => q.kind === 'area')!.options as { value: string; label: { sv: string } }[];

describe('listing and adding', () => {
  it("lists the kommun's areas by name with how much each is used, and says whether the caller may change them", async () => {
    const body = await list();
    expect(body.kommun).toMatchObject({ code: '2514', name: 'Kalix' });
    expect(body.mayChange).toBe(true);
    expect(body.areas.map((a) => a.name)).toEqual(['Centrum']);
    expect(body.areas[0]).toMatchObject({
      inUse: true,
      usage: { activities: 0, dialogues: 0, estReports: 0, findings: 0, surveyAnswers: 0, commitments: 1 },
    });
    expect((await coordinator.request('GET', `/api/v1/municipalities/${kalixId}/areas`)).json().areas).toEqual(
      body.areas,
    );
    expect((await list(leader)).mayChange).toBe(false);
  });

  it('adds an area with its name trimmed, audited', async () => {
    const res = await coordinator.request('POST', AREAS, { name: '  Näsbyn   norra ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Näsbyn norra', inUse: false });
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id', 'after'])
      .where('entity_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'area.create', organisation_id: kalixId, after: { name: 'Näsbyn norra' } });
    expect((await list()).areas.map((a) => a.name)).toEqual(['Centrum', 'Näsbyn norra']);
  });

  it('refuses an empty or too long name (400, naming the field) and a name the kommun already has in any case (409); nothing changes', async () => {
    await add('Töre');
    const before = await state();
    for (const name of ['', '   ', 'x'.repeat(101)]) {
      const res = await coordinator.request('POST', AREAS, { name });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', details: { field: 'name' } });
    }
    for (const name of ['centrum', ' CENTRUM ', 'TÖRE']) {
      const res = await coordinator.request('POST', AREAS, { name });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'conflict', details: { field: 'name' } });
      expect(res.json().message).toContain('Det finns redan ett område som heter');
      expect(res.json().messageEn).toContain('already has an area');
    }
    expect(await state()).toBe(before);
    expect((await coordinator.request('POST', AREAS, { name: 'x'.repeat(100) })).statusCode).toBe(201);
  });
});

describe('renaming', () => {
  it('renames; a published survey offering the area shows the new name, and the change is audited', async () => {
    const survey = await publishedSurvey(coordinator, kalixId);
    const nasbyn = await areaNamed('Näsbyn norra');
    expect(areaOptions(survey).find((o) => o.value === nasbyn.id)?.label.sv).toBe('Näsbyn norra');
    const res = await coordinator.request('PATCH', `${AREAS}/${nasbyn.id}`, { name: 'Näsbyn' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: nasbyn.id, name: 'Näsbyn' });
    const after = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}`)).json() as SurveyBody & {
      kommunAreas: string[];
    };
    expect(areaOptions(after).find((o) => o.value === nasbyn.id)?.label.sv).toBe('Näsbyn');
    expect(after.kommunAreas).toContain('Näsbyn');
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'area.rename')
      .where('entity_id', '=', nasbyn.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ before: { name: 'Näsbyn norra' }, after: { name: 'Näsbyn', surveys: [survey.id] } });
  });

  it("may change only the case of its own name, but not take another area's name (409, nothing changed)", async () => {
    const tore = await areaNamed('Töre');
    expect((await coordinator.request('PATCH', `${AREAS}/${tore.id}`, { name: 'TÖRE' })).json().name).toBe('TÖRE');
    const before = await state();
    const clash = await coordinator.request('PATCH', `${AREAS}/${tore.id}`, { name: 'näsbyn' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().details).toMatchObject({ field: 'name', existingName: 'Näsbyn' });
    expect((await coordinator.request('PATCH', `${AREAS}/${tore.id}`, { name: ' ' })).statusCode).toBe(400);
    expect(await state()).toBe(before);
    expect((await coordinator.request('PATCH', `${AREAS}/${tore.id}`, { name: 'Töre' })).statusCode).toBe(200);
  });

  it("a dialogue titled from the area's name follows the new name; a title the user wrote stays", async () => {
    const made = (
      await coordinator.request(
        'POST',
        '/api/v1/dialogues',
        dialogue({ place: undefined, areaName: 'Töre', findings: [finding()] }),
      )
    ).json();
    const own = (
      await coordinator.request(
        'POST',
        '/api/v1/dialogues',
        dialogue({ place: undefined, areaName: 'Töre', title: 'Möte om Töre', findings: [finding()] }),
      )
    ).json();
    expect(made.title).toBe('Medborgardialog Töre 2025-03-12');
    const tore = await areaNamed('Töre');
    await coordinator.request('PATCH', `${AREAS}/${tore.id}`, { name: 'Töre by' });
    expect((await coordinator.request('GET', `/api/v1/dialogues/${made.id}`)).json().title).toBe(
      'Medborgardialog Töre by 2025-03-12',
    );
    expect((await coordinator.request('GET', `/api/v1/dialogues/${own.id}`)).json().title).toBe('Möte om Töre');
  });
});

describe('deleting', () => {
  it('deletes an area nothing uses (204), audited; it is gone from the list', async () => {
    const spare = await add('Ängesbyn');
    const res = await coordinator.request('DELETE', `${AREAS}/${spare.id}`);
    expect(res.statusCode).toBe(204);
    expect((await list()).areas.some((a) => a.id === spare.id)).toBe(false);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'before'])
      .where('entity_id', '=', spare.id)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'area.delete', before: { name: 'Ängesbyn' } });
  });

  it('refuses to delete an area in use (409 naming the uses, in Swedish and English); nothing changes', async () => {
    const centrum = await areaNamed('Centrum');
    const logged = await coordinator.request('POST', '/api/v1/activities', {
      commitmentId,
      date: '2019-04-01',
      areaIds: [centrum.id],
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const before = await state();
    const res = await coordinator.request('DELETE', `${AREAS}/${centrum.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(
      'Området Centrum används av 1 aktivitet och 1 åtagande i ett medborgarlöfte och kan inte tas bort. Slå ihop det med ett annat område i stället.',
    );
    expect(res.json().messageEn).toContain('is used by 1 activity and 1 commitment of a promise');
    expect(res.json().details.usage).toMatchObject({ activities: 1, commitments: 1 });
    expect(await state()).toBe(before);
  });
});

describe('merging a duplicate into the area to keep', () => {
  it('moves every reference (activities, the dialogue and its finding, EST reports, survey answers), removes the duplicate, in one audited change', async () => {
    const centrum = await areaNamed('Centrum');
    const dup = await add('Kalix centrum');
    const survey = await publishedSurvey(coordinator, kalixId);
    expect(areaOptions(survey).map((o) => o.value)).toEqual(expect.arrayContaining([centrum.id, dup.id]));
    for (const area of [dup.id, dup.id, centrum.id]) {
      expect(
        (await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, { answers: { area } })).statusCode,
      ).toBe(201);
    }
    const onlyDup = (
      await coordinator.request('POST', '/api/v1/activities', { commitmentId, date: '2019-04-02', areaIds: [dup.id] })
    ).json();
    const both = (
      await coordinator.request('POST', '/api/v1/activities', {
        commitmentId,
        date: '2019-04-03',
        areaIds: [dup.id, centrum.id],
      })
    ).json();
    const talk = (
      await coordinator.request(
        'POST',
        '/api/v1/dialogues',
        dialogue({ place: undefined, areaName: 'Kalix centrum', findings: [finding({ areaId: dup.id })] }),
      )
    ).json();
    const est = (
      await coordinator.request('POST', '/api/v1/est/reports', {
        kommun: '2514',
        week: '2025-W10',
        areaId: dup.id,
        answers: { klotter: { level: 1 } },
      })
    ).json();
    expect(
      est.title ??
        (await ctx.deps.db.selectFrom('dialogues').select('title').where('id', '=', est.id).executeTakeFirstOrThrow())
          .title,
    ).toBe('EST-rapport 2025-W10, Kalix centrum');
    expect((await areaNamed('Kalix centrum')).usage).toMatchObject({
      activities: 2,
      dialogues: 1,
      findings: 1,
      estReports: 1,
      surveyAnswers: 2,
    });

    const res = await coordinator.request('POST', `${AREAS}/${dup.id}/merge`, { intoId: centrum.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().moved).toEqual({ activities: 2, dialogues: 1, estReports: 1, findings: 1, surveyAnswers: 2 });
    expect(res.json().area).toMatchObject({
      id: centrum.id,
      name: 'Centrum',
      usage: { activities: 3, dialogues: 1, estReports: 1, findings: 1, surveyAnswers: 3, commitments: 1 },
    });

    const areas = (await list()).areas;
    expect(areas.some((a) => a.id === dup.id)).toBe(false);
    const activities = (
      await coordinator.request(
        'GET',
        `/api/v1/activities?promiseSetId=${
          (
            await ctx.deps.db
              .selectFrom('commitments')
              .select('promise_set_id')
              .where('id', '=', commitmentId)
              .executeTakeFirstOrThrow()
          ).promise_set_id
        }`,
      )
    ).json().activities as { id: string; areaIds: string[] }[];
    expect(activities.find((a) => a.id === onlyDup.id)?.areaIds).toEqual([centrum.id]);
    expect(activities.find((a) => a.id === both.id)?.areaIds).toEqual([centrum.id]);
    const moved = (await coordinator.request('GET', `/api/v1/dialogues/${talk.id}`)).json();
    expect(moved.area).toEqual({ id: centrum.id, name: 'Centrum' });
    expect(moved.findings[0].area).toEqual({ id: centrum.id, name: 'Centrum' });
    expect(moved.title).toBe('Medborgardialog Centrum 2025-03-12');
    const report = (await coordinator.request('GET', `/api/v1/est/reports/${est.id}`)).json();
    expect(report.area).toEqual({ id: centrum.id, name: 'Centrum' });
    const answers = await answerRows(ctx, survey.id);
    expect(answers.map((a) => (a.answers as { area: string }).area)).toEqual([centrum.id, centrum.id, centrum.id]);
    const after = (await coordinator.request('GET', `/api/v1/surveys/${survey.id}`)).json() as SurveyBody;
    expect(areaOptions(after).some((o) => o.value === dup.id)).toBe(false);
    expect(areaOptions(after).some((o) => o.value === centrum.id)).toBe(true);

    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id', 'before', 'after', 'actor_label'])
      .where('entity_id', '=', dup.id)
      .where('action', '=', 'area.merge')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      organisation_id: kalixId,
      before: { name: 'Kalix centrum', usage: { activities: 2, surveyAnswers: 2 } },
      after: { intoId: centrum.id, intoName: 'Centrum', surveys: expect.arrayContaining([survey.id]) },
    });
    expect(audit.actor_label).toContain('Karin Lind');
  });

  it("refuses to merge two areas with an EST report from the same reporter in the same week (409), into itself or into another kommun's area (400); nothing changes", async () => {
    const a = await add('Risögrund');
    const b = await add('Risögrund by');
    for (const area of [a, b]) {
      const filed = await coordinator.request('POST', '/api/v1/est/reports', {
        kommun: '2514',
        week: '2025-W12',
        areaId: area.id,
        answers: {},
      });
      expect(filed.statusCode, filed.body).toBe(201);
    }
    const elsewhere = (
      await haparanda.request('POST', '/api/v1/municipalities/2583/areas', { name: 'Centrum' })
    ).json() as AreaBody;
    const before = await state();
    const clash = await coordinator.request('POST', `${AREAS}/${b.id}/merge`, { intoId: a.id });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().message).toContain('2025-W12');
    expect(clash.json().details.reasons[0]).toMatchObject({ reason: 'est_report_same_week', week: '2025-W12' });
    const self = await coordinator.request('POST', `${AREAS}/${b.id}/merge`, { intoId: b.id });
    expect(self.statusCode).toBe(400);
    const foreign = await coordinator.request('POST', `${AREAS}/${b.id}/merge`, { intoId: elsewhere.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details).toEqual({ field: 'intoId' });
    expect(await state()).toBe(before);
  });
});

describe('who may do what', () => {
  it("another kommun's coordinator gets 404 on reading and on every change; nothing changes", async () => {
    const centrum = await areaNamed('Centrum');
    const tore = await areaNamed('Töre by');
    const before = await state();
    const calls: [string, string, unknown?][] = [
      ['GET', AREAS],
      ['POST', AREAS, { name: 'Haparandas påhitt' }],
      ['PATCH', `${AREAS}/${tore.id}`, { name: 'Påhitt' }],
      ['DELETE', `${AREAS}/${tore.id}`],
      ['POST', `${AREAS}/${tore.id}/merge`, { intoId: centrum.id }],
    ];
    for (const [method, url, body] of calls) expect((await haparanda.request(method, url, body)).statusCode).toBe(404);
    // Nor can an area of Kalix be reached through Haparanda's own address.
    expect(
      (await haparanda.request('PATCH', `/api/v1/municipalities/2583/areas/${tore.id}`, { name: 'Påhitt' })).statusCode,
    ).toBe(404);
    expect(await state()).toBe(before);
  });

  it('a viewer (and a leader) of the kommun reads the list but gets 403 on every change; nothing changes', async () => {
    const centrum = await areaNamed('Centrum');
    const tore = await areaNamed('Töre by');
    expect((await list(viewer)).mayChange).toBe(false);
    const before = await state();
    for (const client of [viewer, leader]) {
      const calls: [string, string, unknown?][] = [
        ['POST', AREAS, { name: 'Läsarens område' }],
        ['PATCH', `${AREAS}/${tore.id}`, { name: 'Påhitt' }],
        ['DELETE', `${AREAS}/${tore.id}`],
        ['POST', `${AREAS}/${tore.id}/merge`, { intoId: centrum.id }],
      ];
      for (const [method, url, body] of calls) {
        const res = await client.request(method, url, body);
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    expect(await state()).toBe(before);
  });

  it('an unknown kommun or area is a 404', async () => {
    expect((await coordinator.request('GET', '/api/v1/municipalities/9999/areas')).statusCode).toBe(404);
    expect(
      (await coordinator.request('PATCH', `${AREAS}/00000000-0000-4000-8000-000000000000`, { name: 'X' })).statusCode,
    ).toBe(404);
  });
});
