/**
 * Draws a chart's SVG into the PDF as vector paths and text (svg-to-pdfkit),
 * so bars stay sharp at any zoom, print well, and the labels can be
 * selected and read aloud. No image is embedded.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartSvg } from './charts.ts';
import { FONT, type Pdf } from './pdf-common.ts';

/** Every label is set in the report's own embedded font, bold where the chart asks for it. */
function fontFor(_family: string, bold: boolean): string {
  return bold ? FONT.bold : FONT.regular;
}

export function drawChartPdf(doc: Pdf, chart: ChartSvg, x: number, y: number): void {
  const warnings: string[] = [];
  doc.save();
  // The typings describe the constructor where the drawing needs the document itself.
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], chart.svg, x, y, {
    width: chart.width,
    height: chart.height,
    assumePt: true,
    fontCallback: fontFor,
    warningCallback: (warning) => warnings.push(warning),
  });
  doc.restore();
  if (warnings.length > 0) throw new Error(`The chart could not be drawn as vectors: ${warnings.join('; ')}`);
}
