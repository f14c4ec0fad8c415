/**
 * What the generated route tests need to know about each route in
 * /api/openapi.json that the route itself does not say: the action of the
 * rules table it needs on the fixture's kommun ('signed-in' for what any
 * signed-in actor may do to their own things, 'public' for the routes open
 * to everyone), and a valid request to start from. A route missing here
 * fails the tests, so a new route gets an entry and is covered.
 */
import { randomUUID } from 'node:crypto';
import { can, reachFor, scopeOf, type Action, type Actor } from '../../src/domain/access/permissions.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { dialogue, finding } from '../dialogues/fixtures.ts';
import type { Fixture } from './route-fixture.ts';

export interface Sample {
  body?: unknown;
  query?: Record<string, string>;
  /** A raw body (CSV, JSON text) with its content type. */
  raw?: { payload: string | Buffer; contentType: string };
}

export interface RouteEntry {
  action: Action | 'signed-in' | 'public';
  sample?: (f: Fixture) => Sample;
  /** When the route's own rule is wider than `action` on Kalix (see the entry's comment). */
  allowed?: (actor: Actor, f: Fixture) => boolean;
  /**
   * A bulk intake (batch, CSV) answers a row-by-row report (400) in which a
   * row the actor may not log says so; an actor with the right somewhere
   * else gets that report, not a 403 for the whole request.
   */
  rowReport?: true;
}

/** Statistics are shared reference data: whoever may import statistics for some kommun may import them (src/app/statistics/import.ts). */
const importsStatistics = (actor: Actor) => {
  const r = reachFor(actor, 'statistics.write');
  return r === 'all' || r.size > 0;
};
/** A partner under the kommun files an EST report for it as itself (src/app/dialogues/est.ts, reporterFor). */
const filesEst = (actor: Actor, f: Fixture) =>
  can(actor, 'dialogue.write', f.kalix) ||
  actor.grants.some((g) => scopeOf(g.role, 'dialogue.write') !== 'none' && f.kalixPartners.includes(g.organisationId));

const csv = (f: Fixture) => `åtagande;datum;antal\n${f.commitmentIds[0]};2025-03-11;1\n`;
const braCsv = 'Kommun;Antal;Per 100 000 inv\nKalix;1200;7000\n';
const ntuCsv = 'Region;Fråga;Andel (%)\nKalix;Otrygghet vid utevistelse sen kväll;14,2\n';
/** Survey results from outside are read with situation.read, or by whoever may import them (src/app/trygghet/outside-surveys.ts). */
const readsOutsideSurveys = (actor: Actor, f: Fixture) =>
  can(actor, 'situation.read', f.kalix) || can(actor, 'statistics.write', f.kalix);

export const ROUTES: Record<string, RouteEntry> = {
  'POST /api/v1/auth/login': {
    action: 'public',
    sample: () => ({ body: { email: 'ingen@x.se', password: 'fel-lösenord' } }),
  },
  'GET /api/v1/auth/session': { action: 'signed-in' },
  'POST /api/v1/auth/logout': { action: 'public' },
  'GET /api/v1/auth/options': { action: 'public' },
  'POST /api/v1/auth/password-reset': { action: 'public', sample: () => ({ body: { email: 'ingen@x.se' } }) },
  'POST /api/v1/auth/password-reset/confirm': {
    action: 'public',
    sample: () => ({ body: { token: 'nope', password: 'nytt-lösenord-123' } }),
  },
  'GET /api/v1/auth/oidc/login': { action: 'public' },
  'GET /api/v1/auth/oidc/callback': { action: 'public', sample: () => ({ query: { code: 'x', state: 'y' } }) },

  // Open data and the public forms (contracts/open-data.ts, contracts/public.ts).
  'GET /oppna-data/kommuner.json': { action: 'public' },
  'GET /oppna-data/kommun/{code}/medborgarlofte.json': { action: 'public' },
  'GET /oppna-data/kommun/{code}/medborgarlofte.csv': { action: 'public' },
  'POST /prenumeration': {
    action: 'public',
    sample: () => ({ body: { kommun: 'kalix', email: 'invanare@example.se', lang: 'sv' } }),
  },
  'POST /prenumeration/bekrafta': { action: 'public', sample: () => ({ body: { token: 'ingen-sadan-nyckel' } }) },
  'POST /prenumeration/avsluta': { action: 'public', sample: () => ({ body: { token: 'ingen-sadan-nyckel' } }) },
  'POST /enkat/{ref}': {
    action: 'public',
    sample: () => ({ body: { worry: 'sometimes', comments: 'Mörkt i parken' } }),
  },

  'GET /api/v1/organisations': { action: 'signed-in' },
  'POST /api/v1/organisations': {
    action: 'organisation.create',
    sample: (f) => ({ body: { kind: 'partner', name: 'Ny partner', parentId: f.kalix, partnerType: 'skola' } }),
  },
  'GET /api/v1/organisations/{id}': { action: 'organisation.read' },
  'PATCH /api/v1/organisations/{id}': {
    action: 'organisation.update',
    sample: () => ({ body: { name: 'Kalix kommun' } }),
  },
  'GET /api/v1/users': { action: 'signed-in' },
  'POST /api/v1/users': {
    action: 'user.manage',
    sample: (f) => ({
      body: { email: `ny${Math.random()}@kalix.se`, name: 'Ny', organisationId: f.kalix, role: 'viewer' },
    }),
  },
  'GET /api/v1/users/{id}': { action: 'user.read' },
  'PATCH /api/v1/users/{id}': { action: 'user.manage', sample: () => ({ body: { name: 'Bo B' } }) },
  'POST /api/v1/users/{id}/password-link': { action: 'user.manage' },
  'POST /api/v1/memberships': {
    action: 'membership.manage',
    sample: (f) => ({ body: { userId: f.userId, organisationId: f.kalix, role: 'leader' } }),
  },
  'PATCH /api/v1/memberships/{id}': { action: 'membership.manage', sample: () => ({ body: { role: 'viewer' } }) },
  'DELETE /api/v1/memberships/{id}': { action: 'membership.manage' },
  'GET /api/v1/tokens': { action: 'signed-in' },
  'POST /api/v1/tokens': {
    action: 'token.manage',
    sample: (f) => ({ body: { organisationId: f.kalix, role: 'viewer' } }),
  },
  'POST /api/v1/tokens/{id}/revoke': { action: 'token.manage' },
  'GET /api/v1/audit': { action: 'signed-in', sample: () => ({ query: { from: '2025-01-01', to: '2030-01-01' } }) },
  'GET /api/v1/me/notifications': { action: 'signed-in' },
  'PUT /api/v1/me/notifications': { action: 'signed-in', sample: () => ({ body: { reminders: true, digest: false } }) },
  // Personal data (contracts/privacy.ts): export and erasure only by an unbounded user.manage reach (the platform's admin).
  'GET /api/v1/users/{id}/personal-data': {
    action: 'user.manage',
    allowed: (a) => reachFor(a, 'user.manage') === 'all',
  },
  'POST /api/v1/users/{id}/erase': { action: 'user.manage', allowed: (a) => reachFor(a, 'user.manage') === 'all' },
  'GET /api/v1/organisations/{id}/privacy': { action: 'organisation.read' },
  'PUT /api/v1/organisations/{id}/privacy': {
    action: 'organisation.update',
    sample: () => ({
      body: { surveyTextMonths: 24, loginMonths: 12, auditMonths: 60, controller: '', dpoContact: 'dso@kalix.se' },
    }),
  },
  'GET /api/v1/organisations/{id}/processing-register': { action: 'organisation.read' },
  'GET /api/v1/organisations/{id}/public-languages': { action: 'organisation.read' },
  'PUT /api/v1/organisations/{id}/public-languages': {
    action: 'organisation.update',
    sample: () => ({ body: { switchOn: true } }),
  },

  'POST /api/v1/promise-sets': {
    action: 'promise.write',
    sample: () => ({ body: kalixPromise({ from: '2027-01-01', to: '2027-12-31' }) }),
  },
  'GET /api/v1/promise-sets': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/promise-sets/{id}': { action: 'promise.read' },
  'PUT /api/v1/promise-sets/{id}': {
    action: 'promise.write',
    sample: () => ({ body: { document: kalixPromise({ from: '2025-01-01', to: '2025-12-31' }), reason: 'Rättelse' } }),
  },
  'POST /api/v1/promise-sets/{id}/agree': {
    action: 'promise.write',
    sample: () => ({
      body: {
        signatures: [
          { name: 'A', role: 'LPO-chef', party: 'polisen', signedAt: '2025-01-10' },
          { name: 'B', role: 'KSO', party: 'kommunen', signedAt: '2025-01-10' },
        ],
      },
    }),
  },
  'POST /api/v1/promise-sets/{id}/publish': { action: 'promise.write' },
  'POST /api/v1/promise-sets/{id}/close': { action: 'promise.write' },
  'GET /api/v1/promise-sets/{id}/versions': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/versions/{version}': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/diff': { action: 'promise.read', sample: () => ({ query: { from: '1', to: '1' } }) },
  'POST /api/v1/imports/promise': {
    action: 'signed-in',
    sample: () => ({ body: { text: 'Medborgarlöfte Kalix\n\nPolisen ska genomföra två insatser per halvår.' } }),
  },
  'GET /api/v1/agreements': { action: 'signed-in' },
  'POST /api/v1/agreements': {
    action: 'promise.write',
    sample: (f) => ({ body: { title: 'Ny', parties: [f.kalix], period: null } }),
  },
  'GET /api/v1/agreements/{id}': { action: 'promise.read' },
  'PUT /api/v1/agreements/{id}': {
    action: 'promise.write',
    sample: (f) => ({
      body: { title: 'Samverkan Kalix', parties: [f.kalix, f.lpo], period: { from: '2025-01-01', to: null } },
    }),
  },
  'GET /api/v1/promise-sets/{id}/export.{format}': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/plan.{format}': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/outcome-indicators': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/outcome-indicators/proposals': { action: 'promise.read' },
  'POST /api/v1/promise-sets/{id}/outcome-indicators': {
    action: 'promise.write',
    sample: () => ({
      body: {
        title: 'Otrygga ute sent en kväll',
        desired: 'decrease',
        definition: { kind: 'survey_share', questionId: 'unsafe_late', options: ['very_unsafe', 'fairly_unsafe'] },
      },
    }),
  },
  'PATCH /api/v1/outcome-indicators/{id}': {
    action: 'promise.write',
    sample: () => ({ body: { desired: 'decrease' } }),
  },
  'DELETE /api/v1/outcome-indicators/{id}': { action: 'promise.write' },
  'GET /api/v1/promise-sets/{id}/outcomes': { action: 'promise.read', sample: () => ({ query: { at: '2025-12-31' } }) },

  'POST /api/v1/statistics/imports': {
    action: 'statistics.write',
    allowed: importsStatistics,
    sample: () => ({ raw: { payload: braCsv, contentType: 'text/csv' }, query: { source: 'bra', year: '2024' } }),
  },
  'GET /api/v1/statistics/series': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/statistics/categories': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/statistics/events': {
    action: 'signed-in',
    sample: () => ({ query: { kommun: '2514', from: '2025-01-01' } }),
  },

  'GET /api/v1/outside-surveys/{kommun}': { action: 'situation.read', allowed: readsOutsideSurveys },
  'POST /api/v1/outside-surveys/{kommun}/imports': {
    action: 'statistics.write',
    sample: () => ({ body: { source: 'bra_ntu', year: 2025, content: ntuCsv } }),
  },
  'DELETE /api/v1/outside-surveys/{kommun}/{year}': {
    action: 'statistics.write',
    sample: () => ({ query: { source: 'bra_ntu' } }),
  },

  'GET /api/v1/survey-templates': { action: 'signed-in' },
  'GET /api/v1/surveys': { action: 'signed-in' },
  'POST /api/v1/surveys': {
    action: 'survey.manage',
    sample: (f) => ({ body: { municipalityId: f.kalix, template: 'lokal-trygghetsmatning' } }),
  },
  'GET /api/v1/surveys/{id}': { action: 'dialogue.read' },
  'PATCH /api/v1/surveys/{id}': { action: 'survey.manage', sample: () => ({ body: { closesOn: '2030-01-01' } }) },
  'DELETE /api/v1/surveys/{id}': { action: 'survey.manage' },
  'POST /api/v1/surveys/{id}/publish': { action: 'survey.manage' },
  'POST /api/v1/surveys/{id}/close': { action: 'survey.manage' },
  'POST /api/v1/surveys/{id}/paper-run': {
    action: 'survey.manage',
    sample: () => ({ body: { opensOn: '2025-03-01', closesOn: '2025-03-31' } }),
  },
  'GET /api/v1/surveys/{id}/preview': { action: 'dialogue.read' },
  'GET /api/v1/surveys/{id}/qr.svg': { action: 'dialogue.read' },
  'POST /api/v1/surveys/{id}/codes': {
    action: 'survey.manage',
    sample: () => ({ body: { count: 2 }, query: { format: 'json' } }),
  },
  'POST /api/v1/surveys/{id}/responses': {
    action: 'survey.manage',
    sample: () => ({ body: { answers: { worry: 'often' } } }),
  },
  'GET /api/v1/surveys/{id}/results': { action: 'dialogue.read' },
  'GET /api/v1/surveys/{id}/results/text-answers': {
    action: 'dialogue.read',
    sample: () => ({ query: { question: 'comments' } }),
  },
  'GET /api/v1/surveys/{id}/export.csv': { action: 'survey.manage' },
  'GET /api/v1/surveys/{id}/export.xlsx': { action: 'survey.manage' },
  'GET /api/v1/surveys/{id}/free-text': { action: 'survey.manage' },
  'PUT /api/v1/surveys/{id}/free-text/codes': {
    action: 'survey.manage',
    sample: () => ({ body: { items: [{ responseId: randomUUID(), questionId: 'comments', categories: [] }] } }),
  },
  'PUT /api/v1/surveys/{id}/public-results': { action: 'survey.manage', sample: () => ({ body: { charts: [] } }) },

  'GET /api/v1/dialogues/categories': { action: 'public' },
  'POST /api/v1/dialogues': { action: 'dialogue.write', sample: () => ({ body: dialogue() }) },
  'GET /api/v1/dialogues': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/dialogues/open-actions': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/dialogues/{id}': { action: 'dialogue.read' },
  'PATCH /api/v1/dialogues/{id}': { action: 'dialogue.write', sample: () => ({ body: { place: 'Stadshuset' } }) },
  'DELETE /api/v1/dialogues/{id}': { action: 'dialogue.write' },
  'POST /api/v1/dialogues/{id}/findings': {
    action: 'dialogue.write',
    sample: () => ({ body: { findings: [finding()] } }),
  },
  'PATCH /api/v1/dialogues/{id}/findings/{findingId}': {
    action: 'dialogue.write',
    sample: () => ({ body: { owner: 'Tekniska förvaltningen', dueDate: '2025-06-01' } }),
  },
  'POST /api/v1/safety-walks': {
    action: 'dialogue.write',
    sample: () => ({ body: { kommun: '2514', date: '2025-05-01', place: 'Töre' } }),
  },
  'GET /api/v1/safety-walks': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/safety-walks/{id}': { action: 'dialogue.read' },
  'POST /api/v1/safety-walks/{id}/walk': {
    action: 'dialogue.write',
    sample: () => ({ body: { date: '2025-04-02', participants: { boende: 4 }, findings: [finding()] } }),
  },
  'POST /api/v1/safety-walks/{id}/follow-up': {
    action: 'dialogue.write',
    sample: () => ({ body: { date: '2025-05-02', actions: [] } }),
  },
  'POST /api/v1/safety-walks/{id}/close': { action: 'dialogue.write' },
  'POST /api/v1/safety-walks/{id}/plan-next': {
    action: 'dialogue.write',
    sample: () => ({ body: { date: '2025-10-01' } }),
  },
  'GET /api/v1/est/checklist': { action: 'public' },
  'POST /api/v1/est/reports': {
    action: 'dialogue.write',
    allowed: filesEst,
    sample: () => ({ body: { kommun: '2514', week: '2025-W11', areaName: 'Centrum', answers: {} } }),
  },
  'GET /api/v1/est/reports': { action: 'signed-in', sample: () => ({ query: { kommun: '2514' } }) },
  'GET /api/v1/est/reports/{id}': { action: 'dialogue.read' },
  'PUT /api/v1/est/reports/{id}': {
    action: 'dialogue.write',
    sample: () => ({ body: { answers: {}, note: 'Lugn vecka' } }),
  },
  'DELETE /api/v1/est/reports/{id}': { action: 'dialogue.write' },
  'GET /api/v1/est/weekly': {
    action: 'dialogue.read',
    sample: () => ({ query: { kommun: '2514', week: '2025-W10' } }),
  },
  'GET /api/v1/est/summary': {
    action: 'dialogue.read',
    sample: () => ({ query: { kommun: '2514', from: '2025-01-01', to: '2025-12-31' } }),
  },

  'POST /api/v1/promise-sets/{id}/follow-ups': {
    action: 'followup.write',
    sample: () => ({ body: { cadence: 'halfyear', year: 2025, index: 2 } }),
  },
  'GET /api/v1/promise-sets/{id}/follow-ups': { action: 'promise.read' },
  'GET /api/v1/follow-ups/{id}': { action: 'promise.read' },
  'PUT /api/v1/follow-ups/{id}': { action: 'followup.write', sample: () => ({ body: { summary: 'Det gick bra.' } }) },
  'POST /api/v1/follow-ups/{id}/review': { action: 'followup.write', sample: () => ({ body: { party: 'kommunen' } }) },
  'POST /api/v1/follow-ups/{id}/approve': {
    action: 'followup.approve',
    sample: () => ({ body: { party: 'kommunen' } }),
  },
  'POST /api/v1/follow-ups/{id}/publish': { action: 'followup.write' },
  'GET /api/v1/follow-ups/{id}/export.csv': { action: 'promise.read' },
  'GET /api/v1/follow-ups/{id}/export.{format}': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/translations': { action: 'promise.read' },
  'PUT /api/v1/promise-sets/{id}/translations': {
    action: 'promise.write',
    sample: (f) => ({
      body: { lang: 'fi', texts: [{ item: `what:${f.commitmentIds[0]}`, text: 'Teemme liikennevalvontaa.' }] },
    }),
  },
  'GET /api/v1/follow-ups/{id}/translations': { action: 'promise.read' },
  'PUT /api/v1/follow-ups/{id}/translations': {
    action: 'followup.write',
    sample: () => ({ body: { lang: 'fit', texts: [{ item: 'summary', text: 'Se meni hyvin.' }] } }),
  },
  'POST /api/v1/promise-sets/{id}/carry-over': {
    action: 'promise.write',
    sample: (f) => ({ body: { toPromiseSetId: f.draftSetId, commitmentIds: [f.commitmentIds[2]] } }),
  },

  'GET /api/v1/situation/{kommun}/{year}': { action: 'situation.read' },
  'PUT /api/v1/situation/{kommun}/{year}': {
    action: 'situation.write',
    sample: () => ({ body: { texts: { analysis: 'Analys' } } }),
  },
  'PUT /api/v1/situation/{kommun}/{year}/problems/{category}': {
    action: 'situation.write',
    sample: () => ({ body: { prioritised: true } }),
  },
  'GET /api/v1/situation/{kommun}/{year}/crime': { action: 'situation.read' },
  'GET /api/v1/situation/{kommun}/{year}/export.{format}': { action: 'situation.read' },
  'GET /api/v1/situation/{kommun}/{year}/police-notes': { action: 'situation.read' },
  'POST /api/v1/situation/{kommun}/{year}/police-notes': {
    action: 'situation.read',
    sample: () => ({ body: { category: 'narkotika', seriousness: 2, text: 'Mer underlag' } }),
  },
  'DELETE /api/v1/situation/{kommun}/{year}/police-notes/{id}': { action: 'situation.read' },
  'GET /api/v1/situation/{kommun}/{year}/action-plan': { action: 'situation.read' },
  'PUT /api/v1/situation/{kommun}/{year}/action-plan': {
    action: 'situation.write',
    sample: () => ({ body: { title: 'Åtgärdsplan Kalix 2025–2028', yearFrom: 2025, yearTo: 2028 } }),
  },
  'POST /api/v1/situation/{kommun}/{year}/action-plan/measures': {
    action: 'situation.write',
    sample: () => ({
      body: {
        category: 'narkotika',
        text: 'Föräldravandringar',
        responsible: 'Kommunen',
        followUp: 'Antal per termin',
      },
    }),
  },
  'PATCH /api/v1/situation/{kommun}/{year}/action-plan/measures/{id}': {
    action: 'situation.write',
    sample: () => ({ body: { whenText: 'Varje termin' } }),
  },
  'DELETE /api/v1/situation/{kommun}/{year}/action-plan/measures/{id}': { action: 'situation.write' },
  'POST /api/v1/situation/{kommun}/{year}/action-plan/decide': {
    action: 'situation.write',
    sample: () => ({ body: { decidedBy: 'Kommunfullmäktige', decidedOn: '2025-03-03' } }),
  },
  'POST /api/v1/situation/{kommun}/{year}/action-plan/reopen': { action: 'situation.write' },
  'GET /api/v1/situation/{kommun}/{year}/action-plan/export.{format}': { action: 'situation.read' },

  'POST /api/v1/activities': {
    action: 'activity.write',
    sample: (f) => ({ body: { commitmentId: f.commitmentIds[0], date: '2025-03-12' } }),
  },
  'GET /api/v1/activities': {
    action: 'signed-in',
    sample: (f) => ({ query: { promiseSetId: f.promiseSetId, from: '2025-01-01', to: '2025-12-31' } }),
  },
  'POST /api/v1/activities/batch': {
    action: 'activity.write',
    rowReport: true,
    sample: (f) => ({ body: { activities: [{ commitmentId: f.commitmentIds[0], date: '2025-03-13' }] } }),
  },
  'PATCH /api/v1/activities/{id}': { action: 'activity.write', sample: () => ({ body: { note: 'Rättad' } }) },
  'DELETE /api/v1/activities/{id}': { action: 'activity.write' },
  'POST /api/v1/activities/import': {
    action: 'activity.write',
    rowReport: true,
    sample: (f) => ({ raw: { payload: csv(f), contentType: 'text/csv' } }),
  },
  'GET /api/v1/promise-sets/{id}/activities-template.csv': { action: 'promise.read' },
  'GET /api/v1/promise-sets/{id}/progress': { action: 'promise.read', sample: () => ({ query: { at: '2025-06-30' } }) },
  'GET /api/v1/my/commitments': { action: 'signed-in' },
  'POST /api/v1/planned-activities': {
    action: 'promise.write',
    sample: (f) => ({ body: { commitmentId: f.commitmentIds[1], date: '2025-10-01' } }),
  },
  'DELETE /api/v1/planned-activities/{id}': { action: 'promise.write' },
  'GET /api/v1/promise-sets/{id}/calendar': {
    action: 'promise.read',
    sample: () => ({ query: { from: '2025-01-01', to: '2025-12-31' } }),
  },
  'GET /api/v1/overview': { action: 'signed-in', sample: () => ({ query: { at: '2025-06-30' } }) },

  'GET /api/v1/municipalities/{kommun}/areas': { action: 'organisation.read' },
  'POST /api/v1/municipalities/{kommun}/areas': {
    action: 'area.write',
    sample: () => ({ body: { name: `Område ${Math.random().toString(36).slice(2, 8)}` } }),
  },
  'PATCH /api/v1/municipalities/{kommun}/areas/{id}': {
    action: 'area.write',
    sample: () => ({ body: { name: 'Töre by' } }),
  },
  'DELETE /api/v1/municipalities/{kommun}/areas/{id}': { action: 'area.write' },
  'POST /api/v1/municipalities/{kommun}/areas/{id}/merge': {
    action: 'area.write',
    sample: (f) => ({ body: { intoId: f.areaId } }),
  },
};

/** The path with its parameters filled from the fixture: the objects all belong to Kalix. */
export function fillPath(path: string, f: Fixture): string {
  const id = (): string => {
    const rules: [RegExp, string][] = [
      [/^\/api\/v1\/organisations\//, f.kalix],
      [/^\/api\/v1\/users\//, f.userId],
      [/^\/api\/v1\/memberships\//, f.membershipId],
      [/^\/api\/v1\/tokens\//, f.tokenId],
      [/^\/api\/v1\/promise-sets\//, f.promiseSetId],
      [/^\/api\/v1\/agreements\//, f.agreementId],
      [/^\/api\/v1\/surveys\//, f.surveyId],
      [/^\/api\/v1\/dialogues\//, f.dialogueId],
      [/^\/api\/v1\/safety-walks\//, f.walkId],
      [/^\/api\/v1\/est\/reports\//, f.estId],
      [/^\/api\/v1\/follow-ups\//, f.followUpId],
      [/police-notes\//, f.policeNoteId],
      [/action-plan\/measures\//, f.measureId],
      [/^\/api\/v1\/outcome-indicators\//, f.indicatorId],
      [/^\/api\/v1\/activities\//, f.activityId],
      [/^\/api\/v1\/planned-activities\//, f.plannedId],
      [/\/areas\//, f.otherAreaId],
    ];
    for (const [re, value] of rules) if (re.test(path)) return value;
    throw new Error(`route-table: no id for ${path}; add a rule to fillPath`);
  };
  const format = path.includes('/plan.') ? 'csv' : 'docx';
  return path
    .replace('{id}', () => id())
    .replace('{findingId}', f.findingId)
    .replace('{ref}', f.surveyRef)
    .replace('{code}', f.kommun)
    .replace('{version}', '1')
    .replace('{kommun}', f.kommun)
    .replace('{year}', String(f.year))
    .replace('{category}', 'narkotika')
    .replace('{format}', format);
}
