/**
 * Plain text of a Word file (.docx) for the promise importer, read straight
 * from word/document.xml so that tables keep their shape: every table row
 * becomes one tab-separated line (a genomförandeplan stays a table), list
 * paragraphs become "• " bullets, heading styles become Markdown "#"
 * headings, and other paragraphs are separated by a blank line.
 */
import { InvalidZipError, readZipEntries } from '../guarded-unzip.ts';
import { ImportError } from './errors.ts';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attr(attrs: string, name: string): string | null {
  return new RegExp(`${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null;
}

function headingLevel(style: string): number | null {
  const numbered = /^(?:heading|rubrik)\s*(\d)$/iu.exec(style);
  if (numbered?.[1]) return Number(numbered[1]);
  return /^(title|rubrik|titel)$/iu.test(style) ? 1 : null;
}

const IGNORED = new Set(['w:tabs', 'mc:Fallback']);

interface Paragraph {
  text: string[];
  list: boolean;
  level: number | null;
}

interface Cell {
  paragraphs: string[];
}

interface Table {
  row: string[] | null;
  cell: Cell | null;
}

/** Walks the document XML tag by tag. Paragraphs nest when a text box sits inside one, hence the stack. */
class DocumentWalker {
  private readonly blocks: Array<{ text: string; tight: boolean }> = [];
  private readonly tables: Table[] = [];
  private readonly paragraphs: Paragraph[] = [];
  private inText = false;
  /** Inside tab-stop definitions or a compatibility fallback that repeats text. */
  private ignored = 0;

  private current(): Paragraph | undefined {
    return this.paragraphs[this.paragraphs.length - 1];
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    const p = this.current();
    if (IGNORED.has(name)) {
      if (!selfClosing) this.ignored++;
      return;
    }
    if (this.ignored > 0) return;
    if (name === 'w:p') {
      // A self-closing <w:p/> is closed at once by the caller, so it is pushed too.
      this.paragraphs.push({ text: [], list: false, level: null });
    } else if (name === 'w:t') {
      this.inText = !selfClosing;
    } else if (name === 'w:tbl') {
      this.tables.push({ row: null, cell: null });
    } else if (name === 'w:tr') {
      const t = this.tables[this.tables.length - 1];
      if (t) t.row = [];
    } else if (name === 'w:tc') {
      const t = this.tables[this.tables.length - 1];
      if (t) t.cell = { paragraphs: [] };
    } else if (p) {
      this.runContent(p, name, attrs);
    }
  }

  private runContent(p: Paragraph, name: string, attrs: string): void {
    const inCell = this.tables.length > 0;
    if (name === 'w:tab') p.text.push(inCell ? ' ' : '\t');
    else if (name === 'w:br' || name === 'w:cr') p.text.push(inCell ? ' ' : '\n');
    else if (name === 'w:noBreakHyphen') p.text.push('-');
    else if (name === 'w:numPr') p.list = true;
    else if (name === 'w:pStyle') {
      const style = attr(attrs, 'w:val') ?? '';
      p.level = headingLevel(style);
      if (/list|liststycke|punkt/iu.test(style)) p.list = true;
    }
  }

  close(name: string): void {
    if (IGNORED.has(name)) {
      this.ignored = Math.max(0, this.ignored - 1);
      return;
    }
    if (this.ignored > 0) return;
    if (name === 'w:t') this.inText = false;
    else if (name === 'w:p') this.endParagraph();
    else if (name === 'w:tc') this.endCell();
    else if (name === 'w:tr') this.endRow();
    else if (name === 'w:tbl') this.tables.pop();
  }

  text(raw: string): void {
    const p = this.current();
    if (this.inText && p) p.text.push(decodeXml(raw));
  }

  private endParagraph(): void {
    const p = this.paragraphs.pop();
    if (!p) return;
    const text = p.text
      .join('')
      .replace(/[ \u00a0]+/gu, ' ')
      .trim();
    const cell = this.tables[this.tables.length - 1]?.cell;
    if (cell) {
      if (text !== '') cell.paragraphs.push(text);
      return;
    }
    if (text === '') return;
    if (p.level !== null) this.blocks.push({ text: `${'#'.repeat(Math.min(p.level, 6))} ${text}`, tight: false });
    else if (p.list) this.blocks.push({ text: `• ${text}`, tight: true });
    else this.blocks.push({ text, tight: false });
  }

  private endCell(): void {
    const t = this.tables[this.tables.length - 1];
    if (!t?.cell) return;
    t.row?.push(t.cell.paragraphs.join(' ').replace(/\t/g, ' '));
    t.cell = null;
  }

  private endRow(): void {
    const t = this.tables[this.tables.length - 1];
    if (!t?.row) return;
    const cells = t.row;
    t.row = null;
    if (cells.every((c) => c === '')) return;
    const outer = this.tables[this.tables.length - 2];
    // A table inside a cell is flattened into that cell's text.
    if (outer?.cell) outer.cell.paragraphs.push(cells.filter((c) => c !== '').join(' '));
    else this.blocks.push({ text: cells.join('\t'), tight: true });
  }

  result(): string {
    let out = '';
    this.blocks.forEach((b, k) => {
      const previous = this.blocks[k - 1];
      if (k > 0) out += previous?.tight && b.tight ? '\n' : '\n\n';
      out += b.text;
    });
    return `${out}\n`;
  }
}

/** The text of word/document.xml, paragraphs and table rows as described above. */
export function documentXmlToText(xml: string): string {
  const walker = new DocumentWalker();
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w.-]*(?::[\w.-]+)?)([^>]*?)(\/?)>|([^<]+)/gu)) {
    if (m[5] !== undefined) walker.text(m[5]);
    else if (m[1] === '/') walker.close(m[2] ?? '');
    else {
      const selfClosing = m[4] === '/';
      walker.open(m[2] ?? '', m[3] ?? '', selfClosing);
      if (selfClosing && !IGNORED.has(m[2] ?? '')) walker.close(m[2] ?? '');
    }
  }
  return walker.result();
}

/**
 * Extracts the text of a .docx file. Throws ImportError('invalid_docx') for
 * anything else, and AppError('upload_inflates_too_much') for a zip bomb.
 */
export async function docxToText(buffer: Uint8Array): Promise<string> {
  let xml: Uint8Array | undefined;
  try {
    xml = (await readZipEntries(buffer, (name) => name === 'word/document.xml')).get('word/document.xml');
  } catch (err) {
    if (err instanceof InvalidZipError) throw new ImportError('invalid_docx');
    throw err;
  }
  if (!xml) throw new ImportError('invalid_docx');
  return documentXmlToText(new TextDecoder('utf-8').decode(xml));
}
