/**
 * The follow-up chart's value labels never sit on the "Mål" line or its
 * label: measured on the chart as drawn (the SVG svg-to-pdfkit paints 1:1)
 * and on the text of the PDF a reader opens.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { measureTextWidth, renderBarChartSvg, type BarChartSpec } from './charts.ts';
import { followUpItem, kalixFollowUp } from './follow-up-fixtures.ts';
import { renderFollowUpPdf } from './follow-up-report.ts';

type Box = { text: string; left: number; right: number; top: number; bottom: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every text of the SVG with its box (start- or middle-anchored, centred vertically on its y). */
function svgTexts(svg: string): Box[] {
  const texts = svg.matchAll(
    /<text [^>]*text-anchor="(start|middle|end)" style="font-size:([\d.]+)px;[^"]*"[^>]*?(?: y="([-\d.]+)")? transform="translate\(([-\d.]+) ([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g,
  );
  return [...texts].map(([, anchor, size, dy, x, y, text]) => {
    const width = measureTextWidth(text!, Number(size));
    const left = Number(x) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
    const middle = Number(y) + Number(dy ?? 0);
    return {
      text: text!,
      left,
      right: left + width,
      top: middle - Number(size) / 2,
      bottom: middle + Number(size) / 2,
    };
  });
}

/** The dashed reference line as a thin box. */
function dashedLine(svg: string): Box {
  const m = /<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"[^>]*stroke-dasharray/.exec(svg);
  if (!m) throw new Error('no dashed line');
  const x = Number(m[1]);
  return { text: 'line', left: x - 0.5, right: x + 0.5, top: Number(m[2]), bottom: Number(m[4]) };
}

const spec = (values: number[], labels: string[], max = 100): BarChartSpec => ({
  categories: values.map((_, i) => `${i + 1}. Löfte nummer ${i + 1}`),
  series: [{ name: 'Delvis uppfyllt', color: '#b86e00', values, labels }],
  stacked: true,
  width: 480,
  unit: ' %',
  max,
  interval: max > 100 ? 25 : 20,
  reference: { value: 100, label: 'Mål' },
  title: 'Andel av målet per löfte',
  description: 'Test',
});

describe('value labels beside the target line', () => {
  const cases: [string, number[], string[], number][] = [
    [
      '54 av 57 (95 %) up to 100 %',
      [95, 97, 99, 100, 60],
      ['54 av 57', '97 av 100', '1 234 av 1 250', '4 av 4', '3 av 5'],
      100,
    ],
    [
      'bars around the target on a 150 % axis',
      [90, 95, 101, 110, 150],
      ['9 av 10', '54 av 57', '101 av 100', '11 av 10', '30 av 20'],
      150,
    ],
  ];

  it.each(cases)(
    '%s: no label touches the line or "Mål", every label stays inside the chart',
    (_, values, labels, max) => {
      const chart = renderBarChartSvg(spec(values, labels, max));
      const texts = svgTexts(chart.svg);
      const line = dashedLine(chart.svg);
      const target = texts.find((t) => t.text === 'Mål')!;
      expect(target).toBeDefined();
      for (const label of labels) {
        const box = texts.find((t) => t.text === label);
        expect(box, label).toBeDefined();
        expect(overlaps(box!, line), `${label} on the line`).toBe(false);
        expect(overlaps(box!, target), `${label} on "Mål"`).toBe(false);
        expect(box!.right, `${label} inside the chart`).toBeLessThanOrEqual(chart.width);
      }
    },
  );
});

const PDFJS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/** The chart page's texts with their boxes in PDF points, as pdf.js lays them out. */
async function pdfTexts(bytes: Buffer): Promise<Box[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: PDFJS, isEvalSupported: false })
    .promise;
  const out: Box[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    for (const item of (await (await pdf.getPage(n)).getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , , , x, y] = item.transform as number[];
      out.push({ text: item.str.trim(), left: x!, right: x! + item.width, top: y! - 1, bottom: y! + item.height });
    }
  }
  await pdf.destroy();
  return out;
}

describe('the follow-up PDF', () => {
  it('prints "54 av 57" clear of the 100 % line and of "Mål"', async () => {
    const base = kalixFollowUp();
    const view = kalixFollowUp({
      items: [
        followUpItem('Genomföra minst 57 trafikkontroller under halvåret.', 'Trafik', 'delvis_uppfyllt', {
          done: 54,
          required: 57,
          activities: 54,
        }),
        ...base.items,
      ],
    });
    const texts = await pdfTexts(await renderFollowUpPdf(view, { generatedAt: new Date('2019-07-25T10:00:00Z') }));
    const label = texts.find((t) => t.text === '54 av 57')!;
    const hundred = texts.find((t) => t.text === '100 %')!;
    const target = texts.find((t) => t.text === 'Mål')!;
    expect(label && hundred && target).toBeTruthy();
    // The dashed line stands where the 100 % tick is centred.
    const lineX = (hundred.left + hundred.right) / 2;
    expect(label.left > lineX + 1 || label.right < lineX - 1, `label ${label.left}–${label.right}, line ${lineX}`).toBe(
      true,
    );
    expect(overlaps(label, target)).toBe(false);
  });
});
