/**
 * Turns normalised lines into blocks: headings (Markdown or plain), prose
 * paragraphs, bullets (any common marker, numbered or not) and table rows
 * (tab-separated or Markdown pipes). Plain headings are recognised by shape,
 * because most promise documents are pasted from Word or web pages and carry
 * no markup at all.
 */
import { stripMarkup, tidy } from './text.ts';

export type MarkerClass = 'symbol' | 'number' | 'letter';

interface Span {
  /** First line (index into the normalised lines). */
  start: number;
  /** One past the last line. */
  end: number;
}

export interface HeadingBlock extends Span {
  kind: 'heading';
  text: string;
  level: number | null;
}
export interface ParagraphBlock extends Span {
  kind: 'paragraph';
  text: string;
}
export interface BulletBlock extends Span {
  kind: 'bullet';
  text: string;
  indent: number;
  marker: MarkerClass;
}
export interface RowBlock extends Span {
  kind: 'row';
  cells: string[];
}
export type Block = HeadingBlock | ParagraphBlock | BulletBlock | RowBlock;

const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** A bullet, a numbered item, or a lettered one ("a)", or "a." before a capital or digit, so "m. fl. …" stays text). */
const BULLET =
  /^([ \t]*)(?:([•●○◦▪■□☐☑☒❏❑➢➤►▶‣∙·⁃\-*–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e✓✔➔→◆◇❖])|(\d{1,2}[.)])|([a-zA-Z]\)|[a-z]\.(?=[ \t]+[\p{Lu}\d])))[ \t]+(\S.*)$/u;
/** Word's second-level bullet pasted as a letter: an indented "o " ("  o Kommunen bygger …"). */
const WORD_SUB_BULLET = /^([ \t]+)(o)()()[ \t]+(\S.*)$/u;
const MD_TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

type LineInfo =
  | { kind: 'blank' }
  | { kind: 'mdheading'; text: string; level: number }
  | { kind: 'bullet'; text: string; indent: number; marker: MarkerClass }
  | { kind: 'row'; cells: string[] }
  | { kind: 'text'; text: string; indent: number };

function indentWidth(ws: string): number {
  return ws.replace(/\t/g, '    ').length;
}

function classifyLine(raw: string): LineInfo {
  if (raw.trim() === '') return { kind: 'blank' };
  const md = MD_HEADING.exec(raw);
  if (md?.[1] && md[2] !== undefined) {
    const text = tidy(stripMarkup(md[2]));
    return text === '' ? { kind: 'blank' } : { kind: 'mdheading', text, level: md[1].length };
  }
  const b = BULLET.exec(raw) ?? WORD_SUB_BULLET.exec(raw);
  if (b?.[3] && b[5] !== undefined && isCapitalHeading(b[5])) {
    // "2. VÅRA LÖFTEN": a numbered heading in capitals, as Word's heading numbering comes out in text.
    return { kind: 'mdheading', text: tidy(stripMarkup(raw)), level: 2 };
  }
  if (b && b[5] !== undefined) {
    const marker: MarkerClass = b[2] ? 'symbol' : b[3] ? 'number' : 'letter';
    const text = tidy(stripMarkup(b[5]).replace(/\t/g, ' '));
    if (text !== '') return { kind: 'bullet', text, indent: indentWidth(b[1] ?? ''), marker };
  }
  const trimmed = raw.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
    if (MD_TABLE_SEPARATOR.test(trimmed)) return { kind: 'blank' };
    return {
      kind: 'row',
      cells: trimmed
        .slice(1, -1)
        .split('|')
        .map((c) => tidy(stripMarkup(c))),
    };
  }
  if (raw.includes('\t')) {
    const cells = trimmed.split('\t').map((c) => tidy(stripMarkup(c)));
    if (cells.filter((c) => c !== '').length >= 2) return { kind: 'row', cells };
  }
  const indent = indentWidth(/^[ \t]*/.exec(raw)?.[0] ?? '');
  return { kind: 'text', text: tidy(stripMarkup(raw)).replace(/\t/g, ' '), indent };
}

/** "VÅRA LÖFTEN", "BAKGRUND OCH LÄGESBILD": letters, all of them capitals, and short. */
function isCapitalHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t) && !/[.!?]$/u.test(t);
}

const WRAPPED_END =
  /\s(i|på|och|för|med|till|av|som|om|vid|samt|eller|mot|från|en|ett|längs|inom|hos|genom|mellan|både|sin|sina|den|det|de)$/u;

/** A short line that reads as a title: no closing full stop, starts with a capital or digit. */
export function isHeadingLike(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (text.length < 2 || text.length > 110) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;!?]$/.test(text)) return false;
  // "… längs fem skolvägar i": a line wrapped mid-sentence ends with a word no title ends with.
  if (WRAPPED_END.test(text)) return false;
  return text.endsWith(':') ? words <= 14 : words <= 12;
}

interface Pending {
  lines: string[];
  start: number;
}

/** A row written alone between prose (one stray tab) is prose, not a table. */
function demoteLoneRows(infos: LineInfo[], lines: string[]): void {
  const nonBlank = infos.map((info, i) => ({ info, i })).filter((x) => x.info.kind !== 'blank');
  nonBlank.forEach(({ info, i }, k) => {
    if (info.kind !== 'row') return;
    const strong = info.cells.filter((c) => c !== '').length >= 3;
    const neighbour = [nonBlank[k - 1], nonBlank[k + 1]].some((n) => n?.info.kind === 'row');
    if (!strong && !neighbour) {
      infos[i] = { kind: 'text', text: tidy(stripMarkup(lines[i] ?? '').replace(/\t/g, ' ')), indent: 0 };
    }
  });
}

export function parseBlocks(lines: string[]): Block[] {
  const infos = lines.map(classifyLine);
  demoteLoneRows(infos, lines);
  const blocks: Block[] = [];
  let para: Pending | null = null;
  let sawBlank = true;

  const flush = (end: number): void => {
    if (!para) return;
    if (unmarkedItems(para, blocks[blocks.length - 1])) {
      para.lines.forEach((line, k) => {
        const at = (para as Pending).start + k;
        blocks.push({ kind: 'bullet', text: line, indent: 0, marker: 'symbol', start: at, end: at + 1 });
      });
      para = null;
      return;
    }
    const text = para.lines.join(' ');
    const single = para.lines.length === 1;
    blocks.push(
      single && isHeadingLike(text)
        ? { kind: 'heading', text, level: null, start: para.start, end }
        : { kind: 'paragraph', text, start: para.start, end },
    );
    para = null;
  };

  infos.forEach((info, i) => {
    if (info.kind === 'blank') {
      flush(i);
      sawBlank = true;
      return;
    }
    if (info.kind !== 'text') {
      flush(i);
      if (info.kind === 'mdheading')
        blocks.push({ kind: 'heading', text: info.text, level: info.level, start: i, end: i + 1 });
      else if (info.kind === 'bullet')
        blocks.push({
          kind: 'bullet',
          text: info.text,
          indent: info.indent,
          marker: info.marker,
          start: i,
          end: i + 1,
        });
      else blocks.push({ kind: 'row', cells: info.cells, start: i, end: i + 1 });
      sawBlank = false;
      return;
    }
    const last = blocks[blocks.length - 1];
    if (!para && !sawBlank && last?.kind === 'bullet' && continuesBullet(last, info)) {
      last.text = `${last.text} ${info.text}`;
      last.end = i + 1;
    } else if (para && !sawBlank) {
      para = extendParagraph(para, info.text, i, blocks);
    } else {
      flush(i);
      para = { lines: [info.text], start: i };
    }
    sawBlank = false;
  });
  flush(lines.length);
  return blocks;
}

/** Infinitives that open a promised activity ("Genomföra minst …", "Besöka …"). */
export const ACTIVITY_VERB =
  /^(genomföra|utföra|öka|minska|arbeta|besöka|arrangera|anordna|erbjuda|delta|bedriva|hålla|informera|utbilda|kontrollera|patrullera|prioritera|planera|planlägga|stärka|synas|samverka|fortsätta|utveckla|skapa|upprätta|träffa|göra|ha|verka|bistå|medverka|ordna|genomför|jobba|rikta|utöka|bjuda|närvara)(?![\p{L}])/iu;

/** "I år lovar polisen och kommunen:", "Kommunen åtar sig följande:". */
const PROMISE_INTRO = /(?<![\p{L}])(lovar|åtar sig|ska|skall|kommer att)(?![\p{L}])[^:.]*:\s*$/iu;

/**
 * Lines that follow "… lovar att:" or "… lovar:" without bullet markers (lost when text is
 * copied) are list items when each opens with an activity verb.
 */
function unmarkedItems(para: Pending, above: Block | undefined): boolean {
  if (!above || (above.kind !== 'heading' && above.kind !== 'paragraph')) return false;
  const intro = /(?<![\p{L}])att\s*:\s*$/u.test(above.text) || PROMISE_INTRO.test(above.text);
  if (!intro) return false;
  return para.lines.every((line) => ACTIVITY_VERB.test(line.replace(/^att\s+/iu, '')) || /^\p{Ll}/u.test(line));
}

function continuesBullet(bullet: BulletBlock, line: { text: string; indent: number }): boolean {
  if (line.indent > bullet.indent) return true;
  if (/^[\p{Ll}(]/u.test(line.text)) return true;
  return !/[.!?:)]$/.test(bullet.text) && !isHeadingLike(line.text);
}

/**
 * A heading typed directly above its text ("Inledning\nEtt effektivt …")
 * becomes its own block; a line wrapped mid-sentence joins the paragraph.
 */
function extendParagraph(para: Pending, text: string, index: number, blocks: Block[]): Pending {
  const first = para.lines[0] ?? '';
  if (para.lines.length === 1 && isHeadingLike(first) && /^[\p{Lu}\d]/u.test(text)) {
    blocks.push({ kind: 'heading', text: first, level: null, start: para.start, end: index });
    return { lines: [text], start: index };
  }
  para.lines.push(text);
  return para;
}
