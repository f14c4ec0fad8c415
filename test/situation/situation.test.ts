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
  it('ranks problems by a transparent score that shows which evidence contributes how much', async () => {
    const view = (await coordinator.request('GET', url)).json();
    expect(view.problems.map((p: { category: string }) => p.category)).toEqual(['trafik', 'narkotika']);
    expect(view.problems[0]).toMatchObject({
      label: 'Trafik',
      score: 7,
      rank: 1,
      parts: [{ source: 'dialogue', points: 7, weight: 1, score: 7, items: 2 }],
    });
    expect(view.problems[0].evidence[0].description).toContain('Storgatan');
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
    expect(vandalism.parts).toEqual([expect.objectContaining({ source: 'est', points: 3, weight: 0.5, score: 1.5 })]);
    expect(vandalism.evidence.map((e: { description: string }) => e.description).join(' ')).toContain('EST: Klotter');
  });
});
