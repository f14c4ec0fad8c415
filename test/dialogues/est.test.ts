import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { estSummaryFor } from '../../src/app/dialogues/est-views.ts';
import { counts, finding } from './fixtures.ts';

let ctx: TestContext;
let kalix: string;
let school: string;
let lpo: string;
let coordinator: Client;
let partner: Client;
let officer: Client;
let haparandaCoordinator: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  kalix = await orgIdByCode(ctx.deps, '2514');
  school = await orgIdByName(ctx.deps, 'Furuhedsskolan');
  lpo = await orgIdByName(ctx.deps, 'Östra Norrbotten');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  partner = await signIn(ctx.app, DEMO.kalixPartner);
  officer = await signIn(ctx.app, DEMO.officer);
  haparandaCoordinator = await signIn(ctx.app, DEMO.haparandaCoordinator);
});
afterAll(async () => ctx.close());

const report = (over: Record<string, unknown> = {}) => ({
  kommun: '2514',
  week: '2025-W10',
  areaName: 'Centrum',
  answers: {},
  ...over,
});

describe('filing EST reports', () => {
  it('the kommun files a report for an area and week; items left out count as inget', async () => {
    const res = await coordinator.request(
      'POST',
      '/api/v1/est/reports',
      report({
        answers: { klotter: { level: 1 }, narkotika: { level: 2, note: 'Sprutor i trapphuset' } },
        note: 'Lugn vecka i övrigt',
      }),
    );
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      reporter: { id: kalix, name: 'Kalix' },
      week: '2025-W10',
      weekStart: '2025-03-03',
      area: { name: 'Centrum' },
      total: 3,
    });
    expect(r.answers).toHaveLength(8);
    expect(r.answers.find((a: { key: string }) => a.key === 'narkotika')).toMatchObject({
      level: 2,
      levelLabel: 'Påtagligt',
      note: 'Sprutor i trapphuset',
    });
    expect(r.answers.find((a: { key: string }) => a.key === 'brander')).toMatchObject({
      level: 0,
      levelLabel: 'Inget',
    });
  });

  it('a partner under Kalix (Furuhedsskolan) files for Kalix as itself', async () => {
    const res = await partner.request(
      'POST',
      '/api/v1/est/reports',
      report({
        answers: { klotter: { level: 2, note: 'Nytt klotter på gaveln' }, ungdomar_samlas: { level: 1 } },
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().reporter).toEqual({ id: school, name: 'Furuhedsskolan' });
  });

  it('the police files as the LPO covering Kalix', async () => {
    const res = await officer.request(
      'POST',
      '/api/v1/est/reports',
      report({ week: '2025-W11', answers: { hot_vald: { level: 2 } } }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().reporter.id).toBe(lpo);
  });

  it('one report per reporter, area and week: a second is a 409 naming the first', async () => {
    const before = await counts(ctx.deps.db);
    const res = await coordinator.request('POST', '/api/v1/est/reports', report({ areaName: 'centrum' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('redan rapporterat');
    expect(res.json().details.reportId).toBeTruthy();
    expect(await counts(ctx.deps.db)).toEqual(before);
  });

  it('the reporter changes its answers', async () => {
    const [mine] = (await partner.request('GET', '/api/v1/est/reports')).json().reports;
    const res = await partner.request('PUT', `/api/v1/est/reports/${mine.id}`, {
      answers: { klotter: { level: 2, note: 'Nytt klotter på gaveln' }, ungdomar_samlas: { level: 2 } },
      note: null,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().answers.find((a: { key: string }) => a.key === 'ungdomar_samlas').level).toBe(2);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'est_report.update')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('a Kalix partner reports only for Kalix', () => {
  it('is refused for Haparanda, and nothing is stored', async () => {
    const before = await counts(ctx.deps.db);
    const res = await partner.request('POST', '/api/v1/est/reports', report({ kommun: '2583', areaName: 'Torget' }));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('behörighet');
    expect(await counts(ctx.deps.db)).toEqual(before);
  });

  it('cannot file in the name of the kommun or another organisation', async () => {
    const asKommun = await partner.request(
      'POST',
      '/api/v1/est/reports',
      report({ reporterOrganisationId: kalix, week: '2025-W12' }),
    );
    expect(asKommun.statusCode).toBe(403);
  });

  it("sees its own reports but not the kommun's merged picture", async () => {
    const mine = (await partner.request('GET', '/api/v1/est/reports')).json().reports;
    expect(mine.map((r: { reporter: { id: string } }) => r.reporter.id)).toEqual([school]);
    expect((await partner.request('GET', '/api/v1/est/weekly?kommun=2514&week=2025-W10')).statusCode).toBe(404);
  });

  it("Haparanda's coordinator cannot file for Kalix", async () => {
    const res = await haparandaCoordinator.request('POST', '/api/v1/est/reports', report({ week: '2025-W12' }));
    expect(res.statusCode).toBe(403);
  });
});

describe('the merged weekly picture', () => {
  it('merges two reporters in the same area and week: highest and summed level, who reported, notes', async () => {
    const res = await coordinator.request('GET', '/api/v1/est/weekly?kommun=2514&week=2025-W10');
    expect(res.statusCode).toBe(200);
    const { weeks } = res.json();
    expect(weeks).toHaveLength(1);
    const [centrum] = weeks[0].areas;
    expect(centrum).toMatchObject({
      areaName: 'Centrum',
      week: '2025-W10',
      reportCount: 2,
      notes: [{ reporter: 'Kalix', note: 'Lugn vecka i övrigt' }],
    });
    expect(centrum.reporters.map((r: { name: string }) => r.name)).toEqual(['Furuhedsskolan', 'Kalix']);
    const item = (key: string) => centrum.items.find((i: { key: string }) => i.key === key);
    expect(item('klotter')).toMatchObject({
      max: 2,
      sum: 3,
      notes: [{ reporter: 'Furuhedsskolan', note: 'Nytt klotter på gaveln' }],
    });
    expect(item('narkotika')).toMatchObject({ max: 2, sum: 2 });
    expect(item('ungdomar_samlas')).toMatchObject({ max: 2, sum: 2 });
    expect(centrum.total).toBe(6);
  });

  it('answers a range of weeks', async () => {
    const res = await coordinator.request('GET', '/api/v1/est/weekly?kommun=2514&from=2025-W09&to=2025-W11');
    expect(res.json().weeks.map((w: { week: string }) => w.week)).toEqual(['2025-W10', '2025-W11']);
  });
});

describe('the areas most in need', () => {
  beforeAll(async () => {
    const file = (body: Record<string, unknown>) => coordinator.request('POST', '/api/v1/est/reports', report(body));
    await file({
      week: '2025-W11',
      areaName: 'Näsbyn',
      answers: { brander: { level: 2 }, skadegorelse: { level: 2 }, klotter: { level: 2 } },
    });
    await file({
      week: '2025-W12',
      areaName: 'Näsbyn',
      answers: { brander: { level: 2 }, nedskrapning: { level: 1 } },
    });
    await file({ week: '2025-W11', areaName: 'Hamnen', answers: { nedskrapning: { level: 1 } } });
    // Week 14 starts on Monday 31 March but its Thursday is in April: it belongs to the second quarter.
    await file({
      week: '2025-W14',
      areaName: 'Hamnen',
      answers: { hot_vald: { level: 2 }, narkotika: { level: 2 }, brander: { level: 2 }, klotter: { level: 2 } },
    });
  });

  it("ranks the quarter's areas by their merged totals", async () => {
    const res = await coordinator.request('GET', '/api/v1/est/summary?kommun=2514&period=2025-Q1');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ from: '2025-01-01', to: '2025-03-31', period: '2025-Q1', weekCount: 3, reportCount: 6 });
    expect(
      s.areas.map((a: { rank: number; areaName: string; total: number }) => [a.rank, a.areaName, a.total]),
    ).toEqual([
      [1, 'Näsbyn', 9],
      [2, 'Centrum', 8],
      [3, 'Hamnen', 1],
    ]);
    expect(s.areas[0].topItems[0]).toBe('brander');
  });

  it('counts a tertial the same way, and the second quarter on its own', async () => {
    const tertial = (await coordinator.request('GET', '/api/v1/est/summary?kommun=2514&period=2025-T1')).json();
    // Hamnen's week 14 falls in the first tertial (January–April); equal totals are listed by name.
    expect(tertial.areas.map((a: { areaName: string; total: number }) => [a.areaName, a.total])).toEqual([
      ['Hamnen', 9],
      ['Näsbyn', 9],
      ['Centrum', 8],
    ]);
    const q2 = await estSummaryFor(ctx.deps, kalix, '2025-04-01', '2025-06-30');
    expect(q2.areas.map((a) => [a.areaName, a.total])).toEqual([['Hamnen', 8]]);
  });

  it('refuses a period it cannot read', async () => {
    const res = await coordinator.request('GET', '/api/v1/est/summary?kommun=2514&period=2025-T4');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('tertial');
  });
});

describe('bad EST input is a 400 and stores nothing', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a week that does not exist', report({ week: '2025-W53' }), /2025-W53.*finns inte/],
    ['a level outside 0–2', report({ week: '2025-W20', answers: { klotter: { level: 3 } } }), /0 \(inget\)/],
    ['an unknown checklist item', report({ week: '2025-W20', answers: { graffiti: { level: 1 } } }), /Okänd punkt/],
    ['no area', report({ week: '2025-W20', areaName: null }), /området/],
    ['a week that has not started', report({ week: '2999-W01' }), /inte börjat/],
    [
      'an unknown category in a finding',
      report({ week: '2025-W20', findings: [finding({ category: 'okänt' })] }),
      /Okänd problemkategori/,
    ],
  ];
  for (const [name, body, message] of cases) {
    it(name, async () => {
      const before = await counts(ctx.deps.db);
      const res = await coordinator.request('POST', '/api/v1/est/reports', body);
      expect(res.statusCode).toBe(400);
      expect(`${res.json().message} ${JSON.stringify(res.json().details ?? '')}`).toMatch(message);
      expect(await counts(ctx.deps.db)).toEqual(before);
    });
  }
});
