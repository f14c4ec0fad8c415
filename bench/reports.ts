/**
 * Benchmark of the report renderers on a large genomförandeplan (500
 * commitments in 10 focus areas). Prints one JSON line. Each `ratio` is the
 * renderer's median time over a baseline measured in the same run: bare
 * pdfkit writing the same words as flowing text in the standard Helvetica
 * (for the PDFs), and docx packing the same words as plain paragraphs (for
 * the Word files), so machine speed cancels out and what remains is the
 * cost of the layout. The PDFs are tagged (PDF/UA) and embed the Arimo font;
 * `fontCost` is bare pdfkit with that font embedded over the Helvetica
 * baseline, the share of the cost the embedded font alone brings. `bytes`
 * are the files' sizes.
 *
 *   node bench/reports.ts
 */
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { FONT, registerFonts } from '../src/reports/pdf-common.ts';
import type { PromiseSetDocument } from '../src/domain/promise-set.ts';
import {
  implementationPlanRows,
  renderImplementationPlanCsv,
  renderImplementationPlanDocx,
  renderImplementationPlanPdf,
} from '../src/reports/implementation-plan.ts';
import { renderPromiseSetDocx } from '../src/reports/promise-docx.ts';
import { renderPromiseSetPdf } from '../src/reports/promise-pdf.ts';

const ROUNDS = 5;
const AREAS = 10;
const PER_AREA = 50;

const doc: PromiseSetDocument = {
  format: 'medborgarlofte/v1',
  title: 'Medborgarlöfte Umeå 2024–2027',
  municipalities: [{ code: '2480', name: 'Umeå' }],
  policeArea: 'Umeå',
  period: { from: '2024-01-01', to: '2027-12-31' },
  signedAt: null,
  signatories: [],
  sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
  warnings: [],
  status: 'draft',
  version: 3,
  focusAreas: Array.from({ length: AREAS }, (_, a) => ({
    title: `Fokusområde ${a + 1}: trygghet i stadsdelarna`,
    commitments: Array.from({ length: PER_AREA }, (_, i) => ({
      text: `Åtagande ${a * PER_AREA + i + 1}: polisen och kommunen genomför riktade insatser på Ålidhem och i centrum${i % 4 === 0 ? ', i samverkan med fritidsgårdarna, skolan och socialtjänsten, med återkoppling till invånarna varje tertial' : ''}.`,
      responsible: ['polisen', 'kommunen'],
      partners: i % 2 ? ['socialtjänsten'] : [],
      places: [],
      target: {
        kind: 'count' as const,
        count: 2,
        atLeast: true,
        max: null,
        per: 'halfyear' as const,
        every: 1,
        average: false,
        unit: 'insatser',
      },
      targets: [],
      followUp: ['Antal insatser', 'Antal anmälningar'],
    })),
  })),
};

const words = implementationPlanRows(doc).map((row) =>
  [row.what, row.when, row.partners, row.responsible, row.followUp].join(' '),
);

function bareText(embedded = false): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape' });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  if (embedded) registerFonts(pdf);
  pdf.font(embedded ? FONT.regular : 'Helvetica').fontSize(8.5);
  for (const line of words) pdf.text(line);
  pdf.end();
  return done;
}

function bareDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: words.map((line) => new Paragraph(line)) }] }));
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const generatedAt = new Date('2024-03-05T10:00:00Z');
const baselinePdf = await median(() => bareText());
const embeddedPdf = await median(() => bareText(true));
const baselineDocx = await median(bareDocx);
const planPdf = await median(() => renderImplementationPlanPdf(doc, { generatedAt }));
const planDocx = await median(() => renderImplementationPlanDocx(doc, { generatedAt }));
const promisePdf = await median(() => renderPromiseSetPdf(doc, { generatedAt }));
const promiseDocx = await median(() => renderPromiseSetDocx(doc, { generatedAt }));
const csv = await median(async () => renderImplementationPlanCsv(doc));
// File sizes: the tagged PDFs carry a structure tree and an embedded (subset) font.
const bytes = {
  planPdf: (await renderImplementationPlanPdf(doc, { generatedAt })).length,
  promisePdf: (await renderPromiseSetPdf(doc, { generatedAt })).length,
  planDocx: (await renderImplementationPlanDocx(doc, { generatedAt })).length,
  promiseDocx: (await renderPromiseSetDocx(doc, { generatedAt })).length,
};

console.log(
  JSON.stringify({
    bench: 'reports',
    commitments: AREAS * PER_AREA,
    rounds: ROUNDS,
    baselineMs: {
      pdfkitFlowingText: round(baselinePdf),
      pdfkitFlowingTextEmbeddedFont: round(embeddedPdf),
      docxParagraphs: round(baselineDocx),
    },
    ms: {
      planPdf: round(planPdf),
      planDocx: round(planDocx),
      promisePdf: round(promisePdf),
      promiseDocx: round(promiseDocx),
      planCsv: round(csv),
    },
    bytes,
    fontCost: round(embeddedPdf / baselinePdf),
    ratio: {
      planPdf: round(planPdf / baselinePdf),
      promisePdf: round(promisePdf / baselinePdf),
      planDocx: round(planDocx / baselineDocx),
      promiseDocx: round(promiseDocx / baselineDocx),
    },
  }),
);
