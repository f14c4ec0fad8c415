/**
 * One small kommun's worth of objects (Kalix), made through the API as its
 * coordinator and the LPO's officer, for the tests generated from the
 * OpenAPI route list: a published promise set and a draft one, an activity,
 * a planned activity, a follow-up, an agreement, a survey with a response,
 * a dialogue with a finding, a safety walk, an EST report, a police note,
 * two areas, a user with a membership and an API token.
 */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO, orgIdByCode, orgIdByName, signIn, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { dialogue } from '../dialogues/fixtures.ts';

export interface Fixture {
  kalix: string;
  lpo: string;
  /** Partners under Kalix: they file EST reports for it as themselves. */
  kalixPartners: string[];
  kommun: '2514';
  year: 2025;
  promiseSetId: string;
  draftSetId: string;
  commitmentIds: string[];
  activityId: string;
  plannedId: string;
  followUpId: string;
  agreementId: string;
  surveyId: string;
  /** The survey's public id: its answering page is /enkat/<surveyRef>. */
  surveyRef: string;
  dialogueId: string;
  findingId: string;
  walkId: string;
  estId: string;
  policeNoteId: string;
  /** A measure of the draft åtgärdsplan based on Kalix's lägesbild 2025 (narkotika prioritised). */
  measureId: string;
  /** An outcome indicator (effektmått) of the published set. */
  indicatorId: string;
  areaId: string;
  otherAreaId: string;
  userId: string;
  membershipId: string;
  tokenId: string;
}

async function ok(
  res: Promise<LightMyRequestResponse>,
  status = 201,
): Promise<Record<string, unknown> & { id: string }> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
}

async function promiseSets(officer: Client) {
  const set = await ok(
    officer.request('POST', '/api/v1/promise-sets', kalixPromise({ from: '2025-01-01', to: '2025-12-31' })),
  );
  const commitmentIds = (set.focusAreas as { commitments: { id: string }[] }[])[0]!.commitments.map((c) => c.id);
  await ok(
    officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
      signatures: [
        { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2025-01-10' },
        { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2025-01-10' },
      ],
    }),
    200,
  );
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`), 200);
  const draft = await ok(
    officer.request('POST', '/api/v1/promise-sets', {
      ...kalixPromise({ from: '2026-01-01', to: '2026-12-31' }),
      title: 'Medborgarlöfte Kalix 2026',
    }),
  );
  return { promiseSetId: set.id, draftSetId: draft.id, commitmentIds };
}

/** The åtgärdsplan of Kalix's lägesbild 2025, a draft with one measure for the prioritised narkotika problem. */
async function actionPlan(coordinator: Client): Promise<string> {
  const base = '/api/v1/situation/2514/2025';
  await ok(coordinator.request('PUT', `${base}/problems/narkotika`, { prioritised: true }), 200);
  await ok(
    coordinator.request('PUT', `${base}/action-plan`, { title: 'Åtgärdsplan Kalix', yearFrom: 2025, yearTo: 2028 }),
    200,
  );
  const plan = await ok(
    coordinator.request('POST', `${base}/action-plan/measures`, {
      category: 'narkotika',
      text: 'Föräldravandringar varje fredag',
      responsible: 'Kommunen',
      followUp: 'Antal vandringar per termin',
    }),
  );
  return (plan.measures as { id: string }[])[0]!.id;
}

export async function buildFixture(ctx: TestContext): Promise<Fixture> {
  const kalix = await orgIdByCode(ctx.deps, '2514');
  const lpo = await orgIdByName(ctx.deps, 'Östra Norrbotten');
  const admin = await signIn(ctx.app, DEMO.admin);
  const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const officer = await signIn(ctx.app, DEMO.officer);
  const areaId = (await ok(coordinator.request('POST', '/api/v1/municipalities/2514/areas', { name: 'Centrum' }))).id;
  const otherAreaId = (await ok(coordinator.request('POST', '/api/v1/municipalities/2514/areas', { name: 'Töre' }))).id;
  const sets = await promiseSets(officer);
  const activityId = (
    await ok(
      coordinator.request('POST', '/api/v1/activities', { commitmentId: sets.commitmentIds[0], date: '2025-03-10' }),
    )
  ).id;
  const plannedId = (
    await ok(
      coordinator.request('POST', '/api/v1/planned-activities', {
        commitmentId: sets.commitmentIds[1],
        date: '2025-09-01',
      }),
    )
  ).id;
  const followUpId = (
    await ok(
      coordinator.request('POST', `/api/v1/promise-sets/${sets.promiseSetId}/follow-ups`, {
        cadence: 'halfyear',
        year: 2025,
        index: 1,
      }),
    )
  ).id;
  const agreementId = (
    await ok(
      coordinator.request('POST', '/api/v1/agreements', {
        title: 'Samverkan Kalix',
        parties: [kalix, lpo],
        period: { from: '2025-01-01', to: null },
      }),
    )
  ).id;
  const survey = await ok(
    coordinator.request('POST', '/api/v1/surveys', { municipalityId: kalix, template: 'lokal-trygghetsmatning' }),
  );
  await ok(coordinator.request('POST', `/api/v1/surveys/${survey.id}/publish`), 200);
  await ok(
    coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, {
      answers: { worry: 'sometimes', comments: 'Mörkt vid stationen' },
    }),
  );
  const d = await ok(coordinator.request('POST', '/api/v1/dialogues', dialogue()));
  const walkId = (
    await ok(
      coordinator.request('POST', '/api/v1/safety-walks', { kommun: '2514', date: '2025-04-01', place: 'Centrum' }),
    )
  ).id;
  const estId = (
    await ok(
      coordinator.request('POST', '/api/v1/est/reports', {
        kommun: '2514',
        week: '2025-W10',
        areaName: 'Centrum',
        answers: {},
      }),
    )
  ).id;
  const policeNoteId = (
    await ok(
      officer.request('POST', '/api/v1/situation/2514/2025/police-notes', {
        category: 'narkotika',
        seriousness: 3,
        text: 'Underlag',
      }),
    )
  ).id;
  const measureId = await actionPlan(coordinator);
  const indicatorId = (
    await ok(
      officer.request('POST', `/api/v1/promise-sets/${sets.promiseSetId}/outcome-indicators`, {
        title: 'Anmälda bostadsinbrott',
        desired: 'decrease',
        definition: { kind: 'crime', source: 'bra', category: 'bostadsinbrott', comparison: 'lan' },
      }),
    )
  ).id;
  const user = await ok(
    admin.request('POST', '/api/v1/users', {
      email: 'betraktare@kalix.se',
      name: 'Bo Betraktare',
      organisationId: kalix,
      role: 'viewer',
    }),
  );
  const membershipId = (user.memberships as { id: string }[])[0]!.id;
  const tokenId = (
    await ok(admin.request('POST', '/api/v1/tokens', { organisationId: kalix, role: 'viewer', name: 'Fixtur' }))
  ).id;
  const kalixPartners = (
    await ctx.deps.db.selectFrom('organisations').select('id').where('parent_id', '=', kalix).execute()
  ).map((r) => r.id);
  return {
    kalix,
    lpo,
    kalixPartners,
    kommun: '2514',
    year: 2025,
    ...sets,
    activityId,
    plannedId,
    followUpId,
    agreementId,
    surveyId: survey.id,
    surveyRef: survey.publicId as string,
    dialogueId: d.id,
    findingId: (d.findings as { id: string }[])[0]!.id,
    walkId,
    estId,
    policeNoteId,
    measureId,
    indicatorId,
    areaId,
    otherAreaId,
    userId: user.id,
    membershipId,
    tokenId,
  };
}

/** Every id the fixture made: an outside actor's answer must contain none of them. */
export function fixtureIds(f: Fixture): string[] {
  return Object.entries(f)
    .flatMap(([k, v]) => (k === 'kalix' || k === 'lpo' || typeof v !== 'string' || v.length !== 36 ? [] : [v]))
    .concat(f.commitmentIds);
}
