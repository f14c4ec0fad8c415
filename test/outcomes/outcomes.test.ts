/**
 * Outcome indicators through the API: statistics imported as a kommun
 * would, indicators added by who may change the promise set, and the
 * answer a kommunstyrelse would read ("Har det gjort skillnad?").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { braFile, scbFile } from '../statistics/fixtures.ts';

let ctx: TestContext;
let admin: Client;
let officer: Client;
let partner: Client;
let outsider: Client;
let setId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  officer = await signIn(ctx.app, DEMO.officer);
  partner = await signIn(ctx.app, DEMO.kalixLeader);
  outsider = await signIn(ctx.app, DEMO.haparandaCoordinator);
  const set = await officer.request(
    'POST',
    '/api/v1/promise-sets',
    kalixPromise({ from: '2026-01-01', to: '2027-12-31' }),
  );
  expect(set.statusCode).toBe(201);
  setId = set.json().id;
  // Kalix: residential burglaries 40, 38, 42 in the three years before, 20 in the first promise year; 16 000 inhabitants.
  for (const [year, count] of [
    [2023, 40],
    [2024, 38],
    [2025, 42],
    [2026, 20],
  ] as const) {
    const res = await admin.request('POST', '/api/v1/statistics/imports', {
      source: 'bra',
      year,
      category: 'bostadsinbrott',
      content: braFile(['Kommun;Antal', `Kalix;${count}`]),
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const scb = await admin.request('POST', '/api/v1/statistics/imports', {
    source: 'scb',
    content: scbFile(['2023', '2024', '2025', '2026'].map((y) => ['2514', y, '16000'] as [string, string, string])),
  });
  expect(scb.statusCode, scb.body).toBe(201);
});
afterAll(() => ctx.close());

const burglaries = {
  title: 'Anmälda bostadsinbrott',
  desired: 'decrease',
  definition: { kind: 'crime', source: 'bra', category: 'bostadsinbrott' },
};

describe('outcome indicators', () => {
  it('who may change the promise set adds an indicator; the set’s readers list it', async () => {
    const res = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, burglaries);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Anmälda bostadsinbrott', kind: 'crime', baseline: null });
    const list = await partner.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`);
    expect(list.statusCode).toBe(200);
    expect(list.json().mayChange).toBe(false);
    expect(list.json().indicators.map((i: { title: string }) => i.title)).toEqual(['Anmälda bostadsinbrott']);
  });

  it('a fall from 250 to 125 per 100 000 with 120 and 20 events is an improvement, said with its interval', async () => {
    const res = await partner.request('GET', `/api/v1/promise-sets/${setId}/outcomes?at=2027-01-15`);
    expect(res.statusCode, res.body).toBe(200);
    const [ind] = res.json().indicators;
    expect(ind.baseline).toEqual({ from: '2023-01-01', to: '2025-12-31', value: 250, n: 120 });
    expect(ind.current).toEqual({ from: '2026-01-01', to: '2026-12-31', value: 125, n: 20 });
    expect(ind.change.measure).toBe('rate_ratio');
    expect(ind.change.estimate).toBeCloseTo(0.5, 10);
    expect(ind.change.high).toBeLessThan(1);
    expect(ind.verdict).toBe('improved');
    expect(ind.sentence).toContain('250 per 100 000 invånare och år under 2023–2025 (120 st), 125 under 2026 (20 st)');
    expect(ind.sentence).toContain('med osäkerhet mellan \u221269 % och \u221220 %');
    expect(ind.caveats).toContain('Färre anmälda brott kan också betyda att färre anmäler.');
    expect(ind.series).toHaveLength(4);
  });

  it('before the year’s statistics exist, nothing is claimed', async () => {
    const res = await partner.request('GET', `/api/v1/promise-sets/${setId}/outcomes?at=2026-11-30`);
    const [ind] = res.json().indicators;
    expect(ind.current).toBeNull();
    expect(ind.verdict).toBe('too_little_data');
    expect(ind.sentence).toBe(
      'Anmälda bostadsinbrott: Det finns ännu ingen statistik för båda perioderna att jämföra.',
    );
  });

  it('a survey indicator without enough answers says too little data', async () => {
    const add = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
      title: 'Otrygga ute sent en kväll',
      desired: 'decrease',
      definition: { kind: 'survey_share', questionId: 'unsafe_late', options: ['very_unsafe', 'fairly_unsafe'] },
    });
    expect(add.statusCode, add.body).toBe(201);
    const res = await partner.request('GET', `/api/v1/promise-sets/${setId}/outcomes?at=2027-01-15`);
    const ind = res.json().indicators[1];
    expect(ind.verdict).toBe('too_little_data');
    expect(ind.sentence).toBe(
      'Otrygga ute sent en kväll: Det finns ännu ingen mätning för båda perioderna att jämföra.',
    );
  });

  it('a baseline can be chosen; the change follows it', async () => {
    const list = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json();
    const id = list.indicators[0].id;
    const res = await officer.request('PATCH', `/api/v1/outcome-indicators/${id}`, {
      baseline: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = (await partner.request('GET', `/api/v1/promise-sets/${setId}/outcomes?at=2027-01-15`)).json();
    expect(out.indicators[0].baseline).toEqual({ from: '2025-01-01', to: '2025-12-31', value: 262.5, n: 42 });
    await officer.request('PATCH', `/api/v1/outcome-indicators/${id}`, { baseline: null });
  });

  it('bad input is refused with a code and changes nothing', async () => {
    const before = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json().indicators;
    const blank = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
      ...burglaries,
      title: '   ',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ code: 'validation_failed' });
    expect(blank.json().message).toContain('Ge effektmåttet ett namn');
    const both = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
      title: 'Index',
      desired: 'decrease',
      definition: { kind: 'survey_index' },
    });
    expect(both.statusCode).toBe(400);
    const badBaseline = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
      ...burglaries,
      baseline: { from: '2025-02-30', to: '2025-12-31' },
    });
    expect(badBaseline.statusCode).toBe(400);
    const backwards = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
      ...burglaries,
      baseline: { from: '2025-12-31', to: '2025-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'validation_failed', details: { field: 'baseline' } });
    const after = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json().indicators;
    expect(after).toEqual(before);
  });

  it('a kommunalråd who reads the set may not change it; a kommun outside the set does not see it', async () => {
    const res = await partner.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, burglaries);
    expect(res.statusCode).toBe(403);
    expect((await outsider.request('GET', `/api/v1/promise-sets/${setId}/outcomes`)).statusCode).toBe(404);
    const list = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json();
    expect((await outsider.request('DELETE', `/api/v1/outcome-indicators/${list.indicators[0].id}`)).statusCode).toBe(
      404,
    );
  });

  it('a lägesbild problem that a promise answers proposes its indicators, without those already added', async () => {
    const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
    const set = (await officer.request('GET', `/api/v1/promise-sets/${setId}`)).json();
    const second = set.focusAreas[0].commitments[1].id;
    const linked = await coordinator.request('PUT', '/api/v1/situation/2514/2025/problems/tillgreppsbrott', {
      prioritised: true,
      commitmentIds: [second],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const res = await partner.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators/proposals`);
    expect(res.statusCode, res.body).toBe(200);
    const proposals = res.json().proposals as { title: string; reason: string; definition: { category?: string } }[];
    expect(proposals.map((p) => p.title)).toContain('Inbrott i bostäder som problem (index 0–6)');
    expect(proposals.map((p) => p.title)).toContain('Polisens händelser: stöld och inbrott');
    // Residential burglaries are already an indicator of the set.
    expect(proposals.some((p) => p.definition.category === 'bostadsinbrott')).toBe(false);
    expect(proposals[0]!.reason).toBe('Problemet Tillgreppsbrott i lägesbilden 2025 besvaras av löfte 2');
  });

  it('removing an indicator is audited', async () => {
    const list = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json();
    const id = list.indicators[1].id;
    expect((await officer.request('DELETE', `/api/v1/outcome-indicators/${id}`)).statusCode).toBe(204);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['outcome_indicator.create', 'outcome_indicator.delete']);
  });
});
