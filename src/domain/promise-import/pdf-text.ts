/**
 * Plain text of a PDF for the promise importer: pdf.js (pdfjs-dist, the
 * engine of Firefox's viewer) gives each page's positioned text runs, and
 * pdf-layout.ts puts them in reading order (columns, plan tables as
 * tab-separated rows, running headers and page numbers dropped).
 *
 * Limits, since a PDF is as untrusted as a zip: the compressed streams are
 * inflated in small metered steps first (pdf-guard.ts, the limits of
 * guarded-unzip), at most 200 pages are read, and reading stops once the text
 * passes 5 MB. A PDF whose pages carry no text (a scan) is refused with a
 * message saying so. pdf.js is loaded only when a PDF is read, so other
 * imports (and the CLI's start-up) do not pay for it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError, MAX_TEXT_BYTES } from './errors.ts';
import { checkPdfStreams } from './pdf-guard.ts';
import { layoutPages, type TextRun } from './pdf-layout.ts';

export const MAX_PDF_PAGES = 200;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** pdf.js needs the metrics of the standard fonts (Helvetica, Times) to place text set in them. */
function standardFontDataUrl(): string {
  return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
}

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      standardFontDataUrl: standardFontDataUrl(),
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
  } catch {
    throw new ImportError('invalid_pdf');
  }
}

async function pageRuns(pdf: PdfDocument, number: number): Promise<TextRun[]> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    // Rotated text (a margin note turned 90°) is no part of the reading order.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
    runs.push({ x, y, width: item.width, size: Math.abs(d) || item.height, text: item.str });
  }
  page.cleanup();
  return runs;
}

/** The text of a PDF; throws ImportError ('invalid_pdf', 'pdf_no_text', 'pdf_too_large', 'too_large'). */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  await checkPdfStreams(bytes);
  const pdf = await open(bytes);
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new ImportError('pdf_too_large');
    const pages: TextRun[][] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const runs = await pageRuns(pdf, n);
      chars += runs.reduce((sum, r) => sum + r.text.length, 0);
      if (chars > MAX_TEXT_BYTES) throw new ImportError('too_large');
      pages.push(runs);
    }
    if (chars === 0) throw new ImportError('pdf_no_text');
    return layoutPages(pages);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('invalid_pdf');
  } finally {
    await pdf.destroy();
  }
}
