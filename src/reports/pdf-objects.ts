/**
 * A small reader of the objects in a PDF as pdfkit writes it (every object
 * on its own, a classic cross-reference table, streams Flate-compressed),
 * and of the operators in a content stream. It reads what a viewer's
 * accessibility layer reads: the catalog, the structure tree, fonts and the
 * marked content on each page. Used by the PDF/UA check (pdf-ua-check.ts)
 * in the tests only; not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

export class PdfRef {
  readonly ref: number;
  constructor(ref: number) {
    this.ref = ref;
  }
}
export class PdfName {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}
/** An operator of a content stream, or a keyword such as "R" or ">>". */
export class PdfOp {
  readonly op: string;
  constructor(op: string) {
    this.op = op;
  }
}
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | { [key: string]: PdfValue };
export type PdfDict = { [key: string]: PdfValue };
export type PdfObject = { value: PdfValue; stream: Buffer | null };

const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const WHITE = new Set([' ', '\n', '\r', '\t', '\f', '\0']);

/** Text strings: UTF-16BE with a byte order mark, otherwise one byte per character. */
function decodeString(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  return bytes;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

export class PdfLexer {
  pos = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  private skip(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] ?? '';
      if (WHITE.has(c)) this.pos += 1;
      else if (c === '%') while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos += 1;
      else return;
    }
  }

  private literal(): string {
    let depth = 1;
    let out = '';
    this.pos += 1;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++] ?? '';
      if (c === '\\') {
        const next = this.text[this.pos++] ?? '';
        if (ESCAPES[next] !== undefined) out += ESCAPES[next];
        else if (/[0-7]/.test(next)) {
          let octal = next;
          while (octal.length < 3 && /[0-7]/.test(this.text[this.pos] ?? '')) octal += this.text[this.pos++];
          out += String.fromCharCode(Number.parseInt(octal, 8) & 0xff);
        } else if (next === '\r' || next === '\n') {
          if (next === '\r' && this.text[this.pos] === '\n') this.pos += 1;
        } else out += next;
      } else if (c === '(') {
        depth += 1;
        out += c;
      } else if (c === ')') {
        depth -= 1;
        if (depth === 0) return out;
        out += c;
      } else out += c;
    }
    return out;
  }

  /** The next token: a value, or an operator / keyword as `{ op }`; null at the end. */
  token(): PdfValue | PdfOp | undefined {
    this.skip();
    if (this.pos >= this.text.length) return undefined;
    const c = this.text[this.pos] ?? '';
    if (c === '(') return decodeString(this.literal());
    if (c === '<' && this.text[this.pos + 1] === '<') {
      this.pos += 2;
      return this.dict();
    }
    if (c === '<') {
      const end = this.text.indexOf('>', this.pos);
      const hex = this.text.slice(this.pos + 1, end).replace(/\s/g, '');
      this.pos = end + 1;
      return decodeString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1'));
    }
    if (c === '[') {
      this.pos += 1;
      return this.array();
    }
    if (c === ']' || c === '>') {
      this.pos += c === '>' ? 2 : 1;
      return new PdfOp(c === '>' ? '>>' : ']');
    }
    let end = this.pos + 1;
    while (end < this.text.length && !WHITE.has(this.text[end] ?? '') && !DELIMITERS.has(this.text[end] ?? ''))
      end += 1;
    const word = this.text.slice(this.pos, end);
    this.pos = end;
    if (c === '/')
      return new PdfName(
        word.slice(1).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      );
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return new PdfOp(word);
  }

  private isOp(token: unknown, op?: string): token is PdfOp {
    return token instanceof PdfOp && (op === undefined || token.op === op);
  }

  /** A value, with `N G R` read as a reference. */
  value(): PdfValue | PdfOp | undefined {
    const first = this.token();
    if (typeof first !== 'number') return first;
    const save = this.pos;
    const second = this.token();
    const third = this.token();
    if (typeof second === 'number' && this.isOp(third, 'R')) return new PdfRef(first);
    this.pos = save;
    return first;
  }

  private array(): PdfValue[] {
    const items: PdfValue[] = [];
    for (;;) {
      const item = this.value();
      if (item === undefined || this.isOp(item, ']')) return items;
      if (!this.isOp(item)) items.push(item);
    }
  }

  private dict(): PdfDict {
    const out: PdfDict = {};
    for (;;) {
      const key = this.token();
      if (key === undefined || this.isOp(key, '>>')) return out;
      const value = this.value();
      if (key instanceof PdfName && value !== undefined && !this.isOp(value)) out[key.name] = value;
    }
  }
}

/** Every object of the file by number, with its stream inflated. */
export function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const lexer = new PdfLexer(text);
    lexer.pos = match.index + match[0].length;
    const value = lexer.value();
    let stream: Buffer | null = null;
    const after = text.slice(lexer.pos, lexer.pos + 12);
    const dict = value as PdfDict;
    if (/^\s*stream\r?\n/.test(after) && typeof dict?.Length === 'number') {
      const start = lexer.pos + (/^\s*stream\r?\n/.exec(after)?.[0].length ?? 0);
      const raw = bytes.subarray(start, start + dict.Length);
      const filter = dict.Filter;
      stream = filter instanceof PdfName && filter.name === 'FlateDecode' ? inflateSync(raw) : Buffer.from(raw);
      header.lastIndex = start + dict.Length;
    }
    objects.set(Number(match[1]), { value: value as PdfValue, stream });
  }
  return objects;
}

export type ContentOp = { op: string; operands: (PdfValue | PdfOp)[] };

/** The operators of a content stream in order, each with its operands. */
export function contentOps(stream: Buffer): ContentOp[] {
  const lexer = new PdfLexer(stream.toString('latin1'));
  const ops: ContentOp[] = [];
  let operands: (PdfValue | PdfOp)[] = [];
  for (let token = lexer.token(); token !== undefined; token = lexer.token()) {
    if (token instanceof PdfOp) {
      ops.push({ op: token.op, operands });
      operands = [];
    } else operands.push(token);
  }
  return ops;
}
