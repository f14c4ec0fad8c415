import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { buildApp } from '../../src/server/app.ts';

const SECRET = 'Underrättelse: en känd langare säljer vid busstationen fredagar';
let ctx: TestContext;
let officer: Client;
let coordinator: Client;
const url = '/api/v1/situation/2514/2025';

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2025-11-01T10:00:00Z');
  officer = await signIn(ctx.app, DEMO.officer);
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const dialogue = await coordinator.request('POST', '/api/v1/dialogues', {
    kommun: '2514',
    kind: 'medborgardialog',
    date: '2025-03-12',
    place: 'Folkets hus',
    participants: { boende: 14 },
    findings: [
      { text: 'Många upplever att det körs för fort på Storgatan', category: 'trafik', seriousness: 4 },
      { text: 'Mopeder på gång- och cykelvägen vid skolan', category: 'trafik', seriousness: 3 },
      { text: 'Oro för narkotika bland unga i centrum', category: 'narkotika', seriousness: 3 },
    ],
  });
  expect(dialogue.statusCode).toBe(201);
});
afterAll(async () => ctx.close());

describe('lägesbild', () => {
  it('ranks problems by a transparent score that shows which evidence contributes how much, and why', async () => {
    const view = (await coordinator.request('GET', url)).json();
    expect(view.problems.map((p: { category: string }) => p.category)).toEqual(['trafik', 'narkotika']);
    // Two traffic findings of one dialogue, one place and one tertial are one problem, as serious as the worst (4).
    expect(view.problems[0]).toMatchObject({
      label: 'Trafik',
      score: 2,
      rank: 1,
      parts: [{ source: 'dialogue', points: 2, weight: 1, score: 2, items: 1 }],
    });
    expect(view.problems[0].parts[0].why).toBe(
      '1 skilt problem (plats och tertial) av 2 iakttagelser; summa allvarlighet 4 / 2 = 2 poäng',
    );
    expect(view.problems[0].parts[0].whyEn).toContain('1 distinct problem (place and tertial) from 2 findings');
    expect(view.problems[0].evidence).toHaveLength(1);
    expect(view.problems[0].evidence[0].description).toContain('Storgatan');
    expect(view.problems[0].evidence[0].description).toContain('samma problem som 1 iakttagelse till');
    expect(view.problems[1]).toMatchObject({ category: 'narkotika', score: 1.5 });
  });

  it('splitting a finding in a new dialogue at the same place and tertial does not lift the problem', async () => {
    const before = (await coordinator.request('GET', url)).json();
    const split = await coordinator.request('POST', '/api/v1/dialogues', {
      kommun: '2514',
      kind: 'medborgardialog',
      date: '2025-04-02',
      place: 'Folkets hus',
      participants: { boende: 6 },
      findings: [
        { text: 'Det körs fort på Storgatan', category: 'trafik', seriousness: 4 },
        { text: 'Det körs fort vid skolan också', category: 'trafik', seriousness: 2 },
      ],
    });
    expect(split.statusCode, split.body).toBe(201);
    const after = (await coordinator.request('GET', url)).json();
    expect(after.problems.map((p: { category: string; score: number }) => [p.category, p.score])).toEqual(
      before.problems.map((p: { category: string; score: number }) => [p.category, p.score]),
    );
    expect((await coordinator.request('DELETE', `/api/v1/dialogues/${split.json().id}`)).statusCode).toBe(204);
  });

  it('re-ranking needs a reason, and the reason is kept', async () => {
    const noReason = await coordinator.request('PUT', `${url}/problems/narkotika`, { manualRank: 1 });
    expect(noReason.statusCode).toBe(400);
    const moved = (
      await coordinator.request('PUT', `${url}/problems/narkotika`, {
        manualRank: 1,
        rankReason: 'Styrgruppen prioriterar unga',
      })
    ).json();
    expect(moved.problems[0]).toMatchObject({
      category: 'narkotika',
      rank: 1,
      scoreRank: 2,
      rankReason: 'Styrgruppen prioriterar unga',
    });
  });

  it('keeps a cause analysis and the links "ni sa → vi lovade" per prioritised problem', async () => {
    const focusArea = '11111111-1111-4111-8111-111111111111';
    const view = (
      await coordinator.request('PUT', `${url}/problems/trafik`, {
        prioritised: true,
        cause: { type: 'situational', horizon: 'short', text: 'Raksträcka utan farthinder' },
        focusAreaIds: [focusArea],
      })
    ).json();
    expect(view.problems.find((p: { category: string }) => p.category === 'trafik')).toMatchObject({
      prioritised: true,
      cause: { type: 'situational', horizon: 'short' },
      focusAreaIds: [focusArea],
    });
  });
});

describe('confidential police material', () => {
  it('the police add it and see it in their lägesbild, where it changes the score', async () => {
    const added = await officer.request('POST', `${url}/police-notes`, {
      category: 'narkotika',
      seriousness: 5,
      text: SECRET,
    });
    expect(added.statusCode).toBe(201);
    const police = (await officer.request('GET', url)).json();
    const drugs = police.problems.find((p: { category: string }) => p.category === 'narkotika');
    expect(drugs.parts.map((p: { source: string }) => p.source)).toContain('police');
    expect(JSON.stringify(police)).toContain(SECRET);
    expect(police.confidentialIncluded).toBe(true);
  });

  it("never reaches the kommun's staff: not the text, not a part of the score, not the notes endpoint", async () => {
    const res = await coordinator.request('GET', url);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('"police"');
    expect(res.json().confidentialIncluded).toBe(false);
    expect((await coordinator.request('GET', `${url}/police-notes`)).statusCode).toBe(404);
    expect(
      (await coordinator.request('POST', `${url}/police-notes`, { category: 'narkotika', seriousness: 1, text: 'x' }))
        .statusCode,
    ).toBe(404);
    const partner = await signIn(ctx.app, DEMO.kalixPartner);
    expect((await partner.request('GET', url)).body).not.toContain(SECRET);
  });

  it('never reaches the audit log', async () => {
    const rows = await ctx.deps.db.selectFrom('audit_log').select(['before', 'after', 'action']).execute();
    expect(JSON.stringify(rows)).not.toContain('langare');
    expect(rows.some((r) => r.action === 'police_note.create')).toBe(true);
  });

  it('never reaches a log line, even with request logging on', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp(ctx.deps, { logger: { level: 'trace', stream } });
    const cookie = { lofte_session: officer.cookie };
    await app.inject({
      method: 'POST',
      url: `${url}/police-notes`,
      cookies: cookie,
      headers: { 'x-csrf-token': officer.csrfToken },
      payload: { category: 'vald', seriousness: 4, text: `${SECRET} (andra)` },
    });
    await app.inject({ method: 'GET', url, cookies: cookie });
    await app.inject({
      method: 'POST',
      url: `${url}/police-notes`,
      cookies: cookie,
      headers: { 'x-csrf-token': officer.csrfToken },
      payload: { category: 'finns-inte', seriousness: 4, text: SECRET },
    });
    await app.close();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('langare');
  });
});

describe('lägesbild export', () => {
  it('the public version carries no confidential material, even when the police export it', async () => {
    const { readPdf } = await import('../../src/reports/test-read.ts');
    const readPdfText = async (b: Buffer) => (await readPdf(b)).text;
    const publicPdf = await officer.request('GET', `${url}/export.pdf?audience=public`);
    expect(publicPdf.statusCode).toBe(200);
    const text = await readPdfText(publicPdf.rawPayload);
    expect(text).toContain('Brottslighetens omfattning');
    expect(text).not.toContain('langare');
    expect(text).not.toContain('SEKRETESS');
    const internalForPolice = await readPdfText(
      (await officer.request('GET', `${url}/export.pdf?audience=internal`)).rawPayload,
    );
    expect(internalForPolice).toContain('langare');
    const internalForKommun = await readPdfText(
      (await coordinator.request('GET', `${url}/export.pdf?audience=internal`)).rawPayload,
    );
    expect(internalForKommun).not.toContain('langare');
    const docx = await officer.request('GET', `${url}/export.docx?audience=public`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('EST checklists in the lägesbild', () => {
  it('each reported item adds its level to its problem category', async () => {
    const res = await coordinator.request('POST', '/api/v1/est/reports', {
      kommun: '2514',
      week: '2025-W10',
      areaName: 'Centrum',
      answers: { klotter: { level: 2 }, skadegorelse: { level: 1 } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = (await coordinator.request('GET', url)).json();
    const vandalism = view.problems.find((p: { category: string }) => p.category === 'skadegorelse');
    // Klotter (påtagligt, 4) and skadegörelse (förekommer, 2) in one area and tertial: one problem of seriousness 4.
    expect(vandalism.parts).toEqual([
      expect.objectContaining({ source: 'est', points: 2, weight: 1, score: 2, items: 1 }),
    ]);
    expect(vandalism.evidence.map((e: { description: string }) => e.description).join(' ')).toContain(
      'Centrum: Klotter – påtagligt',
    );
  });
});
