/**
 * Where each imported commitment stands in the original text, and within it
 * the words of its target ("minst tre … i snitt per vecka"), so a reviewer
 * can check the draft against the source at a glance. Pure functions.
 */
import type { Target } from '../../api/promises.ts';

export type SourcePart =
  | { kind: 'text'; text: string }
  | { kind: 'commitment'; index: number; before: string; amount: string; after: string };

interface Span {
  start: number;
  end: number;
}

const UNITS = [
  '',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
];
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

/** Swedish words for a whole number below 100 ("femtiotvå"), and "hundra" for 100. */
export function numberWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 100) return [];
  if (n === 1) return ['en', 'ett'];
  if (n === 100) return ['hundra', 'etthundra'];
  if (n < 20) return [UNITS[n]!];
  return [`${TENS[Math.floor(n / 10)]}${n % 10 ? UNITS[n % 10] : ''}`];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds `words` in `source` allowing any run of whitespace (line breaks, bullets' indentation) between them. */
function findWords(source: string, words: string[], from: number): Span | null {
  if (!words.length) return null;
  const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  re.lastIndex = from;
  const m = re.exec(source);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The whole text if it is there; otherwise its longest opening (at least four words) that is. */
export function locate(source: string, text: string, from = 0): Span | null {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  for (let n = words.length; n >= Math.min(4, words.length); n -= n > 12 ? Math.ceil(n / 4) : 1) {
    const span = findWords(source, words.slice(0, n), from);
    if (span) return span;
  }
  return null;
}

const PERIOD =
  /(?:i\s+snitt\s+|i\s+genomsnitt\s+)?(?:per|i|varje|var|vart|varannan|vartannat|under)\s+(?:\p{L}+\s+)?(?:dag|dagen|vecka|veckan|månad|månaden|kvartal|kvartalet|tertial|tertialet|halvår|halvåret|termin|terminen|år|året|åren|perioden|arbetspass)(?![\p{L}])/iu;
const PREFIX = '(?:(?:som\\s+)?minst\\s+|i\\s+snitt\\s+|upp\\s+till\\s+|inte\\s+färre\\s+än\\s+)?';

function numberPattern(target: Target): string | null {
  if (target.kind === 'share') return `${target.percent}\\s*(?:%|procent)`;
  if (target.kind !== 'count') return null;
  const words = target.count === 1 ? [] : numberWords(target.count);
  return `(?:${[String(target.count), ...words].map(escapeRegExp).join('|')})`;
}

/** The target's words inside one commitment's text, relative to it. */
export function amountSpan(text: string, target: Target): Span | null {
  const pattern = numberPattern(target);
  const number = pattern ? new RegExp(`(?<![\\p{L}\\d])${PREFIX}${pattern}(?![\\p{L}\\d])`, 'iu').exec(text) : null;
  if (!number) {
    if (target.kind !== 'count') return null;
    const period = PERIOD.exec(text);
    return period ? { start: period.index, end: period.index + period[0].length } : null;
  }
  const start = number.index;
  let end = start + number[0].length;
  const rest = text.slice(end, end + 80);
  const period = target.kind === 'count' ? PERIOD.exec(rest) : null;
  if (period && !/[.;:]/.test(rest.slice(0, period.index))) {
    end += period.index + period[0].length;
  } else if (
    target.kind === 'count' &&
    target.unit &&
    rest.trimStart().toLowerCase().startsWith(target.unit.toLowerCase())
  ) {
    end += rest.length - rest.trimStart().length + target.unit.length;
  }
  return { start, end };
}

/** Splits the source into plain text and the commitments found in it, in order. */
export function markCommitments(
  source: string,
  commitments: readonly { text: string; target: Target }[],
): SourcePart[] {
  const found: (Span & { index: number })[] = [];
  let cursor = 0;
  commitments.forEach((c, index) => {
    const span = locate(source, c.text, cursor) ?? locate(source, c.text, 0);
    if (!span || found.some((f) => span.start < f.end && f.start < span.end)) return;
    found.push({ ...span, index });
    cursor = span.end;
  });
  found.sort((a, b) => a.start - b.start);
  const parts: SourcePart[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) parts.push({ kind: 'text', text: source.slice(at, f.start) });
    const text = source.slice(f.start, f.end);
    const amount = amountSpan(text, commitments[f.index]!.target);
    parts.push(
      amount
        ? {
            kind: 'commitment',
            index: f.index,
            before: text.slice(0, amount.start),
            amount: text.slice(amount.start, amount.end),
            after: text.slice(amount.end),
          }
        : { kind: 'commitment', index: f.index, before: text, amount: '', after: '' },
    );
    at = f.end;
  }
  if (at < source.length) parts.push({ kind: 'text', text: source.slice(at) });
  return parts;
}
