/**
 * Correcting and deleting EST reports: by the reporting organisation and by
 * the kommun's coordinator; a report moved to a week and area its reporter
 * already covered is a 409; bad input changes nothing; deleting takes the
 * report out of the weekly picture and is audited with what was removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { counts, finding } from './fixtures.ts';

let ctx: TestContext;
let coordinator: Client;
let partner: Client;
let officer: Client;
let schoolReport: { id: string; findings: { id: string }[] };
let lpoReport: { id: string };

const report = (over: Record<string, unknown> = {}) => ({
  kommun: '2514',
  week: '2025-W10',
  areaName: 'Centrum',
  answers: {},
  ...over,
});

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2025-07-01T10:00:00Z');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  partner = await signIn(ctx.app, DEMO.kalixPartner);
  officer = await signIn(ctx.app, DEMO.officer);
  schoolReport = (
    await partner.request(
      'POST',
      '/api/v1/est/reports',
      report({
        answers: { klotter: { level: 2, note: 'Klotter på gaveln' } },
        findings: [finding({ text: 'Krossad ruta i cykelförrådet', category: 'skadegorelse' })],
      }),
    )
  ).json();
  lpoReport = (
    await officer.request('POST', '/api/v1/est/reports', report({ answers: { narkotika: { level: 1 } } }))
  ).json();
  // The school's report for week 11 in Centrum, which week 10's report may not be moved onto.
  await partner.request('POST', '/api/v1/est/reports', report({ week: '2025-W11', answers: {} }));
});
afterAll(async () => ctx.close());

const get = async (id: string) => (await coordinator.request('GET', `/api/v1/est/reports/${id}`)).json();
const audits = (action: string) =>
  ctx.deps.db.selectFrom('audit_log').select(['entity_id', 'before', 'after']).where('action', '=', action).execute();

async function state(id: string) {
  const auditRows = (await ctx.deps.db.selectFrom('audit_log').select('id').execute()).length;
  return { counts: await counts(ctx.deps.db), report: await get(id), auditRows };
}

describe('correcting an EST report', () => {
  it("the kommun's coordinator moves the school's report to the right week and area and corrects a finding; audited", async () => {
    const res = await coordinator.request('PUT', `/api/v1/est/reports/${schoolReport.id}`, {
      week: '2025-W09',
      areaName: 'Näsbyn',
      answers: { klotter: { level: 1, note: 'Klotter på gaveln' } },
      note: 'Rättad vecka',
      findings: [
        {
          id: schoolReport.findings[0]!.id,
          text: 'Krossad ruta i cykelförrådet vid skolan',
          category: 'skadegorelse',
          seriousness: 2,
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      week: '2025-W09',
      weekStart: '2025-02-24',
      area: { name: 'Näsbyn' },
      note: 'Rättad vecka',
      total: 1,
      reporter: { id: await orgIdByName(ctx.deps, 'Furuhedsskolan') },
    });
    expect(r.findings).toEqual([
      expect.objectContaining({
        id: schoolReport.findings[0]!.id,
        text: 'Krossad ruta i cykelförrådet vid skolan',
        seriousness: 2,
      }),
    ]);
    const weekly = (await coordinator.request('GET', '/api/v1/est/weekly?kommun=2514&week=2025-W09')).json();
    expect(weekly.weeks[0].areas.map((a: { areaName: string }) => a.areaName)).toEqual(['Näsbyn']);

    const [entry] = (await audits('est_report.update')).filter((a) => a.entity_id === schoolReport.id);
    const before = entry!.before as Record<string, any>;
    const after = entry!.after as Record<string, any>;
    expect([before.week, after.week]).toEqual(['2025-W10', '2025-W09']);
    expect([before.area.name, after.area.name]).toEqual(['Centrum', 'Näsbyn']);
    expect(before.answers.find((a: { item: string }) => a.item === 'klotter').level).toBe(2);
  });

  it("the coordinator also corrects the police's report for the kommun", async () => {
    const res = await coordinator.request('PUT', `/api/v1/est/reports/${lpoReport.id}`, {
      answers: { narkotika: { level: 2 } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
  });
});

describe('bad input or a clash changes nothing', () => {
  const cases: [string, () => Record<string, unknown>, number, RegExp][] = [
    ['a week that has not started', () => ({ week: '2025-W28', answers: {} }), 400, /inte börjat/],
    ['a week that does not exist', () => ({ week: '2025-W54', answers: {} }), 400, /finns inte/],
    ['a level outside 0–2', () => ({ answers: { klotter: { level: 3 } } }), 400, /0 \(inget\)/],
    ['an unknown checklist item', () => ({ answers: { graffiti: { level: 1 } } }), 400, /Okänd punkt/],
    ['an empty area', () => ({ areaName: ' ', answers: {} }), 400, /området/],
    [
      'an unknown finding',
      () => ({ answers: {}, findings: [{ ...finding(), id: lpoReport.id }] }),
      400,
      /hör inte till/,
    ],
    [
      'the week and area the school already reported',
      () => ({ week: '2025-W11', areaName: 'centrum', answers: {} }),
      409,
      /redan rapporterat/,
    ],
  ];
  for (const [name, body, status, message] of cases) {
    it(name, async () => {
      const before = await state(schoolReport.id);
      const res = await partner.request('PUT', `/api/v1/est/reports/${schoolReport.id}`, body());
      expect(res.statusCode).toBe(status);
      expect(res.json().code).toBe(status === 409 ? 'conflict' : 'validation_failed');
      expect(`${res.json().message} ${JSON.stringify(res.json().details ?? '')}`).toMatch(message);
      expect(await state(schoolReport.id)).toEqual(before);
    });
  }
});

describe('who may change a report', () => {
  it("Haparanda's coordinator gets 404, the LPO chief 403, the school 404 on the police's report; nothing changes", async () => {
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    const chief = await signIn(ctx.app, DEMO.lpoChief);
    const before = await state(lpoReport.id);
    for (const [client, status] of [
      [haparanda, 404],
      [chief, 403],
      [partner, 404],
    ] as const) {
      expect((await client.request('PUT', `/api/v1/est/reports/${lpoReport.id}`, { answers: {} })).statusCode).toBe(
        status,
      );
      expect((await client.request('DELETE', `/api/v1/est/reports/${lpoReport.id}`)).statusCode).toBe(status);
    }
    expect(await state(lpoReport.id)).toEqual(before);
  });
});

describe('deleting a report', () => {
  it('the school deletes its own report: gone from the list and the weekly picture, audited with its answers', async () => {
    const before = await counts(ctx.deps.db);
    expect((await partner.request('DELETE', `/api/v1/est/reports/${schoolReport.id}`)).statusCode).toBe(204);
    expect((await partner.request('GET', `/api/v1/est/reports/${schoolReport.id}`)).statusCode).toBe(404);
    expect(
      (await partner.request('GET', '/api/v1/est/reports')).json().reports.map((r: { week: string }) => r.week),
    ).toEqual(['2025-W11']);
    const weekly = (await coordinator.request('GET', '/api/v1/est/weekly?kommun=2514&week=2025-W09')).json();
    expect(weekly.weeks.flatMap((w: { areas: unknown[] }) => w.areas)).toEqual([]);
    expect(await counts(ctx.deps.db)).toEqual({
      ...before,
      dialogues: before.dialogues - 1,
      dialogue_findings: before.dialogue_findings - 1,
      est_answers: before.est_answers - 8,
    });
    const [entry] = (await audits('est_report.delete')).filter((a) => a.entity_id === schoolReport.id);
    expect(entry!.after).toBeNull();
    expect((entry!.before as Record<string, any>).answers).toContainEqual({
      item: 'klotter',
      level: 1,
      note: 'Klotter på gaveln',
    });
  });

  it("the coordinator deletes the police's report for the kommun", async () => {
    expect((await coordinator.request('DELETE', `/api/v1/est/reports/${lpoReport.id}`)).statusCode).toBe(204);
    expect((await officer.request('GET', `/api/v1/est/reports/${lpoReport.id}`)).statusCode).toBe(404);
  });
});
