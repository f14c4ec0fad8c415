/**
 * How a PDF paints, read through pdf.js' operator list: the filled paths per
 * fill colour, and every image drawn. The chart tests use it to prove a
 * chart is vector paths in the expected colours, not a picture. Used by
 * tests only.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

export type PaintedPage = {
  /** Filled paths per fill colour ("#2e7d32" → 9). */
  fills: Map<string, number>;
  /** Images painted on the page, of any kind. */
  images: number;
};

const FILL_OPS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
]);

function tally(fnArray: number[], argsArray: unknown[][]): PaintedPage {
  const fills = new Map<string, number>();
  let color = '#000000';
  let images = 0;
  fnArray.forEach((fn, index) => {
    const args = argsArray[index] ?? [];
    if (fn === OPS.setFillRGBColor && typeof args[0] === 'string') color = args[0].toLowerCase();
    // pdf.js hands a path over as [paint operator, path data, bounding box].
    if (fn === OPS.constructPath && FILL_OPS.has(args[0] as number)) fills.set(color, (fills.get(color) ?? 0) + 1);
    if (IMAGE_OPS.has(fn)) images += 1;
  });
  return { fills, images };
}

export async function readPainting(bytes: Buffer): Promise<PaintedPage[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const pages: PaintedPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const list = await (await pdf.getPage(number)).getOperatorList();
    pages.push(tally(list.fnArray, list.argsArray as unknown[][]));
  }
  await pdf.destroy();
  return pages;
}
