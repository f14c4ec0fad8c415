/** Building and publishing surveys through the staff API, and who may do what. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { answerRows, kalixWithAreas, publishedSurvey, type Kalix } from './helpers.ts';
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

const single = (id: string, sv: string, en?: string) => ({
  id,
  kind: 'single',
  required: true,
  text: en ? { sv, en } : { sv },
  options: [
    { value: 'ja', label: { sv: 'Ja', en: 'Yes' } },
    { value: 'nej', label: { sv: 'Nej', en: 'No' } },
  ],
});

describe('creating a survey', () => {
  it('from the template "Lokal trygghetsmätning" fills the area question with the kommun’s areas', async () => {
    const res = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
    });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      status: 'draft',
      access: 'link',
      templateKey: 'lokal-trygghetsmatning',
      // Kalix is in the administrative areas for Finnish and Meänkieli, and the template is written in all four.
      languages: ['sv', 'en', 'fi', 'fit'],
      scoring: { none: 0, small: 2, fairly_big: 4, very_big: 6 },
      municipalityName: 'Kalix',
    });
    expect(s.title.sv).toBe('Lokal trygghetsmätning');
    expect(s.publicUrl).toBe(`http://localhost:3000/enkat/${s.publicId}`);
    const area = s.questions.find((q: { kind: string }) => q.kind === 'area');
    expect(area.options.map((o: { label: { sv: string } }) => o.label.sv)).toEqual(['Centrum', 'Näsbyn', 'Töre']);
    expect(s.categories.map((c: { key: string }) => c.key)).toContain('vald_nara_relationer');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', s.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.create']);
  });

  it('blank, with a title, and refuses a blank one without a title or an unknown template', async () => {
    const blank = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      title: { sv: 'Enkät om centrum' },
      languages: ['sv'],
    });
    expect(blank.statusCode).toBe(201);
    expect(blank.json().questions).toEqual([]);
    expect((await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id })).statusCode).toBe(400);
    expect(
      (await coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix.id, template: 'nope' })).statusCode,
    ).toBe(400);
    expect(
      (
        await coordinator.request('POST', '/api/v1/surveys', {
          municipalityId: kalix.id,
          title: { sv: 'X' },
          languages: ['en'],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('adds areas to the kommun from the survey, so the area question can offer them', async () => {
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const hc = await signIn(ctx.app, DEMO.haparandaCoordinator);
    const s = (
      await hc.request('POST', '/api/v1/surveys', { municipalityId: haparanda, template: 'lokal-trygghetsmatning' })
    ).json();
    const refused = await hc.request('POST', `/api/v1/surveys/${s.id}/publish`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.problems).toContain(
      'Kommunen har inga områden än: lägg in områden eller ta bort frågan om område',
    );
    const res = await hc.request('PATCH', `/api/v1/surveys/${s.id}`, {
      addAreas: ['Haparanda centrum', 'Nikkala', 'Nikkala'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const area = res.json().questions.find((q: { kind: string }) => q.kind === 'area');
    expect(area.options.map((o: { label: { sv: string } }) => o.label.sv)).toEqual(['Haparanda centrum', 'Nikkala']);
    expect((await hc.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
  });

  it('is offered in the kommun’s public languages: Swedish and English outside the areas, all four with its switch on', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const norsjo = await orgIdByCode(ctx.deps, '2417');
    const create = async () => {
      const res = await admin.request('POST', '/api/v1/surveys', {
        municipalityId: norsjo,
        template: 'lokal-trygghetsmatning',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { languages: string[]; municipalityName: string };
    };
    const outside = await create();
    expect(outside.municipalityName).toBe('Norsjö');
    expect(outside.languages).toEqual(['sv', 'en']);
    const on = await admin.request('PUT', `/api/v1/organisations/${norsjo}/public-languages`, { switchOn: true });
    expect(on.statusCode, on.body).toBe(200);
    expect((await create()).languages).toEqual(['sv', 'en', 'fi', 'fit']);
    // Kalix turning its switch off offers new surveys in Swedish and English only.
    const off = await admin.request('PUT', `/api/v1/organisations/${kalix.id}/public-languages`, { switchOn: false });
    expect(off.statusCode, off.body).toBe(200);
    const kalixOff = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
    });
    expect(kalixOff.json().languages).toEqual(['sv', 'en']);
    // Staff can still ask for a language themselves.
    const asked = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
      languages: ['sv', 'fit'],
    });
    expect(asked.json().languages).toEqual(['sv', 'fit']);
    await admin.request('PUT', `/api/v1/organisations/${kalix.id}/public-languages`, { switchOn: null });
    await admin.request('PUT', `/api/v1/organisations/${norsjo}/public-languages`, { switchOn: null });
  });

  it('lists the templates', async () => {
    const res = await coordinator.request('GET', '/api/v1/survey-templates');
    expect(res.json().templates[0].key).toBe('lokal-trygghetsmatning');
  });
});

describe('editing and publishing', () => {
  it('edits questions, with texts per language, and refuses duplicate ids', async () => {
    const s = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        title: { sv: 'Centrum', en: 'Centre' },
      })
    ).json();
    const ok = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      questions: [single('safe', 'Känner du dig trygg?', 'Do you feel safe?')],
      opensOn: '2099-08-01',
      closesOn: '2099-10-31',
      intro: { sv: 'Hej', en: 'Hello' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ opensOn: '2099-08-01', closesOn: '2099-10-31', missingTranslations: {} });
    const dup = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      questions: [single('a', 'A'), single('a', 'B')],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().details.problems[0]).toContain('finns två gånger');
    const backwards = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { opensOn: '2099-11-01' });
    expect(backwards.statusCode).toBe(400);
  });

  it('will not publish while a text is missing in an offered language', async () => {
    const s = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        title: { sv: 'Centrum', en: 'Centre' },
      })
    ).json();
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      questions: [single('safe', 'Känner du dig trygg?')],
    });
    const res = await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.problems).toEqual(['Fråga 1: frågetext på engelska saknas']);
    expect(res.json().details.problemsEn).toEqual(['Question 1: question text in English is missing']);
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { languages: ['sv'] });
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
  });

  it('offers Finnish and Meänkieli when their texts are written', async () => {
    const s = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        title: { sv: 'Trygghet', fi: 'Turvallisuus', fit: 'Turvalisuus' },
        languages: ['sv', 'fi', 'fit'],
      })
    ).json();
    await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      questions: [
        {
          ...single('safe', 'Trygg?'),
          text: { sv: 'Trygg?', fi: 'Turvallinen?', fit: 'Turvalinen?' },
          options: [
            { value: 'ja', label: { sv: 'Ja', fi: 'Kyllä', fit: 'Joo' } },
            { value: 'nej', label: { sv: 'Nej', fi: 'Ei', fit: 'Ei' } },
          ],
        },
      ],
    });
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
    // Meänkieli has its own interface words, so the button needs no lang of its own.
    expect(fit.body).toContain('<button type="submit" class="button">Lähätä vastaukset</button>');
    expect(fit.body).toMatch(/<label for="q--safe--ja">Joo<\/label>/);
    expect(fi.body).toContain('<button type="submit" class="button">Lähetä vastaukset</button>');
  });

  it('locks the structure once there are answers, but texts can still change', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { worry: 'often' } });
    const full = (await coordinator.request('GET', `/api/v1/surveys/${s.id}`)).json();
    const renamed = full.questions.map((q: { id: string; text: { sv: string } }) =>
      q.id === 'worry' ? { ...q, text: { ...q.text, sv: 'Hur ofta oroar du dig för brott?' } } : q,
    );
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: renamed })).statusCode).toBe(
      200,
    );
    const removed = full.questions.filter((q: { id: string }) => q.id !== 'worry');
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: removed })).statusCode).toBe(
      409,
    );
    expect((await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { access: 'codes' })).statusCode).toBe(409);
  });

  it('can have its own address, unique', async () => {
    const a = await publishedSurvey(coordinator, kalix.id, { slug: 'trygghet-kalix-2026' });
    expect(a.publicUrl).toBe('http://localhost:3000/enkat/trygghet-kalix-2026');
    expect((await ctx.app.inject({ url: '/enkat/trygghet-kalix-2026' })).statusCode).toBe(200);
    const b = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        template: 'lokal-trygghetsmatning',
      })
    ).json();
    expect(
      (await coordinator.request('PATCH', `/api/v1/surveys/${b.id}`, { slug: 'trygghet-kalix-2026' })).statusCode,
    ).toBe(409);
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
    const draft = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        template: 'lokal-trygghetsmatning',
      })
    ).json();
    expect((await coordinator.request('DELETE', `/api/v1/surveys/${draft.id}`)).statusCode).toBe(204);
    expect((await coordinator.request('GET', `/api/v1/surveys/${draft.id}`)).statusCode).toBe(404);
    const live = await publishedSurvey(coordinator, kalix.id);
    expect((await coordinator.request('DELETE', `/api/v1/surveys/${live.id}`)).statusCode).toBe(409);
  });

  it('keys in a paper answer, checked like a web answer', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    const bad = await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, {
      answers: { worry: 'sometimes', nope: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.errors).toEqual([{ questionId: 'nope', code: 'invalid' }]);
    const ok = await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, {
      answers: { worry: 'sometimes', problems: { speeding: 'small' } },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ accepted: true });
    const rows = await answerRows(ctx, s.id);
    expect(rows).toMatchObject([
      { channel: 'paper', answers: { worry: 'sometimes', problems: { speeding: 'small' } } },
    ]);
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
      expect(
        (await other.request('GET', '/api/v1/surveys')).json().surveys.some((x: { id: string }) => x.id === s.id),
      ).toBe(false);
    }
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect(
      (
        await haparanda.request('POST', '/api/v1/surveys', {
          municipalityId: kalix.id,
          template: 'lokal-trygghetsmatning',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a reader (LPO chief) reads surveys and results but changes nothing', async () => {
    const s = await publishedSurvey(coordinator, kalix.id);
    const viewer = await signIn(ctx.app, DEMO.lpoChief);
    expect((await viewer.request('GET', `/api/v1/surveys/${s.id}`)).statusCode).toBe(200);
    expect((await viewer.request('GET', `/api/v1/surveys/${s.id}/results`)).statusCode).toBe(200);
    expect((await viewer.request('PATCH', `/api/v1/surveys/${s.id}`, { title: { sv: 'Ny' } })).statusCode).toBe(403);
    expect((await viewer.request('POST', `/api/v1/surveys/${s.id}/close`)).statusCode).toBe(403);
    expect(
      (await viewer.request('POST', `/api/v1/surveys/${s.id}/responses`, { answers: { worry: 'often' } })).statusCode,
    ).toBe(403);
    expect((await viewer.request('PUT', `/api/v1/surveys/${s.id}/public-results`, { charts: [] })).statusCode).toBe(
      403,
    );
  });

  it('the community police officer of the LPO may build surveys for its kommuner', async () => {
    const officer = await signIn(ctx.app, DEMO.officer);
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const res = await officer.request('POST', '/api/v1/surveys', {
      municipalityId: haparanda,
      title: { sv: 'Haparanda' },
    });
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

/** One question of every kind, as the builder sends them. */
const everyKind = () => [
  single('safe', 'Känner du dig trygg?', 'Do you feel safe?'),
  {
    id: 'victim',
    kind: 'multiple',
    required: false,
    text: { sv: 'Har du utsatts?', en: 'Have you been a victim?' },
    exclusive: 'none',
    options: [
      { value: 'theft', label: { sv: 'Stöld', en: 'Theft' } },
      { value: 'none', label: { sv: 'Nej', en: 'No' } },
    ],
  },
  {
    id: 'presence',
    kind: 'scale',
    required: false,
    text: { sv: 'Hur synlig är polisen?', en: 'How visible are the police?' },
    min: 1,
    max: 7,
    minLabel: { sv: 'Inte alls', en: 'Not at all' },
    maxLabel: { sv: 'Mycket', en: 'Very' },
  },
  {
    id: 'problems',
    kind: 'problem',
    required: false,
    text: { sv: 'Hur stora är problemen?', en: 'How big are the problems?' },
    items: [
      { id: 'speeding', text: { sv: 'Fortkörning', en: 'Speeding' } },
      { id: 'litter', text: { sv: 'Nedskräpning', en: 'Littering' } },
    ],
  },
  { id: 'comments', kind: 'text', required: false, maxLength: 500, text: { sv: 'Något mer?', en: 'Anything else?' } },
  {
    id: 'area',
    kind: 'area',
    required: false,
    text: { sv: 'I vilket område bor du?', en: 'Which area do you live in?' },
  },
  {
    id: 'age_band',
    kind: 'age_band',
    required: false,
    text: { sv: 'Ålder', en: 'Age' },
    options: [
      { value: '16-44', label: { sv: '16–44 år', en: '16–44' } },
      { value: '45-', label: { sv: '45 år och äldre', en: '45 and older' } },
    ],
  },
  {
    id: 'gender',
    kind: 'gender',
    required: false,
    text: { sv: 'Kön', en: 'Gender' },
    options: [
      { value: 'woman', label: { sv: 'Kvinna', en: 'Woman' } },
      { value: 'man', label: { sv: 'Man', en: 'Man' } },
    ],
  },
];

async function blankSurvey(): Promise<{ id: string; publicId: string }> {
  const res = await coordinator.request('POST', '/api/v1/surveys', {
    municipalityId: kalix.id,
    title: { sv: 'Byggd enkät', en: 'Built survey' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const patch = (id: string, body: unknown) => coordinator.request('PATCH', `/api/v1/surveys/${id}`, body);
const stored = async (id: string) =>
  ctx.deps.db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const updates = async (id: string) =>
  (
    await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .where('action', '=', 'survey.update')
      .execute()
  ).length;

describe('the builder', () => {
  it('adds a question of every kind to a draft, reorders and removes them, and the public form shows each', async () => {
    const s = await blankSurvey();
    const res = await patch(s.id, { questions: everyKind() });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.questions.map((q: { kind: string }) => q.kind)).toEqual([
      'single',
      'multiple',
      'scale',
      'problem',
      'text',
      'area',
      'age_band',
      'gender',
    ]);
    expect(body.questions[5].options.map((o: { label: { sv: string } }) => o.label.sv)).toEqual([
      'Centrum',
      'Näsbyn',
      'Töre',
    ]);
    expect(body.questions[2]).toMatchObject({ min: 1, max: 7, maxLabel: { sv: 'Mycket', en: 'Very' } });
    expect(body.missingTranslations).toEqual({});
    const reordered = await patch(s.id, { questions: [...everyKind()].reverse().filter((q) => q.id !== 'comments') });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().questions.map((q: { id: string }) => q.id)).toEqual([
      'gender',
      'age_band',
      'area',
      'problems',
      'presence',
      'victim',
      'safe',
    ]);
    expect((await coordinator.request('POST', `/api/v1/surveys/${s.id}/publish`)).statusCode).toBe(200);
    const page = (await ctx.app.inject({ url: `/enkat/${s.publicId}` })).body;
    for (const text of ['7 – Mycket', 'Töre', 'Fortkörning', '45 år och äldre', 'Kvinna', 'Nej'])
      expect(page).toContain(text);
  });

  it('refuses what the editor refuses, in Swedish and English, and changes nothing', async () => {
    const s = await blankSurvey();
    await patch(s.id, { questions: [single('safe', 'Trygg?', 'Safe?')] });
    const [before, audits] = [await stored(s.id), await updates(s.id)];
    const cases: [unknown[], string, string][] = [
      [
        [{ ...everyKind()[7], required: true }],
        'Bakgrundsfrågan "Kön" kan inte vara obligatorisk',
        'The background question "Gender" cannot be required',
      ],
      [
        [
          {
            ...single('x', 'X'),
            options: [
              { value: 'a', label: { sv: 'Ja' } },
              { value: 'b', label: { sv: 'ja' } },
            ],
          },
        ],
        'har två svarsalternativ med samma text',
        'has two options with the same text',
      ],
      [
        [everyKind()[5], { ...everyKind()[5], id: 'area2' }],
        'Bara en fråga om område får finnas',
        'Only one area question is allowed',
      ],
    ];
    for (const [questions, sv, en] of cases) {
      const res = await patch(s.id, { title: { sv: 'Ändrad' }, questions });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation_failed',
        message: expect.stringContaining(sv),
        messageEn: expect.stringContaining(en),
      });
    }
    expect((await patch(s.id, { questions: [{ ...everyKind()[2], max: 11 }] })).statusCode).toBe(400);
    expect(await stored(s.id)).toEqual(before);
    expect(await updates(s.id)).toBe(audits);
  });

  it('gives a draft its own address: checked format (400), unique (409), cleared with null, fixed once published', async () => {
    const [a, b] = [await blankSurvey(), await blankSurvey()];
    expect((await patch(a.id, { slug: 'trygghet-nasbyn' })).json().publicUrl).toBe(
      'http://localhost:3000/enkat/trygghet-nasbyn',
    );
    for (const taken of ['trygghet-nasbyn', a.publicId]) {
      const res = await patch(b.id, { slug: taken });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'conflict',
        message: `Adressen "${taken}" används redan av en annan enkät`,
        messageEn: `The address "${taken}" is already used by another survey`,
        details: { field: 'slug' },
      });
    }
    for (const bad of ['Trygghet', 'ab', 'töre-2026', '-x-y', '']) {
      const res = await patch(b.id, { slug: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        details: { field: 'slug' },
        message: expect.stringContaining('3–80 tecken'),
        messageEn: expect.stringContaining('3–80 characters'),
      });
    }
    expect((await patch(a.id, { slug: 'trygghet-nasbyn' })).statusCode).toBe(200);
    expect((await patch(a.id, { slug: null })).json().slug).toBeNull();
    expect((await patch(b.id, { slug: 'trygghet-nasbyn' })).statusCode).toBe(200);
    await patch(b.id, { questions: [single('safe', 'Trygg?', 'Safe?')] });
    expect((await coordinator.request('POST', `/api/v1/surveys/${b.id}/publish`)).statusCode).toBe(200);
    const late = await patch(b.id, { slug: 'nagot-annat' });
    expect(late.statusCode).toBe(409);
    expect(late.json().messageEn).toContain('only change before the survey is published');
    expect((await stored(b.id)).slug).toBe('trygghet-nasbyn');
  });
});

describe('scoring, categories and answers already given', () => {
  let s: { id: string };
  const index = async () => {
    const { results } = (await coordinator.request('GET', `/api/v1/surveys/${s.id}/results`)).json();
    const problems = results.questions.find((q: { questionId: string }) => q.questionId === 'problems').total;
    const of = (id: string) => problems.items.find((i: { itemId: string }) => i.itemId === id).index;
    return { speeding: of('speeding'), litter: of('litter'), overall: problems.overall };
  };

  beforeAll(async () => {
    s = await publishedSurvey(coordinator, kalix.id);
    for (let i = 0; i < 5; i++) {
      const res = await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, {
        answers: { problems: { speeding: 'small', litter: 'very_big' }, worry: 'often' },
      });
      expect(res.statusCode).toBe(201);
    }
  });

  it('computes the index with the edited points and leaves excluded items out of the overall index', async () => {
    expect(await index()).toEqual({ speeding: 2, litter: 6, overall: 4 });
    const res = await patch(s.id, {
      scoring: { none: 0, small: 1, fairly_big: 3, very_big: 5, excludedItems: { problems: ['litter'] } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await index()).toEqual({ speeding: 1, litter: 5, overall: 1 });
    const falling = await patch(s.id, { scoring: { none: 0, small: 4, fairly_big: 2, very_big: 6 } });
    expect(falling.statusCode).toBe(400);
    expect(falling.json().messageEn).toContain('must not fall');
    const allOut = await patch(s.id, { scoring: { ...DEFAULT_POINTS, excludedItems: { problems: TEMPLATE_ITEMS } } });
    expect(allOut.statusCode).toBe(400);
    expect(allOut.json().message).toContain('Minst ett påstående');
    expect(
      (await patch(s.id, { scoring: { ...DEFAULT_POINTS, excludedItems: { problems: ['nope'] } } })).statusCode,
    ).toBe(400);
    expect(await index()).toEqual({ speeding: 1, litter: 5, overall: 1 });
  });

  it('edits the coding categories, but keeps one that answers are coded with', async () => {
    await coordinator.request('POST', `/api/v1/surveys/${s.id}/responses`, {
      answers: { comments: 'Bilar kör för fort' },
    });
    await flushLeftoverAnswers(ctx.deps); // the day's end: the answer waiting for its batch is stored and can be coded
    const [answer] = (await coordinator.request('GET', `/api/v1/surveys/${s.id}/free-text`)).json().items;
    await coordinator.request('PUT', `/api/v1/surveys/${s.id}/free-text/codes`, {
      items: [{ responseId: answer.responseId, questionId: 'comments', categories: ['trafik'] }],
    });
    const { categories } = (await coordinator.request('GET', `/api/v1/surveys/${s.id}`)).json();
    const before = await stored(s.id);
    const withoutTraffic = categories.filter((c: { key: string }) => c.key !== 'trafik');
    const refused = await patch(s.id, { categories: withoutTraffic });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      message: expect.stringContaining('"Trafik" (1 svar)'),
      messageEn: expect.stringContaining('"Traffic" (1 answers)'),
    });
    expect(
      (await patch(s.id, { categories: [...categories, { key: 'x', label: { sv: 'trafik' }, keywords: [] }] }))
        .statusCode,
    ).toBe(400);
    expect(await stored(s.id)).toEqual(before);
    const renamed = categories
      .filter((c: { key: string }) => c.key !== 'bedragerier')
      .map((c: { key: string }) =>
        c.key === 'trafik' ? { ...c, label: { sv: 'Trafik och fordon', en: 'Traffic' } } : c,
      );
    const ok = await patch(s.id, {
      categories: [...renamed, { key: 'nedskrapning', label: { sv: 'Nedskräpning' }, keywords: ['skräp'] }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const free = (await coordinator.request('GET', `/api/v1/surveys/${s.id}/free-text`)).json();
    expect(free.categories.map((c: { key: string }) => c.key)).toContain('nedskrapning');
    expect(free.items.find((i: { responseId: string }) => i.responseId === answer.responseId).categories).toEqual([
      'trafik',
    ]);
  });

  it('refuses a change that would corrupt the answers given, names it, and changes nothing', async () => {
    const full = (await coordinator.request('GET', `/api/v1/surveys/${s.id}`)).json();
    const before = await stored(s.id);
    const audits = await updates(s.id);
    const worry = full.questions.find((q: { id: string }) => q.id === 'worry');
    const broken = full.questions.map((q: { id: string }) =>
      q.id === 'worry' ? { ...worry, options: worry.options.filter((o: { value: string }) => o.value !== 'often') } : q,
    );
    const res = await patch(s.id, { title: { sv: 'Nytt namn' }, scoring: DEFAULT_POINTS, questions: broken });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('svarsalternativet "Ofta" kan inte tas bort');
    expect(res.json().messageEn).toContain('the option "Often" cannot be removed');
    expect(await stored(s.id)).toEqual(before);
    expect(await updates(s.id)).toBe(audits);
    // Texts and the order of questions and options may still change.
    const moved = [...full.questions]
      .reverse()
      .map((q: { id: string; options?: unknown[] }) =>
        q.id === 'worry' ? { ...q, options: [...q.options!].reverse() } : q,
      );
    expect((await patch(s.id, { questions: moved })).statusCode).toBe(200);
  });
});

const DEFAULT_POINTS = { none: 0, small: 2, fairly_big: 4, very_big: 6 };
const TEMPLATE_ITEMS = [
  'youth_gangs',
  'drug_affected',
  'drug_dealing',
  'drunk_people',
  'speeding',
  'mopeds',
  'vandalism',
  'litter',
  'burglary',
  'vehicle_theft',
  'assault',
  'dark_places',
];
