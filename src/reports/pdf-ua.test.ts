/**
 * Every PDF the product publishes or sends, read back and checked against
 * PDF/UA-1 with our own checker (pdf-ua-check.ts; no veraPDF is installable
 * here): tagged, language, window title, every painted thing in the
 * structure or an artifact, reading order, headings, tables, lists,
 * figures with alternative text, fonts embedded with Unicode maps.
 */
import { describe, expect, it } from 'vitest';
import type { ActionPlanView } from '../contracts/action-plans.ts';
import { renderActionPlanPdf } from './action-plan-report.ts';
import { kalixReportInput } from './follow-up-fixtures.ts';
import { renderFollowUpPdf } from './follow-up-report.ts';
import { renderImplementationPlanPdf } from './implementation-plan.ts';
import { collectPdf, createPdf } from './pdf-common.ts';
import { checkPdfUa, type UaReport } from './pdf-ua-check.ts';
import { renderPromiseSetPdf } from './promise-pdf.ts';
import { kalixSituation } from './situation-fixtures.ts';
import { renderSituationPdf } from './situation-report.ts';
import { commitment, kalixDocument, promiseDoc } from './test-fixtures.ts';
import { readPdf, squash } from './test-read.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');

async function check(bytes: Buffer): Promise<UaReport> {
  const report = await checkPdfUa(bytes);
  expect(report.problems).toEqual([]);
  expect(report.lang).toBe('sv-SE');
  return report;
}

/** The column headers: repeated on later pages as furniture. */
const tableHeaders = (report: UaReport) => report.nodes.filter((n) => n.role === 'TH').map((n) => n.text);
const roles = (report: UaReport) => new Set(report.nodes.map((n) => n.role));
const levels = (report: UaReport) => report.headings.map((h) => h.slice(0, 2));

/**
 * A screen reader skips artifacts, so they may only be page furniture: the
 * footer (title, page number, print date), the draft and classification
 * stamps, a repeated table header and the lines to write on.
 */
function expectOnlyFurniture(report: UaReport, furniture: string[]): void {
  const allowed = [
    /^Sida \d+ av \d+$/,
    /^Version \d+ · Sida \d+ av \d+$/,
    /^Utskriven \d+ \p{L}+ \d{4}$/u,
    /^UTKAST$/,
    /^UTKAST – inte fastställt$/,
    /^_+$/,
  ];
  for (const text of report.artifacts)
    expect(
      allowed.some((pattern) => pattern.test(text)) || furniture.includes(text),
      `artifact "${text}" is furniture`,
    ).toBe(true);
}

/** Everything on the pages is either in the structure or furniture: no word is lost. */
async function expectEveryWordRead(bytes: Buffer, report: UaReport): Promise<void> {
  const visible = squash((await readPdf(bytes)).pages.join(' ')).replace(/\s+/g, '');
  const read = [report.text, ...report.artifacts].join('').replace(/\s+/g, '');
  expect(read.length).toBe(visible.length);
}

function actionPlan(): ActionPlanView {
  const id = '00000000-0000-4000-8000-000000000001';
  const measure = (number: number, category: string, text: string): ActionPlanView['measures'][number] => ({
    id,
    number,
    category,
    problemLabel: category,
    text,
    responsible: 'Kalix kommun',
    partners: ['Polisen'],
    startsOn: '2026-03-01',
    endsOn: null,
    whenText: 'varje termin',
    followUp: 'Antal insatser',
    commitment: null,
    shown: { text, responsible: 'Kalix kommun', followUp: 'Antal insatser' },
  });
  return {
    id,
    municipalityId: id,
    situationYear: 2025,
    title: 'Åtgärdsplan Kalix 2026–2029 – trygghet & studiero',
    yearFrom: 2026,
    yearTo: 2029,
    status: 'draft',
    decidedBy: null,
    decidedOn: null,
    dueOn: null,
    dueStage: null,
    problems: [
      {
        category: 'trafik',
        label: 'Trafik',
        rank: 1,
        causeText: 'Buskörning på Storgatan kvällstid.',
        linkSentence: 'Problemet Trafik besvaras av åtgärd 1.',
        commitments: [],
      },
    ],
    measures: [measure(1, 'trafik', 'Hastighetskontroller på Storgatan.')],
  };
}

describe('PDF/UA-1: every report kind is a tagged, accessible PDF', () => {
  it('the uppföljning: title, sections, the chart as a figure with its words, tables with column headers', async () => {
    const bytes = await renderFollowUpPdf(kalixReportInput(), { generatedAt });
    const report = await check(bytes);
    expect(report.headings[0]).toBe(`H1 ${report.title}`);
    expect([...roles(report)]).toEqual(expect.arrayContaining(['Figure', 'Table', 'TH', 'TD', 'P', 'H2', 'H3']));
    // The chart's alternative text is the sentence the chart code writes from its data, as in the Word file.
    const figures = report.nodes.filter((n) => n.role === 'Figure');
    expect(figures.map((n) => n.alt?.slice(0, 44))).toEqual(['Andel av målet per löfte: löfte 1: 80 av 78 ']);
    expect(report.outline.length).toBe(report.headings.length);
    expect(report.outline[0]).toBe(report.title);
    expectOnlyFurniture(report, [report.title]);
    await expectEveryWordRead(bytes, report);
  });

  it('the lägesbild, public and internal: the classification stamp is furniture, the banner saying it is text', async () => {
    for (const audience of ['public', 'internal'] as const) {
      const bytes = await renderSituationPdf(kalixSituation(), { kommunName: 'Kalix', audience, generatedAt });
      const report = await check(bytes);
      expect(report.nodes.some((n) => n.role === 'Figure' && (n.alt ?? '').length > 40)).toBe(true);
      const stamp = audience === 'public' ? 'ÖPPEN VERSION' : 'INTERN – får inte spridas utanför arbetsgruppen';
      expect(report.text).toContain(stamp);
      expect(report.artifacts).toContain(stamp);
      expectOnlyFurniture(report, [stamp, `${report.title} – ${stamp}`, report.title, ...tableHeaders(report)]);
      await expectEveryWordRead(bytes, report);
    }
  });

  it('the åtgärdsplan: H1 → H2 → H3, the measures as a table, a title with "&" valid in the XMP metadata', async () => {
    const plan = actionPlan();
    const bytes = await renderActionPlanPdf(plan, {
      kommunName: 'Kalix',
      situationTexts: {
        crimeSurvey: null,
        consequences: null,
        otherInformation: null,
        analysis: '- En punkt\n- En till',
      },
      generatedAt,
    });
    const report = await check(bytes);
    expect(report.title).toBe(plan.title);
    expect(levels(report)).toEqual(['H1', 'H2', 'H3', 'H2', 'H3', 'H2']);
    expect(report.outline).toEqual([
      plan.title,
      '1. Lägesbildens sammanfattning',
      '  Prioriterade problem',
      '2. Åtgärder per prioriterat problem',
      '  Trafik',
      '3. Beslut',
    ]);
    const items = report.nodes.filter((n) => n.role === 'LBody').map((n) => n.text);
    expect(items).toEqual(['En punkt', 'En till']);
    const headers = report.nodes.filter((n) => n.role === 'TH').map((n) => n.text);
    expect(headers).toEqual(['Rang', 'Problem', 'Orsaksanalys', 'Nr', 'Åtgärd', 'Ansvarig', 'När', 'Uppföljning']);
    expect(report.artifacts).toContain('UTKAST');
    expectOnlyFurniture(report, [plan.title]);
    await expectEveryWordRead(bytes, report);
  });

  it('the medborgarlöfte: promises as a list, signatures as text without the lines to write on', async () => {
    const draft = kalixDocument({ status: 'draft' });
    const report = await check(await renderPromiseSetPdf(draft, { generatedAt }));
    expect(levels(report)[0]).toBe('H1');
    expect(report.nodes.filter((n) => n.role === 'LI').length).toBe(8);
    expect(report.nodes.filter((n) => n.role === 'Lbl').every((n) => n.text === '•')).toBe(true);
    expect(report.text).toContain('Birgitta Nyström');
    // A promise and the line naming who answers for it are two paragraphs of the item's body.
    const body = report.nodes.findIndex((n) => n.role === 'LBody');
    expect(report.nodes.slice(body, body + 3).map((n) => `${n.role} ${n.text}`)).toEqual([
      'LBody ',
      'P Genomföra i snitt fyra samtal med invånare per vecka i Kalix centrum och i Töre.',
      'P Ansvarig: Polisen',
    ]);
    expectOnlyFurniture(report, [report.title]);
    const unsigned = promiseDoc({ status: 'agreed' });
    const bytes = await renderPromiseSetPdf(unsigned, { generatedAt });
    const blank = await check(bytes);
    expect(blank.text).toContain('Namnförtydligande:');
    expect(blank.text).not.toContain('___');
    expect(blank.artifacts.some((text) => /^_{10,}$/.test(text))).toBe(true);
    expectOnlyFurniture(blank, [blank.title]);
    await expectEveryWordRead(bytes, blank);
  });

  it('the genomförandeplan over several pages: the header row once in the structure, repeated ones as furniture', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      commitment(`Åtgärd ${i + 1} med Meänkieli-ord: väki, šakki, đ ŋ.`),
    );
    const doc = promiseDoc({ focusAreas: [{ title: 'Trygghet i byarna', commitments: many }] });
    const bytes = await renderImplementationPlanPdf(doc, { generatedAt });
    const report = await check(bytes);
    expect((await readPdf(bytes)).pages.length).toBeGreaterThan(2);
    expect(report.nodes.filter((n) => n.role === 'TH').map((n) => n.text)).toEqual([
      'Vad',
      'När',
      'Samverkan',
      'Ansvarig',
      'Uppföljning',
      'Trygghet i byarna',
    ]);
    expect(report.nodes.filter((n) => n.role === 'TR').length).toBe(62);
    expect(report.text).toContain('Åtgärd 60 med Meänkieli-ord: väki, šakki, đ ŋ.');
    expect(report.text).not.toContain('forts.');
    expectOnlyFurniture(report, [report.title, ...tableHeaders(report), 'Trygghet i byarna (forts.)']);
    await expectEveryWordRead(bytes, report);
  });
});

describe('the PDF/UA check itself', () => {
  it('finds the faults of a tagged PDF: skipped heading, figure without words, header without scope, wrong order', async () => {
    const doc = createPdf({ title: 'Prov', subject: 'Prov', author: 'Prov', layout: 'portrait', generatedAt });
    const bytes = collectPdf(doc);
    const root = doc.struct('Document');
    doc.addStructure(root);
    root.add(doc.struct('H1', {}, () => doc.text('Rubrik', 60, 60)));
    root.add(doc.struct('H3', {}, () => doc.text('Underrubrik', 60, 90)));
    root.add(doc.struct('Figure', {}, () => doc.rect(60, 120, 50, 50).fill('#0b3a6e')));
    const table = doc.struct('Table');
    const row = doc.struct('TR');
    root.add(table);
    table.add(row);
    row.add(doc.struct('TH', {}, () => doc.text('Kolumn', 60, 200)));
    // Painted first, read last.
    const late = doc.markStructureContent('P');
    doc.text('Sist i läsordningen', 60, 300);
    doc.endMarkedContent();
    root.add(doc.struct('P', {}, () => doc.text('Före', 60, 260)));
    root.add(doc.struct('P', {}, [late]));
    doc.text('Utanför allt', 60, 400);
    doc.end();
    const report = await checkPdfUa(await bytes);
    expect(report.problems).toEqual([
      'page 1: "TJ" painted outside a structure element or artifact',
      'Figure "": figure without alternative text',
      'TH "Kolumn": header cell without Scope',
      'page 1: the structure reads the content in another order than it is painted',
      'heading "H3 Underrubrik" skips a level after H1',
    ]);
  });

  it('finds an untagged PDF wanting', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.fontSize(20).text('Rubrik');
    doc.moveTo(50, 200).lineTo(300, 200).stroke();
    doc.end();
    const report = await checkPdfUa(await done);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        'MarkInfo /Marked is not true',
        'no document language (/Lang)',
        'DisplayDocTitle is not true',
        'no structure tree',
        'page 1: "TJ" painted outside a structure element or artifact',
        'page 1: "S" painted outside a structure element or artifact',
        'font Helvetica is not embedded',
      ]),
    );
  });
});
