/**
 * The builder's forms as staff meet them through the API: a language is
 * offered only when asked or when all texts are written in it, a last day already passed is refused for a survey
 * answered online, a survey already run on paper is registered afterwards
 * and takes its answers, and the answering page can be previewed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { answerRows, kalixWithAreas, type Kalix } from './helpers.ts';
import { flushLeftoverAnswers } from '../../src/app/surveys/queries/batches.ts';

let ctx: TestContext;
let coordinator: Client;
let kalix: Kalix;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
});
afterAll(async () => ctx.close());

const question = {
  id: 'safe',
  kind: 'single',
  required: true,
  text: { sv: 'Känner du dig trygg?' },
  options: [
    { value: 'ja', label: { sv: 'Ja' } },
    { value: 'nej', label: { sv: 'Nej' } },
  ],
};

async function blank(title = 'Trygghet i Töre') {
  const res = await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, title: { sv: title } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; languages: string[]; status: string };
}

const state = async (id: string) =>
  ctx.deps.db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('languages', () => {
  it('a blank survey is offered in Swedish only, until English is asked for', async () => {
    const s = await blank();
    expect(s.languages).toEqual(['sv']);
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [question] });
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
  });

  it('the template, written in all four, offers the kommun’s four languages in Kalix; a Swedish-only title of its own does not', async () => {
    const all = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
    });
    expect(all.json().languages).toEqual(['sv', 'en', 'fi', 'fit']);
    const own = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
      title: { sv: 'Trygghetsmätning Kalix 2027' },
    });
    expect(own.json().languages).toEqual(['sv']);
  });

  it('names a missing English text the way the builder does', async () => {
    const s = await blank();
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [question], languages: ['sv', 'en'] });
    const res = await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.problems).toEqual([
      'Titel på engelska saknas',
      'Fråga 1: frågetext på engelska saknas',
      'Fråga 1: svarsalternativet "Ja" på engelska saknas',
      'Fråga 1: svarsalternativet "Nej" på engelska saknas',
    ]);
    expect(res.json().messageEn).toContain('Title in English is missing');
  });
});

describe('the last day to answer', () => {
  it('is refused when already passed, at the field, and nothing changes', async () => {
    const s = await blank();
    const before = await state(s.id);
    const res = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      title: { sv: 'Ändrad titel' },
      closesOn: '2020-05-31',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: { field: 'closesOn' } });
    expect(res.json().message).toContain('Sista svarsdag har redan passerat');
    expect(await state(s.id)).toEqual(before);
  });

  it('a day to come is taken, and other changes still save once that day has passed', async () => {
    const s = await blank();
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { closesOn: '2099-05-31' })).statusCode).toBe(
      200,
    );
    // A stored day that has passed since is not judged again when something else changes.
    await ctx.deps.db.updateTable('surveys').set({ closes_on: '2020-05-31' }).where('id', '=', s.id).execute();
    const res = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      title: { sv: 'Ny titel' },
      closesOn: '2020-05-31',
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('a survey already run on paper', () => {
  it('is registered afterwards with its past days, never opens online, and takes its paper answers', async () => {
    const s = await blank('Trygghetsmätning 2025 (papper)');
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [question] });
    const res = await coordinator.request('POST', `/api/v1/surveys/${s.id}/paper-run`, {
      opensOn: '2025-03-01',
      closesOn: '2025-03-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      opensOn: '2025-03-01',
      closesOn: '2025-03-31',
      publishedAt: null,
    });
    const paper = await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { safe: 'nej' } });
    expect(paper.statusCode, paper.body).toBe(201);
    await flushLeftoverAnswers(ctx.deps);
    expect(await answerRows(ctx, s.id)).toHaveLength(1);
    const publicPage = await ctx.app.inject({ url: `/enkat/${res.json().publicId}` });
    expect(publicPage.body).not.toContain('name="safe"');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', s.id).execute();
    expect(audit.map((a) => a.action)).toContain('survey.paper_run');
  });

  it('is refused with a last day to come, without questions, or once published; nothing changes', async () => {
    const s = await blank();
    const empty = await coordinator.request('POST', `/api/v1/surveys/${s.id}/paper-run`, {
      opensOn: '2025-03-01',
      closesOn: '2025-03-31',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details.problems).toEqual(['Enkäten har inga frågor']);
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [question] });
    const before = await state(s.id);
    const future = await coordinator.request('POST', `/api/v1/surveys/${s.id}/paper-run`, {
      opensOn: '2025-03-01',
      closesOn: '2099-03-31',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().details.field).toBe('closesOn');
    const backwards = await coordinator.request('POST', `/api/v1/surveys/${s.id}/paper-run`, {
      opensOn: '2025-03-31',
      closesOn: '2025-03-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(await state(s.id)).toEqual(before);
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
    const published = await coordinator.request('POST', `/api/v1/surveys/${s.id}/paper-run`, {
      opensOn: '2025-03-01',
      closesOn: '2025-03-31',
    });
    expect(published.statusCode).toBe(409);
  });
});

describe('the preview of the answering page', () => {
  it('shows a draft as respondents will see it, marked as a preview, in the language asked', async () => {
    const s = await blank('Trygghet i Näsbyn');
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      languages: ['sv', 'en'],
      title: { sv: 'Trygghet i Näsbyn', en: 'Safety in Näsbyn' },
      questions: [question],
    });
    const sv = await coordinator.request('GET', `/api/v1/surveys/${s.id}/preview`);
    expect(sv.statusCode).toBe(200);
    expect(sv.headers['content-type']).toContain('text/html');
    expect(sv.body).toContain('<h1>Trygghet i Näsbyn</h1>');
    expect(sv.body).toContain('Känner du dig trygg?');
    expect(sv.body).toContain('Förhandsvisning');
    expect(sv.body).toMatch(/<button type="submit"[^>]* disabled/);
    const en = await coordinator.request('GET', `/api/v1/surveys/${s.id}/preview?lang=en`);
    expect(en.body).toContain('<h1>Safety in Näsbyn</h1>');
    expect(en.body).toContain('Preview');
  });

  it('is for staff who may read the survey', async () => {
    const s = await blank();
    expect((await ctx.app.inject({ url: `/api/v1/surveys/${s.id}/preview` })).statusCode).toBe(401);
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await haparanda.request('GET', `/api/v1/surveys/${s.id}/preview`)).statusCode).toBe(404);
  });
});
