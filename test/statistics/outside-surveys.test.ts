/**
 * Survey results from outside, as a kommun analyst meets them through the
 * API: Polisens trygghetsmätning, Brå's NTU and SCB's medborgarundersökning
 * imported for Kalix from their report tables, imported again (what was
 * added, updated and removed), refused row by row, deleted, and who may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { outsideSurveyResultsFor } from '../../src/app/trygghet/outside-surveys.ts';

let ctx: TestContext;
let coordinator: Client;
let kalixId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalixId = await orgIdByCode(ctx.deps, '2514');
  await ctx.deps.db.insertInto('areas').values({ municipality_id: kalixId, name: 'Centrum' }).execute();
});
afterAll(() => ctx.close());

/** The police's report table for Kalix 2025, copied into Excel and saved as CSV (BOM, CRLF, decimal comma). */
const POLISEN_2025 = [
  '\uFEFFOmråde;Påstående;Index;Antal svar;Konfidensintervall',
  'Kalix totalt;Ungdomsgäng som bråkar och stör ordningen;2,1;1 184;1,9–2,3',
  'Kalix totalt;Narkotikapåverkade personer utomhus;1,4;1 184;',
  'Kalix totalt;Personer som kör för fort med bil;3,6;1 184;3,4–3,8',
  'CENTRUM;Ungdomsgäng som bråkar och stör ordningen;2,8;412;2,4–3,2',
  'Centrum;Nedskräpning;..;412;',
  'Töre;Personer som kör för fort med bil;4,0;96;',
].join('\r\n');

const NTU_2025 = [
  'Region;Fråga;Andel (%);Felmarginal (±);Antal svar',
  'Kalix;Otrygghet vid utevistelse sen kväll;14,2;2,1;812',
  'Norrbottens län;Otrygghet vid utevistelse sen kväll;17,5;0,9;6 840',
].join('\n');

const importFile = (client: Client, body: Record<string, unknown>, kommun = '2514') =>
  client.request('POST', `/api/v1/outside-surveys/${kommun}/imports`, body);

async function stored() {
  return ctx.deps.db
    .selectFrom('outside_survey_results')
    .select(['id', 'source', 'level', 'area_name', 'item', 'value', 'answers', 'ci_low', 'ci_high', 'category'])
    .where('municipality_id', '=', kalixId)
    .orderBy('item')
    .orderBy('area_name')
    .execute();
}

async function auditActions() {
  const rows = await ctx.deps.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', 'outside_survey_import')
    .execute();
  return rows.map((r) => r.action);
}

describe("importing Polisen's trygghetsmätning", () => {
  it('stores every result with its place, answers and interval, the area as the kommun spells it, and audits it', async () => {
    const res = await importFile(coordinator, {
      source: 'polisen_trygghetsmatning',
      year: 2025,
      fileName: 'trygghetsmatning-kalix-2025.csv',
      content: POLISEN_2025,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ added: 5, updated: 0, unchanged: 0, removed: 0 });
    expect(body.skipped).toEqual([
      expect.objectContaining({ line: 6, reason: expect.stringContaining('Nedskräpning') }),
    ]);
    expect(body.import).toMatchObject({
      source: 'polisen_trygghetsmatning',
      year: 2025,
      fileName: 'trygghetsmatning-kalix-2025.csv',
      rows: 5,
    });
    const rows = await stored();
    expect(rows).toHaveLength(5);
    const centrum = rows.find((r) => r.area_name === 'Centrum')!;
    expect(centrum).toMatchObject({ level: 'area', category: 'ungdomar', answers: 412 });
    expect([Number(centrum.value), Number(centrum.ci_low), Number(centrum.ci_high)]).toEqual([2.8, 2.4, 3.2]);
    const total = rows.filter((r) => r.level === 'kommun');
    expect(total.map((r) => r.area_name)).toEqual([null, null, null]);
    expect(await auditActions()).toEqual(['outside_survey.import']);
  });

  it('imported again, says what it added, updated and removed, and keeps the ids of what stayed', async () => {
    const before = await stored();
    const next = POLISEN_2025.replace(
      'Kalix totalt;Narkotikapåverkade personer utomhus;1,4',
      'Kalix totalt;Narkotikapåverkade personer utomhus;1,6',
    ).replace(/\r\nTöre;.*$/, '\r\nTöre;Inbrott i bostäder;1,2;96;');
    const res = await importFile(coordinator, { source: 'polisen_trygghetsmatning', year: 2025, content: next });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ added: 1, updated: 1, unchanged: 3, removed: 1 });
    const after = await stored();
    const drugs = after.find((r) => r.item.startsWith('Narkotika'))!;
    expect(Number(drugs.value)).toBe(1.6);
    expect(drugs.id).toBe(before.find((r) => r.item.startsWith('Narkotika'))!.id);
    expect(after.some((r) => r.area_name === 'Töre' && r.item.startsWith('Personer'))).toBe(false);
    expect(after.find((r) => r.item === 'Inbrott i bostäder')).toMatchObject({ category: 'tillgreppsbrott' });
    const imports = await ctx.deps.db.selectFrom('outside_survey_imports').selectAll().execute();
    expect(imports).toHaveLength(1);
  });

  it('refuses a file with bad rows, naming each line in Swedish and English, and changes nothing', async () => {
    const before = await stored();
    const audits = (await auditActions()).length;
    const bad = `${POLISEN_2025}\r\nLuleå;Nedskräpning;1,0;50;\r\nTöre;Klotter;7,5;96;`;
    const res = await importFile(coordinator, { source: 'polisen_trygghetsmatning', year: 2025, content: bad });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.message).toBe('2 rader i filen (Polisens trygghetsmätning) har fel; inget sparades');
    expect(body.messageEn).toContain('nothing was saved');
    expect(body.details.rows.map((r: { line: number }) => r.line)).toEqual([8, 9]);
    expect(body.details.rows[0].message).toContain('Luleå kommun');
    expect(body.details.rows[1].messageEn).toContain('index 0–6');
    expect(await stored()).toEqual(before);
    expect((await auditActions()).length).toBe(audits);
  });
});

describe('NTU and SCB beside it', () => {
  it('keeps each source apart and gives the lägesbild every result of the year', async () => {
    const ntu = await importFile(coordinator, { source: 'bra_ntu', year: 2025, content: NTU_2025 });
    expect(ntu.statusCode, ntu.body).toBe(201);
    const scb = await importFile(coordinator, {
      source: 'scb_medborgarundersokning',
      year: 2024,
      content: 'Kommun;Index;Värde;Felmarginal;Antal svar\r\nKalix;Trygghet;61;2;412\r\n',
    });
    expect(scb.statusCode, scb.body).toBe(201);
    const year2025 = await outsideSurveyResultsFor(ctx.deps.db, kalixId, 2025);
    expect(year2025.filter((r) => r.source === 'bra_ntu')).toEqual([
      expect.objectContaining({
        level: 'kommun',
        areaName: null,
        measure: 'share',
        value: 14.2,
        ciLow: 12.1,
        ciHigh: 16.3,
      }),
      expect.objectContaining({ level: 'lan', areaName: 'Norrbottens län', value: 17.5, answers: 6840 }),
    ]);
    expect(year2025.some((r) => r.source === 'scb_medborgarundersokning')).toBe(false);
    const list = await coordinator.request('GET', '/api/v1/outside-surveys/2514');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().imports.map((i: { source: string; year: number }) => `${i.source} ${i.year}`)).toEqual([
      'bra_ntu 2025',
      'polisen_trygghetsmatning 2025',
      'scb_medborgarundersokning 2024',
    ]);
    const only2024 = await coordinator.request('GET', '/api/v1/outside-surveys/2514?year=2024');
    expect(only2024.json().imports).toHaveLength(1);
  });
});

describe('who may', () => {
  it('reads with the lägesbild right, imports with the statistics right, and sees nothing of another kommun', async () => {
    const leader = await signIn(ctx.app, DEMO.kalixLeader);
    expect((await leader.request('GET', '/api/v1/outside-surveys/2514')).statusCode).toBe(200);
    const refused = await importFile(leader, { source: 'bra_ntu', year: 2026, content: NTU_2025 });
    expect(refused.statusCode).toBe(403);
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await haparanda.request('GET', '/api/v1/outside-surveys/2514')).statusCode).toBe(404);
    expect((await importFile(haparanda, { source: 'bra_ntu', year: 2026, content: NTU_2025 })).statusCode).toBe(404);
    const partner = await signIn(ctx.app, DEMO.kalixPartner);
    expect((await partner.request('GET', '/api/v1/outside-surveys/2514')).statusCode).toBe(404);
    expect(
      await ctx.deps.db.selectFrom('outside_survey_imports').select('id').where('year', '=', 2026).execute(),
    ).toEqual([]);
  });
});

describe('deleting an import', () => {
  it('removes it with its results and an audit entry; a second time it is not found', async () => {
    const res = await coordinator.request('DELETE', '/api/v1/outside-surveys/2514/2025?source=bra_ntu');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ source: 'bra_ntu', year: 2025, removed: 2 });
    expect((await stored()).filter((r) => r.source === 'bra_ntu')).toEqual([]);
    expect(await auditActions()).toContain('outside_survey.delete');
    const again = await coordinator.request('DELETE', '/api/v1/outside-surveys/2514/2025?source=bra_ntu');
    expect(again.statusCode).toBe(404);
    expect(again.json().message).toContain('Brå:s Nationella trygghetsundersökning (NTU) 2025');
  });
});
