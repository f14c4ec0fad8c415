/** Building and publishing surveys through the staff API, and who may do what. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey, type Kalix } from './helpers.ts';

let ctx: TestContext;
let coordinator: Client;
let kalix: Kalix;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
});
afterAll(async () => ctx.close());

const single = (id: string, sv: string, en?: string) => ({
  id, kind: 'single', required: true, text: en ? { sv, en } : { sv },
  options: [{ value: 'ja', label: { sv: 'Ja', en: 'Yes' } }, { value: 'nej', label: { sv: 'Nej', en: 'No' } }],
});

describe('creating a survey', () => {
  it('from the template "Lokal trygghetsmätning" fills the area question with the kommun’s areas', async () => {
    const res = await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, template: 'lokal-trygghetsmatning' });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ status: 'draft', access: 'link', templateKey: 'lokal-trygghetsmatning', languages: ['sv', 'en'],
      scoring: { none: 0, small: 2, fairly_big: 4, very_big: 6 }, municipalityName: 'Kalix' });
    expect(s.title.sv).toBe('Lokal trygghetsmätning');
    expect(s.publicUrl).toBe(`http://localhost:3000/enkat/${s.publicId}`);
    const area = s.questions.find((q: { kind: string }) => q.kind === 'area');
    expect(area.options.map((o: { label: { sv: string } }) => o.label.sv)).toEqual(['Centrum', 'Näsbyn', 'Töre']);
    expect(s.categories.map((c: { key: string }) => c.key)).toContain('vald_nara_relationer');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', s.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.create']);
  });

  it('blank, with a title, and refuses a blank one without a title or an unknown template', async () => {
    const blank = await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, title: { sv: 'Enkät om centrum' }, languages: ['sv'] });
    expect(blank.statusCode).toBe(201);
    expect(blank.json().questions).toEqual([]);
    expect((await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id })).statusCode).toBe(400);
    expect((await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, template: 'nope' })).statusCode).toBe(400);
    expect((await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, title: { sv: 'X' }, languages: ['en'] })).statusCode).toBe(400);
  });

  it('adds areas to the kommun from the survey, so the area question can offer them', async () => {
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const hc = await signIn(ctx.app, DEMO.haparandaCoordinator);
    const s = (await hc.request('POST', '/api/v1/surveys', { municipalityId: haparanda, template: 'lokal-trygghetsmatning' })).json();
    const refused = await hc.request('POST', `/api/v1/surveys/${s.id}/publish`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.problems).toContain('Kommunen har inga områden än: lägg in områden eller ta bort frågan om område');
    const res = await hc.request('PATCH', `/api/v1/surveys/${s.id}`, { addAreas: ['Haparanda centrum', 'Nikkala', 'Nikkala'] });
    expect(res.statusCode, res.body).toBe(200);
    const area = res.json().questions.find((q: { kind: string }) => q.kind === 'area');
    expect(area.options.map((o: { label: { sv: string } }) => o.label.sv)).toEqual(['Haparanda centrum', 'Nikkala']);
    expect((await hc.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
  });

  it('lists the templates', async () => {
    const res = await coordinator.request('GET', '/api/v1/survey-templates');
    expect(res.json().templates[0].key).toBe('lokal-trygghetsmatning');
  });
});

describe('editing and publishing', () => {
  it('edits questions, with texts per language, and refuses duplicate ids', async () => {
    const s = (await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, title: { sv: 'Centrum', en: 'Centre' } })).json();
    const ok = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [single('safe', 'Känner du dig trygg?', 'Do you feel safe?')],
      opensOn: '2026-08-01', closesOn: '2026-10-31', intro: { sv: 'Hej', en: 'Hello' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ opensOn: '2026-08-01', closesOn: '2026-10-31', missingTranslations: {} });
    const dup = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [single('a', 'A'), single('a', 'B')] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().details.problems[0]).toContain('finns två gånger');
    const backwards = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { opensOn: '2026-11-01' });
    expect(backwards.statusCode).toBe(400);
  });

  it('will not publish while a text is missing in an offered language', async () => {
    const s = (await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, title: { sv: 'Centrum', en: 'Centre' } })).json();
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [single('safe', 'Känner du dig trygg?')] });
    const res = await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.problems[0]).toContain('"en": safe/text');
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { languages: ['sv'] });
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
  });

  it('offers Finnish and Meänkieli when their texts are written', async () => {
    const s = (await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, title: { sv: 'Trygghet', fi: 'Turvallisuus', fit: 'Turvalisuus' },
      languages: ['sv', 'fi', 'fit'] })).json();
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [{ ...single('safe', 'Trygg?'), text: { sv: 'Trygg?', fi: 'Turvallinen?', fit: 'Turvalinen?' },
      options: [{ value: 'ja', label: { sv: 'Ja', fi: 'Kyllä', fit: 'Joo' } }, { value: 'nej', label: { sv: 'Nej', fi: 'Ei', fit: 'Ei' } }] }] });
    const published = await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const fi = await ctx.app.inject({ url: `/enkat/${s.publicId}?lang=fi` });
    expect(fi.body).toContain('<html lang="fi">');
    expect(fi.body).toContain('Turvallinen?');
    expect(fi.body).toContain('Lähetä vastaukset');
    const fit = await ctx.app.inject({ url: `/enkat/${s.publicId}?lang=fit` });
    expect(fit.body).toContain('<html lang="fit">');
    expect(fit.body).toContain('Turvalinen?');
    expect(fit.body).toContain('hreflang="fi"');
    // Meänkieli has no interface words yet: the Swedish ones are marked as Swedish for screen readers.
    expect(fit.body).toContain('<button type="submit" class="button" lang="sv">Skicka svar</button>');
    expect(fit.body).toMatch(/<label for="q--safe--ja">Joo<\/label>/);
    expect(fi.body).toContain('<button type="submit" class="button">Lähetä vastaukset</button>');
  });

  it('locks the structure once there are answers, but texts can still change', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { worry: 'often' } });
    const full = (await coordinator.request('GET', `/api/v1/surveys/${s.id}`)).json();
    const renamed = full.questions.map((q: { id: string; text: { sv: string } }) => (q.id === 'worry' ? { ...q, text: { ...q.text, sv: 'Hur ofta oroar du dig för brott?' } } : q));
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: renamed })).statusCode).toBe(200);
    const removed = full.questions.filter((q: { id: string }) => q.id !== 'worry');
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: removed })).statusCode).toBe(409);
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { access: 'codes' })).statusCode).toBe(409);
  });

  it('can have its own address, unique', async () => {
    const a = await publishedSurvey(coordinator, kalix.id, { slug: 'trygghet-kalix-2026' });
    expect(a.publicUrl).toBe('http://localhost:3000/enkat/trygghet-kalix-2026');
    expect((await ctx.app.inject({ url: '/enkat/trygghet-kalix-2026' })).statusCode).toBe(200);
    const b = (await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, template: 'lokal-trygghetsmatning' })).json();
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${b.id}`, { slug: 'trygghet-kalix-2026' })).statusCode).toBe(409);
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${b.id}`, { slug: 'Ä!' })).statusCode).toBe(400);
  });

  it('gives a QR code and a printable poster for the public link', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    const qr = await coordinator.request('GET', `/api/v1/surveys/${s.id}/qr.svg`);
    expect(qr.headers['content-type']).toBe('image/svg+xml');
    expect(qr.body).toContain('<svg');
    const poster = await ctx.app.inject({ url: `/enkat/${s.publicId}/affisch` });
    expect(poster.body).toContain(`src="/enkat/${s.publicId}/qr.svg"`);
    expect(poster.body).toContain(`alt="QR-kod till enkäten: http://localhost:3000/enkat/${s.publicId}"`);
    expect((await ctx.app.inject({ url: `/enkat/${s.publicId}/qr.svg` })).statusCode).toBe(200);
  });

  it('deletes only a draft without answers', async () => {
    const draft = (await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, template: 'lokal-trygghetsmatning' })).json();
    expect((await coordinator.request('DELETE', `/api/v1/surveys/${draft.id}`)).statusCode).toBe(204);
    expect((await coordinator.request('GET', `/api/v1/surveys/${draft.id}`)).statusCode).toBe(404);
    const live = await publishedSurvey(coordinator, kalix.id);
    expect((await coordinator.request('DELETE', `/api/v1/surveys/${live.id}`)).statusCode).toBe(409);
  });

  it('keys in a paper answer, checked like a web answer', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    const bad = await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { worry: 'sometimes', nope: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.errors).toEqual([{ questionId: 'nope', code: 'invalid' }]);
    const ok = await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { worry: 'sometimes', problems: { speeding: 'small' } } });
    expect(ok.statusCode).toBe(201);
    const row = await ctx.deps.db.selectFrom('survey_responses').selectAll().where('id', '=', ok.json().id).executeTakeFirstOrThrow();
    expect(row.channel).toBe('paper');
  });
});

describe('who may do what', () => {
  it('another kommun’s coordinator and a partner do not see the survey', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    for (const email of [DEMO.haparandaCoordinator, DEMO.kalixPartner]) {
      const other = await signIn(ctx.app, email);
      expect((await other.request('GET', `/api/v1/surveys/${s.id}`)).statusCode).toBe(404);
      expect((await other.request('GET', `/api/v1/surveys/${s.id}/results`)).statusCode).toBe(404);
      expect((await other.request('POST', `/api/v1/surveys/${s.id}/close`)).statusCode).toBe(404);
      expect((await other.request('GET', '/api/v1/surveys')).json().surveys.some((x: { id: string }) => x.id === s.id)).toBe(false);
    }
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await haparanda.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, template: 'lokal-trygghetsmatning' })).statusCode).toBe(403);
  });

  it('a reader (LPO chief) reads surveys and results but changes nothing', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    const viewer = await signIn(ctx.app, DEMO.lpoChief);
    expect((await viewer.request('GET', `/api/v1/surveys/${s.id}`)).statusCode).toBe(200);
    expect((await viewer.request('GET', `/api/v1/surveys/${s.id}/results`)).statusCode).toBe(200);
    expect((await viewer.request('PATCH', `/api/v1/surveys/${s.id}`, { title: { sv: 'Ny' } })).statusCode).toBe(403);
    expect((await viewer.request('POST', `/api/v1/surveys/${s.id}/close`)).statusCode).toBe(403);
    expect((await viewer.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { worry: 'often' } })).statusCode).toBe(403);
    expect((await viewer.request('PUT', `/api/v1/surveys/${s.id}/public-results`, { charts: [] })).statusCode).toBe(403);
  });

  it('the community police officer of the LPO may build surveys for its kommuner', async () => {
    const officer = await signIn(ctx.app, DEMO.officer);
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const res = await officer.request('POST', '/api/v1/surveys', { municipalityId: haparanda, title: { sv: 'Haparanda' } });
    expect(res.statusCode).toBe(201);
  });

  it('without signing in, nothing', async () => {
    expect((await ctx.app.inject({ url: '/api/v1/surveys' })).statusCode).toBe(401);
  });

  it('documents the API under the tag Enkäter', async () => {
    const spec = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/v1/surveys/{id}/results'].get.tags).toEqual(['Enkäter']);
    expect(spec.paths['/api/v1/surveys'].post.summary).toContain('Skapa en enkät');
  });
});
