/**
 * A chart in Word: the SVG itself, which Word (2016 and later) draws as
 * vectors, with a PNG of it as the fallback older readers show. The PNG is
 * rendered by resvg with the Inter font shipped as an npm package, so it
 * looks the same on every server. The text alternative is the chart in
 * words, for screen readers.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { ImageRun, Paragraph } from 'docx';
import type { ChartSvg } from './charts.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

/** Points to Word's pixels (96 per inch). */
const PX_PER_PT = 96 / 72;
/** The PNG is drawn at twice the printed size so it stays sharp on paper. */
const PNG_SCALE = 2;

export function chartPng(chart: ChartSvg): Buffer {
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: 'width', value: Math.round(chart.width * PX_PER_PT * PNG_SCALE) },
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  });
  return Buffer.from(resvg.render().asPng());
}

export function chartParagraph(chart: ChartSvg): Paragraph {
  const transformation = { width: Math.round(chart.width * PX_PER_PT), height: Math.round(chart.height * PX_PER_PT) };
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(chart.svg, 'utf8'),
        fallback: { type: 'png', data: chartPng(chart) },
        transformation,
        altText: { name: chart.title, title: chart.title, description: chart.description },
      }),
    ],
  });
}
