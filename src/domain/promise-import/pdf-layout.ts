/**
 * Lays out the positioned text runs of a PDF's pages as the plain text the
 * importer reads (pure: no pdf.js here, see pdf-text.ts for that):
 * - runs on one baseline become a line; a wide gap splits a line into segments;
 * - lines whose segments leave the same vertical gutters free form a block: one
 *   gutter between two wide halves is two text columns (left read before right),
 *   more gutters (or a narrow label column) are a table, written as
 *   tab-separated rows, which is how the importer recognises a plan table;
 * - lines repeated at the top or bottom of the pages (running headers, footers)
 *   and page numbers are dropped;
 * - a line that fills its column continues on the next line; a word hyphenated
 *   at the line end is joined again ("trygghets-" + "vandring");
 * - larger type becomes a Markdown heading; a wider space between lines a new paragraph.
 */

/** One run of text with its baseline position (PDF points, y upwards) and font size. */
export interface TextRun {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

const MARKER = /^(?:[•●○◦▪■□➢➤►▶‣∙·⁃\-*–—\uf0b7\uf0a7\uf076\uf0d8✓✔➔→◆◇❖]|\d{1,2}[.)]|[a-zA-Z]\))$/u;
/** A gap wider than this many font sizes separates segments (columns, cells) rather than words. */
const SEGMENT_GAP = 1.2;

/** Runs on the same baseline, left to right; a marker alone (a bullet drawn apart from its text) joins what follows. */
function toLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; size: number; runs: TextRun[] }> = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) < 0.4 * Math.min(line.size, run.size)) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((l) => ({ y: l.y, size: l.size, segments: toSegments(l.runs.sort((a, b) => a.x - b.x)) }));
}

function toSegments(runs: TextRun[]): Segment[] {
  const segments: Segment[] = [];
  for (const run of runs) {
    const last = segments[segments.length - 1];
    const gap = last ? run.x - last.x1 : 0;
    if (last && (gap < SEGMENT_GAP * run.size || MARKER.test(last.text.trim()))) {
      const space = gap > 0.15 * run.size && !/\s$/u.test(last.text) && !/^\s/u.test(run.text) ? ' ' : '';
      last.text += space + run.text;
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else segments.push({ x0: run.x, x1: run.x + run.width, text: run.text });
  }
  for (const s of segments) s.text = s.text.replace(/\s+/gu, ' ').trim();
  return segments;
}

const PAGE_NUMBER = /^(?:sida\s+|page\s+|s\.\s*)?\d{1,3}(?:\s*(?:av|of|\/|\()\s*\d{1,3}\)?)?$/iu;

function lineText(line: Line): string {
  return line.segments.map((s) => s.text).join(' ');
}

/** Digits vary from page to page in a running footer ("Sida 2 av 5"), so they are compared as '#'. */
function shape(line: Line): string {
  return lineText(line).toLowerCase().replace(/\d+/gu, '#');
}

/** The first and last two lines of each page: where running headers, footers and page numbers sit. */
function edges(lines: Line[]): Line[] {
  return lines.length <= 4 ? lines : [...lines.slice(0, 2), ...lines.slice(-2)];
}

/** Drops page numbers and lines repeated at the page edges on at least half the pages (and at least two). */
export function dropRunningLines(pages: Line[][]): Line[][] {
  const seen = new Map<string, number>();
  for (const page of pages) for (const s of new Set(edges(page).map(shape))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const repeated = (l: Line): boolean =>
    pages.length >= 2 && (seen.get(shape(l)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page) => {
    const edge = new Set(edges(page));
    // A table's header row repeated on every page is no running header: the importer needs it (three cells or more).
    const running = (l: Line): boolean => (repeated(l) && l.segments.length < 3) || PAGE_NUMBER.test(lineText(l));
    return page.filter((l) => !(edge.has(l) && running(l)));
  });
}

interface Gutter {
  x0: number;
  x1: number;
}

function gapsOf(line: Line, minWidth: number): Gutter[] {
  const out: Gutter[] = [];
  line.segments.forEach((s, i) => {
    const next = line.segments[i + 1];
    if (next && next.x0 - s.x1 >= minWidth) out.push({ x0: s.x1, x1: next.x0 });
  });
  return out;
}

/** What is left of the gutters once the line's segments are laid over them. */
function narrow(gutters: Gutter[], line: Line, minWidth: number): Gutter[] {
  let out = gutters;
  for (const s of line.segments) {
    out = out.flatMap((g) => {
      if (s.x1 <= g.x0 || s.x0 >= g.x1) return [g];
      const parts = [
        { x0: g.x0, x1: s.x0 },
        { x0: s.x1, x1: g.x1 },
      ];
      return parts.filter((p) => p.x1 - p.x0 >= minWidth);
    });
  }
  return out;
}

export interface Block {
  lines: Line[];
  gutters: Gutter[];
}

/** Consecutive lines sharing the same free gutters; a line that crosses them all, or a wide vertical gap, ends the block. */
function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const minWidth = SEGMENT_GAP * line.size;
    const block = blocks[blocks.length - 1];
    const previous = block?.lines[block.lines.length - 1];
    const farBelow = previous !== undefined && previous.y - line.y > 3 * line.size;
    const kept = block && block.gutters.length > 0 && !farBelow ? narrow(block.gutters, line, minWidth) : [];
    // A line with more columns than the one or two lines above starts its own block: those were a row's
    // end carried over from the page before, or a lone line, not the table's header.
    const moreColumns = block !== undefined && block.lines.length <= 2 && gapsOf(line, minWidth).length > kept.length;
    if (block && kept.length === block.gutters.length && kept.length > 0 && !moreColumns) {
      block.lines.push(line);
      block.gutters = kept;
    } else if (block && block.gutters.length === 0 && gapsOf(line, minWidth).length === 0) {
      block.lines.push(line);
    } else blocks.push({ lines: [line], gutters: gapsOf(line, minWidth) });
  }
  return blocks;
}

/** Joins a line to the text before it, undoing hyphenation at the line end ("polis- och" keeps its hyphen and space). */
export function joinLine(before: string, after: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) {
    return /^(och|eller|samt|respektive|som)(?!\p{L})/u.test(after)
      ? `${before} ${after}`
      : before.slice(0, -1) + after;
  }
  // "Kalix-" + "Haparanda": a name with a hyphen of its own, broken at it.
  if (/\p{L}-$/u.test(before) && /^\p{Lu}/u.test(after)) return before + after;
  if (before === '') return after;
  return `${before} ${after}`;
}

export interface Style {
  /** The size most of the text is set in. */
  body: number;
  /** The largest size: the title. */
  largest: number;
}

/** Roughly how wide a word is set: half the font size a character, as in the common sans-serif fonts. */
function wordWidth(word: string, size: number): number {
  return (word.length + 1) * 0.5 * size;
}

interface OpenLine {
  text: string;
  /** Where the last line of it ended, and its baseline. */
  end: number;
  y: number;
}

/**
 * One column of running text: a line continues the one before when the first word of it would not have fitted
 * at the end of that one (the line was wrapped); a wider space between lines starts a paragraph; larger type is a heading.
 */
function flowText(lines: Line[], style: Style): string {
  const right = Math.max(...lines.flatMap((l) => l.segments.map((s) => s.x1)));
  const out: string[] = [];
  let open: OpenLine | null = null;
  const close = (blank: boolean): void => {
    if (open) out.push(open.text, ...(blank ? [''] : []));
    open = null;
  };
  for (const line of lines) {
    const text = line.segments.map((s) => s.text).join(' ');
    const end = Math.max(...line.segments.map((s) => s.x1));
    if (line.size >= style.body * 1.15 && text.length <= 120) {
      close(true);
      out.push(`${line.size >= style.largest * 0.95 ? '#' : '##'} ${text}`, '');
      continue;
    }
    const current: OpenLine | null = open;
    const first = text.split(' ')[0] ?? '';
    const newParagraph = current !== null && current.y - line.y > 1.6 * line.size;
    const wrapped = current !== null && current.end + wordWidth(first, line.size) >= right;
    if (current && wrapped && !newParagraph && !MARKER.test(first)) {
      current.text = joinLine(current.text, text);
      current.end = end;
      current.y = line.y;
    } else {
      close(newParagraph);
      open = { text, end, y: line.y };
    }
  }
  close(true);
  return out.join('\n');
}

function columnOf(x: number, gutters: Gutter[]): number {
  const i = gutters.findIndex((g) => x < (g.x0 + g.x1) / 2);
  return i < 0 ? gutters.length : i;
}

/** A table: each row's cells as one tab-separated line. A row starts where the space between lines is wider. */
function tableText(block: Block): string {
  const steps = block.lines.slice(1).map((l, i) => (block.lines[i]?.y ?? l.y) - l.y);
  // The step of a wrapped line inside a cell: the smallest seen, and at most what one line of the type takes.
  const size = Math.min(...block.lines.map((l) => l.size));
  const step = Math.min(...steps, 1.2 * size);
  // Rows set without any space between them cannot be told from wrapped lines: then each line is a row.
  const spaced = steps.some((s) => s > step * 1.3);
  const rows: string[][] = [];
  block.lines.forEach((line, i) => {
    const startsRow = i === 0 || !spaced || (steps[i - 1] ?? 0) > step * 1.3;
    if (startsRow) rows.push(Array.from({ length: block.gutters.length + 1 }, () => ''));
    const row = rows[rows.length - 1] as string[];
    for (const s of line.segments) {
      const c = columnOf((s.x0 + s.x1) / 2, block.gutters);
      row[c] = joinLine(row[c] ?? '', s.text);
    }
  });
  return rows.map((cells) => cells.join('\t')).join('\n');
}

/** Two wide halves with one gutter between them are text columns; anything else with gutters is a table. */
function twoColumns(block: Block): boolean {
  const gutter = block.gutters[0];
  if (!gutter || block.gutters.length !== 1 || block.lines.length < 2) return false;
  const left = Math.min(...block.lines.flatMap((l) => l.segments.map((s) => s.x0)));
  const right = Math.max(...block.lines.flatMap((l) => l.segments.map((s) => s.x1)));
  return Math.min(gutter.x0 - left, right - gutter.x1) >= 0.3 * (right - left);
}

function isTable(block: Block): boolean {
  return block.gutters.length > 0 && !twoColumns(block);
}

function blockText(block: Block, style: Style): string {
  if (block.gutters.length === 0) return flowText(block.lines, style);
  if (!twoColumns(block)) return tableText(block);
  const gutter = block.gutters[0] as Gutter;
  const side = (l: Line, first: boolean): Line | null => {
    const segments = l.segments.filter((s) => s.x1 <= gutter.x1 === first);
    return segments.length > 0 ? { ...l, segments } : null;
  };
  const leftLines = block.lines.map((l) => side(l, true)).filter((l): l is Line => l !== null);
  const rightLines = block.lines.map((l) => side(l, false)).filter((l): l is Line => l !== null);
  return `${flowText(leftLines, style)}\n${flowText(rightLines, style)}`;
}

/** The body size (by characters) and the largest size of the document. */
function styleOf(pages: Line[][]): Style {
  const chars = new Map<number, number>();
  let largest = 0;
  for (const line of pages.flat()) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + lineText(line).length);
    largest = Math.max(largest, size);
  }
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? largest;
  return { body, largest };
}

/** The text of the pages' runs, in reading order, as the importer reads it. */
export function layoutPages(pages: TextRun[][]): string {
  const lined = dropRunningLines(pages.map(toLines));
  const style = styleOf(lined);
  let text = '';
  let lastWasTable = false;
  for (const page of lined) {
    for (const block of toBlocks(page)) {
      const table = isTable(block);
      // A table running on from the page before stays one table: its rows follow without a blank line.
      const joint = text === '' ? '' : table && lastWasTable ? '\n' : '\n\n';
      text += joint + blockText(block, style).replace(/\n+$/u, '');
      lastWasTable = table;
    }
  }
  return `${text.replace(/\n{3,}/gu, '\n\n').trim()}\n`;
}
