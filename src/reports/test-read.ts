/**
 * Reading reports back the way a reader's software does: the PDF's text
 * per page through pdf.js (the engine of Firefox's viewer), and the Word
 * file's parts by unzipping it. Used by the report tests only.
 */
import { strFromU8, unzipSync } from 'fflate';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js needs the metrics of the standard fonts (Helvetica) to lay text out.
const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

export type PdfRead = { pages: string[]; text: string; info: Record<string, unknown> };

/** Whitespace collapsed, so a sentence wrapped over two lines reads as one. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function readPdf(bytes: Buffer): Promise<PdfRead> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(squash(text.replace(/\n/g, ' ')));
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, text: pages.join(' '), info: meta.info as Record<string, unknown> };
}

/** The named parts of a .docx (a zip), as text. */
export function readDocx(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The visible text of one paragraph-level XML fragment, runs joined. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Each <w:p> of a Word part with its style id and text. */
export function paragraphs(xml: string): { style: string | null; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(match[0]);
    return { style: style?.[1] ?? null, text: xmlText(match[0]), xml: match[0] };
  });
}
