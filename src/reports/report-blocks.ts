/**
 * A report as an ordered list of blocks, independent of the output format,
 * for the reports that carry tables and charts (the uppföljning and the
 * lägesbild). The PDF and the Word renderer both walk the same list, so the
 * two files always say the same thing in the same order.
 */
import type { ChartSvg } from './charts.ts';
import { splitProse } from './text-sv.ts';

export type Tone = 'normal' | 'muted' | 'alert';

export type TableBlock = {
  kind: 'table';
  /** Column titles with their share of the width (the shares add up to 1). */
  columns: { title: string; share: number }[];
  rows: string[][];
};

export type ReportBlock =
  /** `newPage` starts the heading on a fresh page, e.g. a section that may be taken out. */
  | { kind: 'heading'; level: 1 | 2; text: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; tone: Tone }
  | { kind: 'bullet'; text: string }
  /** A framed box: a headline in large type and a few lines under it. */
  | { kind: 'facts'; headline: string; lines: string[] }
  /** A coloured band that marks what follows, e.g. SEKRETESS. */
  | { kind: 'banner'; text: string; tone: 'alert' | 'info' }
  | { kind: 'chart'; chart: ChartSvg; caption: string }
  | TableBlock;

export type ReportMark = { text: string; tone: 'alert' | 'info' };

export type Report = {
  /** The small capitals above the title, e.g. "UPPFÖLJNING". */
  kicker: string;
  title: string;
  subtitle: string[];
  /** UTKAST: the draft line under the title and the stamp on every page. */
  isDraft: boolean;
  /**
   * A classification on every page, e.g. "ÖPPEN VERSION": stamped at the top
   * of each PDF page and carried by the Word footer. The report's blocks
   * should open with a banner that explains it.
   */
  mark: ReportMark | null;
  /** Metadata of the file. */
  subject: string;
  author: string;
  blocks: ReportBlock[];
};

export type ReportRenderOptions = {
  /** The print date shown in the footer and the file's metadata; now when left out. */
  generatedAt?: Date;
};

/** Charts are drawn at this width in points: the text width of a portrait A4 page. */
export const CHART_WIDTH = 470;

/** The Word footer's title: the mark travels with it, so every printed page carries it. */
export function footerTitle(report: Report): string {
  return report.mark ? `${report.title} – ${report.mark.text}` : report.title;
}

export const DRAFT_LINE = 'UTKAST – detta är ett förslag som ännu inte är fastställt';

/** Written text as paragraphs and bullets, or a muted line saying nothing is written yet. */
export function proseBlocks(text: string | null | undefined, whenEmpty: string): ReportBlock[] {
  const prose = splitProse(text);
  if (prose.length === 0) return [{ kind: 'paragraph', text: whenEmpty, tone: 'muted' }];
  return prose.map(
    (block): ReportBlock =>
      block.kind === 'bullet'
        ? { kind: 'bullet', text: block.text }
        : { kind: 'paragraph', text: block.text, tone: 'normal' },
  );
}
