/**
 * Text primitives shared by the importer: line normalisation, word tokens
 * and sentence bounds. Swedish letters (å, ä, ö) are not ASCII word
 * characters, so word edges are written with Unicode lookarounds instead of
 * `\b` throughout the importer.
 */

/** Start and end of a word, for regexes built with the `u` flag. */
export const WORD_START = '(?<![\\p{L}\\d])';
export const WORD_END = '(?![\\p{L}\\d])';

/** A regex (flags `u` + extra) whose pattern is wrapped in Unicode word edges. */
export function wordRe(pattern: string, flags = ''): RegExp {
  return new RegExp(`${WORD_START}(?:${pattern})${WORD_END}`, `u${flags}`);
}

// Non-breaking and other exotic spaces are common in text copied from web
// pages and Word; readers see them as plain spaces.
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Splits text into lines with line endings unified and odd spaces made plain. */
export function toLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').split('\n');
}

/** Removes Markdown emphasis and links, keeping the words people wrote. */
export function stripMarkup(s: string): string {
  return s
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)([^*\n]+?)(?<=\S)\*(?=$|[\s.,;:!?)])/g, '$1$2')
    .replace(/\[([^\]\n]+)\]\((?:[^)\s]+)\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** Collapses runs of spaces (never tabs: they separate table cells) and trims. */
export function tidy(s: string): string {
  return s
    .replace(/ {2,}/g, ' ')
    .replace(/ *\t */g, '\t')
    .trim();
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Ordinals such as "3:e", numbers with space-grouped thousands ("1 500"),
// decimals, words (with inner hyphens, and a trailing hyphen as in
// "Kommunen- samordnaren"), then any single other symbol.
const TOKEN_RE =
  /\d+:[ea](?![\p{L}\d])|\d{1,3}(?: \d{3})+(?![\d])|\d+(?:[.,]\d+)?|[\p{L}\d][\p{L}\d'’]*(?:-[\p{L}\d]+)*-?|[^\s\p{L}\d]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True for a word that is a run of letters (no digits, no symbols). */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && /^\p{L}/u.test(t.text);
}

/**
 * Sentence bounds as token index ranges: a sentence ends at ".", "!" or "?"
 * when the next token starts a new sentence (capital letter, digit, parenthesis).
 */
export function sentenceRanges(tokens: Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !/^[.!?]$/.test(t.text)) continue;
    const next = tokens[i + 1];
    if (next === undefined || /^[\p{Lu}\d(]/u.test(next.text)) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}

/** Splits prose into sentences (keeping their punctuation). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A short excerpt for warnings, so a user can find the place in the document. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
