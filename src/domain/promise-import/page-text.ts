/**
 * Repairs the layout that text copied out of a Word file or a PDF carries,
 * before the lines are read as blocks (pure, one pass per rule):
 * - page furniture: page numbers alone on a line ("3", "Sida 3 av 4"), a
 *   running header or footer that ends in one ("Medborgarlöfte Gävle 2025
 *   Sida 2 av 4"), and a table of contents (dot leaders, or the lines under
 *   "Innehåll" that end in a page number) are dropped;
 * - a word hyphenated at a line end is joined again ("trygg-" + "het"),
 *   while "gång- och" keeps its hyphen;
 * - a table flattened to text becomes tab-separated rows, which is how the
 *   importer reads a plan table: cells separated by " | " on two or more
 *   lines in a row, or one cell per line under a header whose lines each
 *   name a column ("Aktivitet" / "Ansvarig" / "När"), or an activity
 *   written as label lines ("Aktivitet: …", "Ansvarig: …", "När: …").
 */
import { columnOf } from './table.ts';

/** "3", "- 3 -", "Sida 3", "Sida 3 av 4", "s. 3", "3 (4)", "3/4". */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:sida\s+|page\s+|s\.\s*)?\d{1,3}(?:\s*(?:av|of|\/|\()\s*\d{1,3}\)?)?(?:\s*[-–—])?$/iu;
/** A running header or footer: a short text ending in "Sida 3 av 4" or "Sida 3 (4)". */
const RUNNING = /(?:^|\s)(?:sida|page)\s+\d{1,3}\s*(?:(?:av|of|\/)\s*\d{1,3}|\(\d{1,3}\))$/iu;
/** "Medborgarlöfte Gävle    Sida 3": set apart by a tab or a wide space (a sentence's "se sida 3" is not). */
const RUNNING_APART = /(?:^|\t| {2,}|\|\s*)(?:Sida|Page)\s+\d{1,3}\s*$/u;
/** "Bakgrund ........ 3": a line of a table of contents. */
const DOT_LEADER = /\S\s*(?:\.\s?){4,}\s*\d{1,3}$/u;
const CONTENTS = /^(innehåll|innehållsförteckning)\s*:?$/iu;
/** "Bakgrund   3", "2. Våra löften 4": a line of a table of contents without leaders. */
const CONTENTS_LINE = /^\S.{1,80}?\s\d{1,3}$/u;

const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

function dropFurniture(lines: string[]): string[] {
  const out: string[] = [];
  let inContents = false;
  lines.forEach((line, i) => {
    const t = line.trim().replace(/\s+/gu, ' ');
    if (CONTENTS.test(t)) {
      inContents = true;
      return;
    }
    if (inContents) {
      if (t === '') {
        inContents = false;
        out.push(line);
        return;
      }
      if (CONTENTS_LINE.test(t) || DOT_LEADER.test(t)) return;
      inContents = false;
    }
    const alone = blank(lines[i - 1]) || blank(lines[i + 1]);
    const running = t.length <= 120 && (RUNNING.test(t) || RUNNING_APART.test(line));
    if ((alone && PAGE_NUMBER.test(t)) || running || DOT_LEADER.test(t)) return;
    out.push(line);
  });
  return out;
}

/** Words that follow a hyphen kept open: "gång- och cykelväg", "barn- eller ungdomsverksamhet". */
const OPEN_HYPHEN = /^(och|eller|samt|respektive|som|till)(?![\p{L}])/u;

function joinHyphenated(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const next = line.trimStart();
    if (last !== undefined && /\p{Ll}-$/u.test(last.trimEnd()) && /^\p{Ll}/u.test(next) && !OPEN_HYPHEN.test(next)) {
      out[out.length - 1] = `${last.trimEnd().slice(0, -1)}${next}`;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** "Aktivitet | Ansvarig | När": cells between bars, without the bars at the ends that Markdown puts. */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  if (t.startsWith('|') || !t.includes(' | ')) return null;
  const cells = t.split(/\s+\|\s+/u).map((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => c !== '') ? cells : null;
}

function pipeRows(lines: string[]): string[] {
  const cells = lines.map(pipeCells);
  return lines.map((line, i) => {
    const own = cells[i];
    if (!own) return line;
    const neighbour = [cells[i - 1], cells[i + 1]].some((c) => c && c.length === own.length);
    return neighbour ? own.join('\t') : line;
  });
}

/** A header written one cell per line: two or more lines in a row, each a column name, at least one of them Vad-like. */
function cellHeader(lines: string[], i: number): number {
  let k = i;
  while (k < lines.length && columnOf((lines[k] ?? '').trim()) !== undefined) k++;
  const names = lines.slice(i, k).map((l) => columnOf(l.trim()));
  return k - i >= 2 && names.includes('what') ? k - i : 0;
}

function cellPerLine(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const width = blank(lines[i - 1]) || i === 0 ? cellHeader(lines, i) : 0;
    if (width === 0) {
      out.push(lines[i] ?? '');
      continue;
    }
    let end = i + width;
    while (end < lines.length && !blank(lines[end])) end++;
    const cells = lines.slice(i, end).map((l) => l.trim());
    if (cells.length % width !== 0 || cells.length === width) {
      out.push(lines[i] ?? '');
      continue;
    }
    for (let r = 0; r < cells.length; r += width) out.push(cells.slice(r, r + width).join('\t'));
    i = end - 1;
  }
  return out;
}

/** "Ansvarig: Polisen": a label naming a plan column, then its value. */
function labelled(line: string | undefined): [string, string] | null {
  const m = /^\s*([\p{L}][\p{L} /]{1,24}?)\s*:\s+(\S.*)$/u.exec(line ?? '');
  return m?.[1] && m[2] && columnOf(m[1]) !== undefined ? [m[1], m[2].trim()] : null;
}

/**
 * An activity written as label lines ("Aktivitet: …" / "Ansvarig: …" /
 * "När: …") is one plan row: the labels become its header row.
 */
function labelRecords(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (labelled(lines[end])) end++;
    const pairs = lines.slice(i, end).map(labelled) as Array<[string, string]>;
    if (pairs.length < 2 || !pairs.some(([label]) => columnOf(label) === 'what')) {
      out.push(lines[i] ?? '');
      continue;
    }
    out.push(pairs.map(([label]) => label).join('\t'), pairs.map(([, value]) => value).join('\t'));
    i = end - 1;
  }
  return out;
}

export function repairPageText(lines: string[]): string[] {
  // Tables written one cell per line first: a last cell of only a figure ("4") is not a page number.
  return labelRecords(pipeRows(joinHyphenated(dropFurniture(cellPerLine(lines)))));
}
