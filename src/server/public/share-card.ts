/**
 * The image card to share (1200 × 630, the size social media show): drawn
 * as SVG here and turned into PNG by resvg, with the Inter font shipped as
 * an npm package so it looks the same on every server.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { ShareCard } from '../../app/public/share.ts';
import { escapeHtml } from './html.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

/** Greedy wrapping by an average glyph width (Inter is about 0.55 em), at most `maxLines` lines. */
export function wrap(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.;:]*\S{0,3}$/, '')}…`;
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, weight: number, fill: string): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * size * 1.2}" font-family="Inter" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(l)}</text>`,
    )
    .join('');
}

export function shareCardSvg(card: ShareCard, words: { product: string; tagline: string; footer: string }): string {
  // A headline that needs two lines is set smaller; the detail gets what room is left above the footer.
  const big = wrap(card.headline, 64, 1040, 1).join('') === card.headline;
  const size = big ? 64 : 50;
  const headline = wrap(card.headline, size, 1040, 2);
  const detailY = 345 + (headline.length - 1) * size * 1.2 + 70;
  const detailLines = Math.max(0, Math.floor((535 - detailY) / 38.4) + 1);
  const detail = card.detail && detailLines ? wrap(card.detail, 32, 1040, detailLines) : [];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>
<rect width="${CARD_WIDTH}" height="110" fill="#0b4a8b"/>
${textLines([words.product], 80, 70, 40, 700, '#ffffff')}
${textLines(wrap(words.tagline, 28, 560, 1), 560, 70, 28, 400, '#ffffff')}
${textLines(wrap(card.kommunName, 72, 1040, 1), 80, 210, 72, 700, '#1a1a1a')}
${textLines(wrap(card.when, 36, 1040, 1), 80, 265, 36, 400, '#4a4a4a')}
${textLines(headline, 80, 345, size, 700, '#0b4a8b')}
${textLines(detail, 80, detailY, 32, 400, '#1a1a1a')}
${textLines(wrap(words.footer, 28, 1040, 1), 80, 585, 28, 400, '#4a4a4a')}
<rect y="${CARD_HEIGHT - 16}" width="${CARD_WIDTH}" height="16" fill="#0b4a8b"/>
</svg>`;
}

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  });
  return Buffer.from(resvg.render().asPng());
}
