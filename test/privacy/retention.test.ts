/**
 * A kommun sets how long survey free text, login records and audit entries
 * are kept; its admin changes it (audited), bad periods are refused and
 * change nothing; the public survey page and the register of processing say
 * it in Swedish; the daily job, on a clock, removes what is past its time
 * and keeps the rest (ticked answers, other kommuner's data, newer rows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, type Client, type TestContext, startTestApp } from '../helpers.ts';
import { kalixWithAreas, publishedSurvey } from '../surveys/helpers.ts';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';
import { KEEP } from '../../src/app/jobs/prune.ts';
import { FIXED_DAYS } from '../../src/domain/privacy/register.ts';
import type { PrivacySettingsView, ProcessingRegister } from '../../src/contracts/privacy.ts';

let ctx: TestContext;
let admin: Client;
let coordinator: Client;
let kalix: string;
let haparanda: string;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await orgIdByCode(ctx.deps, '2514');
  haparanda = await orgIdByCode(ctx.deps, '2583');
});
afterAll(async () => {
  await ctx.close();
});

const settings = {
  surveyTextMonths: 6,
  loginMonths: 1,
  auditMonths: 36,
  controller: 'Kommunstyrelsen i Kalix',
  dpoContact: 'dataskyddsombud@kalix.se',
};

describe('a kommun’s retention settings', () => {
  it('start at the stated defaults, readable by the kommun’s staff', async () => {
    const res = await coordinator.request('GET', `/api/v1/organisations/${kalix}/privacy`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as PrivacySettingsView;
    expect(view).toMatchObject({ surveyTextMonths: 24, loginMonths: 12, auditMonths: 60, saved: false });
    expect(view.surveyNotice.join(' ')).toContain('raderas 2 år efter att enkäten har stängt');
    expect(view.surveyNotice.join(' ')).toContain('är personuppgiftsansvarig');
  });

  it('are changed by an admin only, audited; a bad period is refused and changes nothing', async () => {
    expect((await coordinator.request('PUT', `/api/v1/organisations/${kalix}/privacy`, settings)).statusCode).toBe(403);
    const bad = await admin.request('PUT', `/api/v1/organisations/${kalix}/privacy`, { ...settings, auditMonths: 3 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Händelseloggen: ange mellan 12 och 240 månader',
      messageEn: 'The audit log: give between 12 and 240 months',
    });
    expect((await admin.request('GET', `/api/v1/organisations/${kalix}/privacy`)).json().saved).toBe(false);

    const ok = await admin.request('PUT', `/api/v1/organisations/${kalix}/privacy`, settings);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ...settings, saved: true });
    const entry = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'privacy.update')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ organisation_id: kalix, before: { surveyTextMonths: 24 } });
    expect(entry.after).toMatchObject({ surveyTextMonths: 6, dpoContact: 'dataskyddsombud@kalix.se' });
  });

  it('are not found for an organisation that is not a kommun, or outside reach', async () => {
    const lpo = (
      await ctx.deps.db
        .selectFrom('organisations')
        .select('id')
        .where('kind', '=', 'police_area')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await admin.request('GET', `/api/v1/organisations/${lpo}/privacy`)).statusCode).toBe(404);
    expect((await coordinator.request('GET', `/api/v1/organisations/${haparanda}/privacy`)).statusCode).toBe(404);
  });

  it('are stated on the public survey page in plain Swedish (and English on the English page)', async () => {
    await kalixWithAreas(ctx);
    const survey = await publishedSurvey(coordinator, kalix, { languages: ['sv', 'en'] });
    const page = await ctx.app.inject({ url: `/enkat/${survey.publicId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('raderas 6 månader efter att enkäten har stängt');
    expect(page.body).toContain('Kommunstyrelsen i Kalix är personuppgiftsansvarig.');
    expect(page.body).toContain('dataskyddsombudet: dataskyddsombud@kalix.se');
    const en = await ctx.app.inject({ url: `/enkat/${survey.publicId}?lang=en` });
    expect(en.body).toContain('deleted 6 months after the survey closes');
  });

  it('make the register of processing, as JSON, as CSV and as a page', async () => {
    const res = await coordinator.request('GET', `/api/v1/organisations/${kalix}/processing-register`);
    expect(res.statusCode, res.body).toBe(200);
    const register = res.json() as ProcessingRegister;
    expect(register).toMatchObject({ controller: 'Kommunstyrelsen i Kalix', dpoContact: 'dataskyddsombud@kalix.se' });
    const byKey = Object.fromEntries(register.entries.map((e) => [e.key, e]));
    expect(byKey.survey_text).toMatchObject({ retentionMonths: 6, activity: 'Fritextsvar i trygghetsenkäter' });
    expect(byKey.survey_text!.retention).toMatch(/^6 månader efter att enkäten stängt/);
    expect(byKey.logins!.retention).toMatch(/^1 månad från inloggningen/);
    expect(byKey.audit!.retention).toMatch(/^3 år från ändringen/);

    const csv = await coordinator.request('GET', `/api/v1/organisations/${kalix}/processing-register?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Behandling;Personuppgifter;Registrerade;Ändamål;Rättslig grund;Lagringstid;Mottagare');
    expect(lines).toHaveLength(1 + register.entries.length);
    expect(csv.body).toContain('Fritextsvar i trygghetsenkäter');

    const page = await coordinator.request('GET', `/api/v1/organisations/${kalix}/processing-register?format=html`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="sv">');
    expect(page.body).toContain('<th scope="col">Lagringstid</th>');
    expect(page.body).toContain('<th scope="row">Fritextsvar i trygghetsenkäter</th>');
    expect(page.body).toContain('Personuppgiftsansvarig: Kommunstyrelsen i Kalix.');
    expect(page.body.match(/<tr>/g)).toHaveLength(1 + register.entries.length);
  });

  it('states the daily job’s own fixed periods as the job keeps them', () => {
    const DAY = 86400_000;
    expect(FIXED_DAYS.subscriptions * DAY).toBe(KEEP.subscriptions);
    expect(FIXED_DAYS.passwordResets * DAY).toBe(KEEP.passwordResets);
    expect(FIXED_DAYS.rateLimitHits * DAY).toBe(KEEP.rateLimitHits);
  });
});

describe('the daily job applies each kommun’s retention', () => {
  it('blanks old free text, ends old login records and deletes old audit entries, and only those', async () => {
    const now = new Date('2027-06-15T03:00:00Z');
    const monthsAgo = (m: number) => new Date(Date.UTC(2027, 5 - m, 15, 3));
    const db = ctx.deps.db;
    // Two surveys closed seven months ago, one in each kommun, each with an answer holding free text.
    const surveys = [];
    for (const municipality_id of [kalix, haparanda]) {
      const s = await db
        .insertInto('surveys')
        .values({
          municipality_id,
          public_id: `p${municipality_id.slice(0, 8)}`,
          title: JSON.stringify({ sv: 'Trygghet' }),
          questions: JSON.stringify([
            { id: 'worry', kind: 'single' },
            { id: 'comments', kind: 'text' },
          ]),
          scoring: '{}',
          status: 'closed',
          closes_on: '2026-11-10',
          closed_at: monthsAgo(7),
          created_by: 'test',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('survey_responses')
        .values({
          survey_id: s.id,
          answers: JSON.stringify({ worry: 'sometimes', comments: 'Ring Anna på 070-123 45 67' }),
          channel: 'web',
          submitted_on: '2026-10-01',
        })
        .execute();
      surveys.push(s.id);
    }
    // Sessions begun two months ago that have not expired: one Kalix coordinator's, one Haparanda coordinator's.
    const userOf = async (email: string) =>
      (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    await db
      .insertInto('sessions')
      .values([
        {
          id_hash: 'kalix-old',
          user_id: await userOf(DEMO.kalixCoordinator),
          csrf_token: 'a',
          created_at: monthsAgo(2),
          expires_at: monthsAgo(-1),
        },
        {
          id_hash: 'haparanda-old',
          user_id: await userOf(DEMO.haparandaCoordinator),
          csrf_token: 'b',
          created_at: monthsAgo(2),
          expires_at: monthsAgo(-1),
        },
        // Kept past its expiry by a longer sessionDays: thirteen months is past the default twelve.
        {
          id_hash: 'haparanda-older',
          user_id: await userOf(DEMO.haparandaCoordinator),
          csrf_token: 'c',
          created_at: monthsAgo(13),
          expires_at: monthsAgo(-1),
        },
      ] as never)
      .execute();
    // Audit entries four and six years old.
    const entry = (organisation_id: string | null, years: number, action: string) => ({
      at: monthsAgo(12 * years),
      actor_label: 'test',
      action,
      entity_type: 'test',
      entity_id: null,
      organisation_id,
    });
    await db
      .insertInto('audit_log')
      .values([
        entry(kalix, 4, 'test.kalix_4y'),
        entry(kalix, 2, 'test.kalix_2y'),
        entry(haparanda, 4, 'test.haparanda_4y'),
        entry(null, 6, 'test.none_6y'),
        entry(null, 4, 'test.none_4y'),
      ] as never)
      .execute();

    ctx.deps.now = () => now;
    expect((await runDueJobs(ctx.deps)).ran).toBe(true);

    const answers = await db
      .selectFrom('survey_responses')
      .select(['survey_id', 'answers'])
      .where('survey_id', 'in', surveys)
      .execute();
    const of = (id: string) => answers.find((a) => a.survey_id === id)!.answers;
    expect(of(surveys[0]!)).toEqual({ worry: 'sometimes' });
    expect(of(surveys[1]!)).toEqual({ worry: 'sometimes', comments: 'Ring Anna på 070-123 45 67' });

    const sessions = await db
      .selectFrom('sessions')
      .select('id_hash')
      .where('id_hash', 'in', ['kalix-old', 'haparanda-old', 'haparanda-older'])
      .execute();
    expect(sessions.map((s) => s.id_hash)).toEqual(['haparanda-old']);

    const left = (await db.selectFrom('audit_log').select('action').where('action', 'like', 'test.%').execute()).map(
      (r) => r.action,
    );
    expect(left.sort()).toEqual(['test.haparanda_4y', 'test.kalix_2y', 'test.none_4y']);

    const record = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'privacy.retention_applied')
      .executeTakeFirstOrThrow();
    expect(record.after).toEqual({ surveyAnswersBlanked: 1, sessionsDeleted: 2, auditEntriesDeleted: 2 });
  });
});
