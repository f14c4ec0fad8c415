import { describe, expect, it } from 'vitest';
import { chartPng } from './charts-docx.ts';
import { drawChartPdf } from './charts-pdf.ts';
import { readPainting } from './charts-read.ts';
import { chartHeight, fitLabel, measureTextWidth, renderBarChartSvg, type BarChartSpec } from './charts.ts';
import { collectPdf, createPdf } from './pdf-common.ts';
import { readPdf } from './test-read.ts';

function spec(over: Partial<BarChartSpec> = {}): BarChartSpec {
  return {
    categories: ['Narkotika', 'Trafik på E4:an genom Töre', 'Ordningsstörningar'],
    series: [
      { name: 'Trygghetsmätning', color: '#0b3a6e', values: [3, 4, null] },
      { name: 'EST-rapporter', color: '#5f8f3e', values: [1, 2, 1], labels: ['4', '6', '1'] },
    ],
    stacked: true,
    width: 470,
    title: 'Poäng per problem',
    description: 'Narkotika 4, Trafik 6, Ordningsstörningar 1.',
    ...over,
  };
}

function barsIn(svg: string, color: string): number {
  return [...svg.matchAll(new RegExp(`<path [^>]*fill="${color}"[^>]*ecmeta_ssr_type="chart"`, 'g'))].length;
}

describe('renderBarChartSvg', () => {
  it('draws one path per bar in its series colour, sized by the number of categories, without styles or images', () => {
    const chart = renderBarChartSvg(spec());
    expect(chart.svg).toMatch(/^<svg [^>]*width="470" height="128"/);
    expect(chart.height).toBe(chartHeight(3));
    expect(barsIn(chart.svg, '#0b3a6e')).toBe(2);
    expect(barsIn(chart.svg, '#5f8f3e')).toBe(3);
    expect(chart.svg).not.toContain('<style');
    expect(chart.svg).not.toContain('<image');
    expect(chart.svg).toContain('>Trafik på E4:an genom Töre</text>');
    expect(chart.svg).toContain('>Trygghetsmätning</text>');
  });

  it('grows with the number of bars', () => {
    const categories = Array.from({ length: 10 }, (_, i) => `Problem ${i + 1}`);
    const many = renderBarChartSvg(
      spec({ categories, series: [{ name: 'A', color: '#123456', values: Array(10).fill(1) }] }),
    );
    expect(many.height).toBe(chartHeight(10));
    expect(many.height).toBeGreaterThan(chartHeight(3));
    expect(barsIn(many.svg, '#123456')).toBe(10);
  });

  it('shortens long labels with an ellipsis so they fit, and composes decomposed letters', () => {
    const long = 'Genomföra i snitt fyra samtal med invånare per vecka i Kalix centrum och i Töre';
    const fitted = fitLabel(long, 150);
    expect(fitted.endsWith('…')).toBe(true);
    expect(measureTextWidth(fitted, 9)).toBeLessThanOrEqual(150);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitLabel('Trafik', 150)).toBe('Trafik');
    expect(fitLabel('Tra\u0308ff', 150)).toBe('Träff');
  });
});

describe('a chart in the PDF and in Word', () => {
  it('is drawn into the PDF as filled vector paths with selectable labels and no image', async () => {
    const chart = renderBarChartSvg(spec());
    const doc = createPdf({
      title: 'Diagram',
      subject: 'Test',
      author: 'Test',
      layout: 'portrait',
      generatedAt: new Date('2024-03-05T10:00:00Z'),
    });
    const bytes = collectPdf(doc);
    drawChartPdf(doc, chart, doc.page.margins.left, doc.page.margins.top);
    doc.end();
    const pdf = await bytes;
    const [page] = await readPainting(pdf);
    // Every bar plus one legend key per series.
    expect(page?.fills.get('#0b3a6e')).toBe(3);
    expect(page?.fills.get('#5f8f3e')).toBe(4);
    expect(page?.images).toBe(0);
    const text = (await readPdf(pdf)).text;
    expect(text).toContain('Trafik på E4:an genom Töre');
    expect(text).toContain('Ordningsstörningar');
  });

  it('has a PNG fallback for Word at twice the printed size', () => {
    const chart = renderBarChartSvg(spec());
    const png = chartPng(chart);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(Math.round(470 * (96 / 72) * 2));
    expect(png.readUInt32BE(20)).toBeGreaterThan(250);
  });
});
