/**
 * The åtgärdsplan as a kommun's coordinator makes it: from the prioritised
 * problems of the lägesbild, measures (one linking a medborgarlöfte
 * commitment), the decision by a named body, the exports with the link
 * sentence, the reminder four years on, and what others may not do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';
import { readDocx, readPdf, squash, xmlText } from '../../src/reports/test-read.ts';

let ctx: TestContext;
let coordinator: Client;
let officer: Client;
let commitments: string[];
let setId: string;
const situation = '/api/v1/situation/2514/2025';
const plan = `${situation}/action-plan`;
const setNow = (iso: string) => {
  ctx.deps.now = () => new Date(iso);
};

type Measure = { id: string; number: number; category: string; shown: { text: string; responsible: string } };
type Plan = {
  status: string;
  dueOn: string | null;
  dueStage: string | null;
  measures: Measure[];
  problems: { category: string; linkSentence: string }[];
};

function rule(body: string): string | undefined {
  return (JSON.parse(body) as { details?: { rule?: string } }).details?.rule;
}

beforeAll(async () => {
  ctx = await startTestApp();
  setNow('2026-03-10T09:00:00Z');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  officer = await signIn(ctx.app, DEMO.officer);
  const set = (
    await officer.request('POST', '/api/v1/promise-sets', kalixPromise({ from: '2026-01-01', to: '2026-12-31' }))
  ).json();
  commitments = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  setId = set.id;
  const signatures = [
    { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2026-01-10' },
    { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2026-01-10' },
  ];
  expect((await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, { signatures })).statusCode).toBe(200);
  expect((await officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`)).statusCode).toBe(200);
  const narkotika = await coordinator.request('PUT', `${situation}/problems/narkotika`, {
    prioritised: true,
    cause: { type: 'social', horizon: 'long', text: 'Unga saknar meningsfull fritid på kvällarna' },
    commitmentIds: [commitments[0]],
  });
  expect(narkotika.statusCode, narkotika.body).toBe(200);
  expect((await coordinator.request('PUT', `${situation}/problems/trafik`, { prioritised: true })).statusCode).toBe(
    200,
  );
});
afterAll(async () => ctx.close());

describe('the åtgärdsplan', () => {
  it('is created for the lägesbild of a year, for at most four years', async () => {
    const reversed = await coordinator.request('PUT', plan, { title: 'Åtgärdsplan', yearFrom: 2027, yearTo: 2026 });
    expect(reversed.statusCode).toBe(400);
    expect(rule(reversed.body)).toBe('years_reversed');
    const five = await coordinator.request('PUT', plan, { title: 'Åtgärdsplan', yearFrom: 2026, yearTo: 2030 });
    expect(five.statusCode).toBe(400);
    expect(rule(five.body)).toBe('years_too_many');
    expect((await coordinator.request('GET', plan)).statusCode).toBe(404);
    const made = await coordinator.request('PUT', plan, {
      title: 'Åtgärdsplan Kalix 2026–2029',
      yearFrom: 2026,
      yearTo: 2029,
    });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toMatchObject({ status: 'draft', measures: [], decidedOn: null, dueOn: null });
    expect(
      made
        .json()
        .problems.map((p: { category: string }) => p.category)
        .sort(),
    ).toEqual(['narkotika', 'trafik']);
  });

  it('takes measures only for prioritised problems, each saying what, who and how it is followed up', async () => {
    const notPrioritised = await coordinator.request('POST', `${plan}/measures`, {
      category: 'skadegorelse',
      text: 'Klotter saneras inom ett dygn',
      responsible: 'Kommunen',
      followUp: 'Tid till sanering',
    });
    expect(notPrioritised.statusCode).toBe(400);
    expect(rule(notPrioritised.body)).toBe('problem_not_prioritised');
    const noOne = await coordinator.request('POST', `${plan}/measures`, {
      category: 'narkotika',
      text: 'Föräldravandringar',
      followUp: 'Antal',
    });
    expect(rule(noOne.body)).toBe('responsible_missing');
    const stranger = await coordinator.request('POST', `${plan}/measures`, {
      category: 'narkotika',
      commitmentId: '0b6f1c1e-6a55-4f0e-9d0c-3f4a5b6c7d8e',
    });
    expect(rule(stranger.body)).toBe('commitment_not_in_kommun');
    expect((await coordinator.request('GET', plan)).json().measures).toEqual([]);
  });

  it('links a commitment without copying it: the measure reads as the commitment does today', async () => {
    const own = await coordinator.request('POST', `${plan}/measures`, {
      category: 'narkotika',
      text: 'Fältassistenter på fredagskvällar i centrum',
      responsible: 'Kommunen, socialtjänsten',
      partners: ['Fritidsgården'],
      startsOn: '2026-04-01',
      endsOn: '2026-12-31',
      whenText: 'fredagar',
      followUp: 'Antal kvällar och kontakter per tertial',
    });
    expect(own.statusCode, own.body).toBe(201);
    const linked = await coordinator.request('POST', `${plan}/measures`, {
      category: 'narkotika',
      commitmentId: commitments[0],
    });
    expect(linked.statusCode, linked.body).toBe(201);
    await ctx.deps.db
      .updateTable('commitments')
      .set({ text: 'Polisen genomför minst tre riktade narkotikainsatser per halvår.' })
      .where('id', '=', commitments[0]!)
      .execute();
    const view: Plan = (await coordinator.request('GET', plan)).json();
    const measure = view.measures.find((m) => m.shown.text.startsWith('Löfte'))!;
    expect(measure.shown.text).toBe('Löfte 1: Polisen genomför minst tre riktade narkotikainsatser per halvår.');
    expect(measure.shown.responsible).toBe('Polisen');
  });

  it('is decided by a named body only when every prioritised problem has a measure; a refusal changes nothing', async () => {
    const early = await coordinator.request('POST', `${plan}/decide`, {
      decidedBy: 'Kommunfullmäktige',
      decidedOn: '2026-03-02',
    });
    expect(early.statusCode).toBe(400);
    expect(rule(early.body)).toBe('problem_without_measure');
    expect(early.json().message).toContain('Trafik');
    expect((await coordinator.request('GET', plan)).json().status).toBe('draft');
    const traffic = await coordinator.request('POST', `${plan}/measures`, {
      category: 'trafik',
      text: 'Hastighetsdisplayer på Storgatan',
      responsible: 'Kommunen, tekniska förvaltningen',
      followUp: 'Uppmätt medelhastighet före och efter',
    });
    expect(traffic.statusCode).toBe(201);
    const future = await coordinator.request('POST', `${plan}/decide`, {
      decidedBy: 'Kommunfullmäktige',
      decidedOn: '2026-04-01',
    });
    expect(rule(future.body)).toBe('decided_in_future');
    const nobody = await coordinator.request('POST', `${plan}/decide`, { decidedBy: ' ', decidedOn: '2026-03-02' });
    expect(rule(nobody.body)).toBe('body_missing');
    // The working group puts trafik first: the decided plan is numbered down the problems in that order.
    const moved = await coordinator.request('PUT', `${situation}/problems/trafik`, {
      manualRank: 1,
      rankReason: 'Flest synpunkter i dialogerna',
    });
    expect(moved.statusCode).toBe(200);
    const before: Plan = (await coordinator.request('GET', plan)).json();
    expect(before.measures.map((m) => `${m.number}:${m.category}`)).toEqual(['1:narkotika', '2:narkotika', '3:trafik']);
    const decided = await coordinator.request('POST', `${plan}/decide`, {
      decidedBy: 'Kommunfullmäktige',
      decidedOn: '2026-03-02',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'decided',
      decidedBy: 'Kommunfullmäktige',
      decidedOn: '2026-03-02',
      dueOn: '2030-03-02',
      dueStage: 'current',
    });
    expect(decided.json().measures.map((m: Measure) => `${m.number}:${m.category}`)).toEqual([
      '1:trafik',
      '2:narkotika',
      '3:narkotika',
    ]);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'action_plan.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['action_plan.create', 'action_plan.measure_add', 'action_plan.decide']),
    );
  });

  it('a decided plan is changed only after it is taken back to draft', async () => {
    const view: Plan = (await coordinator.request('GET', plan)).json();
    const edit = await coordinator.request('PATCH', `${plan}/measures/${view.measures[0]!.id}`, { whenText: 'x' });
    expect(edit.statusCode).toBe(409);
    const reopened = await coordinator.request('POST', `${plan}/reopen`);
    expect(reopened.json()).toMatchObject({ status: 'draft', decidedOn: null });
    expect(
      (
        await coordinator.request('PATCH', `${plan}/measures/${view.measures[0]!.id}`, {
          whenText: 'fredagar och lördagar',
        })
      ).statusCode,
    ).toBe(200);
    const again = await coordinator.request('POST', `${plan}/decide`, {
      decidedBy: 'Kommunfullmäktige',
      decidedOn: '2026-03-09',
    });
    expect(again.json().dueOn).toBe('2030-03-09');
  });

  it('says per problem what answers it, in the plan and in its PDF and Word file with the lägesbild summary', async () => {
    const view: Plan = (await coordinator.request('GET', plan)).json();
    const sentence = 'Problemet Narkotika besvaras av löfte 1 samt åtgärderna 2 och 3.';
    expect(view.problems.find((p) => p.category === 'narkotika')!.linkSentence).toBe(sentence);
    const pdf = await coordinator.request('GET', `${plan}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = (await readPdf(pdf.rawPayload)).text;
    for (const part of [
      'Åtgärdsplan Kalix 2026–2029',
      'Lägesbildens sammanfattning',
      'Unga saknar meningsfull fritid på kvällarna',
      'Fältassistenter på fredagskvällar i centrum',
      'Hastighetsdisplayer på Storgatan',
      sentence,
      'beslutad av Kommunfullmäktige den 9 mars 2026',
      'senast 9 mars 2030',
    ])
      expect(text, part).toContain(part);
    const docx = await coordinator.request('GET', `${plan}/export.docx`);
    expect(docx.statusCode).toBe(200);
    const word = squash(xmlText(readDocx(docx.rawPayload)['word/document.xml']!));
    expect(word).toContain(sentence);
    expect(word).toContain('Fältassistenter på fredagskvällar i centrum');
  });

  it('prints the link sentence in the follow-up of the promises', async () => {
    const followUp = await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
      cadence: 'halfyear',
      year: 2026,
      index: 1,
    });
    expect(followUp.statusCode, followUp.body).toBe(201);
    const pdf = await coordinator.request('GET', `/api/v1/follow-ups/${followUp.json().id}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await readPdf(pdf.rawPayload)).text;
    expect(text).toContain('Lägesbilden 2025 för Kalix kommun:');
    expect(text).toContain('Problemet Narkotika besvaras av löfte 1 samt åtgärderna 2 och 3.');
    // Trafik is answered by a measure of its own only, no promise of this medborgarlöfte.
    expect(text).not.toContain('Problemet Trafik');
  });

  it("prints the link sentence in the lägesbild's exports", async () => {
    const view: Plan = (await coordinator.request('GET', plan)).json();
    const sentence = view.problems.find((p) => p.category === 'narkotika')!.linkSentence;
    const pdf = await coordinator.request('GET', `${situation}/export.pdf?audience=public`);
    expect(pdf.statusCode).toBe(200);
    expect((await readPdf(pdf.rawPayload)).text).toContain(sentence);
    const docx = await coordinator.request('GET', `${situation}/export.docx`);
    expect(squash(xmlText(readDocx(docx.rawPayload)['word/document.xml']!))).toContain(sentence);
  });

  it('reminds the coordinators eight weeks before it must be decided anew, and again when the time has passed', async () => {
    ctx.mails.splice(0);
    setNow('2030-01-05T07:00:00Z');
    await runDueJobs(ctx.deps, 'test');
    // Four years on, the morning's session is long gone: sign in again.
    const later = await signIn(ctx.app, DEMO.kalixCoordinator);
    expect((await later.request('GET', plan)).json().dueStage).toBe('current');
    expect(ctx.mails.filter((m) => m.subject.includes('Åtgärdsplanen'))).toEqual([]);
    setNow('2030-01-20T07:00:00Z');
    await runDueJobs(ctx.deps, 'test');
    const soon = ctx.mails.filter((m) => m.subject.includes('Åtgärdsplanen behöver beslutas på nytt'));
    expect(soon.map((m) => m.to)).toEqual([DEMO.kalixCoordinator]);
    expect(soon[0]!.subject).toContain('2030-03-09');
    setNow('2030-01-21T07:00:00Z');
    await runDueJobs(ctx.deps, 'test');
    expect(ctx.mails.filter((m) => m.subject.includes('Åtgärdsplanen'))).toHaveLength(1);
    setNow('2030-03-10T07:00:00Z');
    await runDueJobs(ctx.deps, 'test');
    const all = ctx.mails.filter((m) => m.subject.includes('Åtgärdsplanen'));
    expect(all).toHaveLength(2);
    expect(all[1]!.subject).toContain('tiden har gått ut');
    const latest = await signIn(ctx.app, DEMO.kalixCoordinator);
    expect((await latest.request('GET', plan)).json().dueStage).toBe('overdue');
    setNow('2026-03-10T09:00:00Z');
  });
});

describe('who may see and change it', () => {
  it('is not found outside the kommun, and read-only roles may not change it', async () => {
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await haparanda.request('GET', plan)).statusCode).toBe(404);
    expect((await haparanda.request('GET', `${plan}/export.pdf`)).statusCode).toBe(404);
    expect((await haparanda.request('POST', `${plan}/reopen`)).statusCode).toBe(404);
    const leader = await signIn(ctx.app, DEMO.kalixLeader);
    expect((await leader.request('GET', plan)).statusCode).toBe(200);
    expect((await leader.request('POST', `${plan}/reopen`)).statusCode).toBe(403);
    // The daily job run four years on pruned the sessions of the morning: sign in again.
    const again = await signIn(ctx.app, DEMO.kalixCoordinator);
    expect((await again.request('GET', plan)).json().status).toBe('decided');
  });
});
