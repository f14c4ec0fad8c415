/**
 * Collects the commitments of the whole document from its units and applies
 * the "one promise per document" rule: the newest dated promise wins, each
 * activity is kept once, and whatever is left out is named in a warning.
 */
import type { FocusArea } from '../promise-document.ts';
import { isPromiseSentence, isSpeech, looksLikeNews, promiseSubjects, promisesOf } from './clauses.ts';
import { leadingSubjects } from './responsible.ts';
import { buildCommitment } from './commitment.ts';
import { ACTIVITY_VERB } from './blocks.ts';
import { isNumberedPromise, titleOf } from './headings.ts';
import { type Entry, type PageContext, readList, rejectList } from './lists.ts';
import type { Outline, ProseUnit, TableUnit, Unit } from './structure.ts';
import { dropRepeats } from './repeats.ts';
import { readTable } from './table.ts';
import { excerpt, splitSentences } from './text.ts';

export interface CommitmentsReading {
  focusAreas: FocusArea[];
  warnings: string[];
  /** The dated promise the commitments belong to, when one was found. */
  scopeHeading: string | null;
}

interface Found {
  entries: Entry[];
  warnings: string[];
}

function inPromiseText(unit: ProseUnit): boolean {
  if (unit.region !== 'promise' || /:\s*$/u.test(unit.block.text)) return false;
  const kind = unit.heading?.kind;
  return !kind || ['other', 'promise', 'plan'].includes(kind);
}

/** "Genomföra minst tio trafikkontroller per månad." under a focus heading. */
function opensWithActivity(unit: ProseUnit): boolean {
  return inPromiseText(unit) && ACTIVITY_VERB.test(unit.block.text);
}

/** A heading that names a focus area, not the document or a list introduction with its doer. */
function focusTitle(unit: ProseUnit | TableUnit): string {
  const h = unit.heading;
  if (!h) return '';
  const text = h.block.text;
  if (leadingSubjects(text).length > 0) return '';
  return h.kind === 'other' || isNumberedPromise(text) ? titleOf(text) : '';
}

function proseEntry(unit: ProseUnit, index: number, found: Found, text: string): void {
  const built = buildCommitment({ text, inherited: promiseSubjects(text) });
  found.entries.push({ title: focusTitle(unit), commitment: built.commitment, scope: unit.scope, unit: index });
  found.warnings.push(...built.warnings);
}

/** push(...items) overflows the stack on very long lists. */
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

/** Bullet lists and genomförandeplan tables. */
function fromStructure(units: Unit[], page: PageContext): Found {
  const found: Found = { entries: [], warnings: [] };
  units.forEach((unit, index) => {
    if (unit.kind === 'list') {
      const reason = rejectList(unit, page);
      if (reason !== null) {
        if (reason !== '') found.warnings.push(reason);
        return;
      }
      const r = readList(unit, index);
      append(found.entries, r.entries);
      append(found.warnings, r.warnings);
    } else if (unit.kind === 'table' && unit.region === 'promise') {
      const r = readTable(unit, index, focusTitle(unit));
      append(found.entries, r.entries);
      append(found.warnings, r.warnings);
    }
  });
  return found;
}

/**
 * Where the promises are written as prose, each promising sentence (with the
 * sentences that explain it) is one commitment, so a paragraph with three
 * promises gives three. Beside lists, only a paragraph right after "… lovar
 * att:" or one that opens with a promise under a focus heading without a
 * list of its own counts; other promising prose is named in a warning.
 */
/**
 * The promising sentences of a paragraph. Present-tense statements ("Polisen
 * genomför …") count under a focus heading or where the paragraph holds two
 * or more, so that an introduction ("Polisen och kommunen samverkar sedan
 * 2015 …") is not taken for a promise.
 */
function piecesOf(unit: ProseUnit, present: boolean): string[] {
  const strict = promisesOf(unit.block.text);
  if (!present) return strict;
  const loose = promisesOf(unit.block.text, true);
  return focusTitle(unit) !== '' || loose.length >= 2 ? loose : strict;
}

/** On a news page prose is read as beside lists: only after "… lovar att:" or under a focus heading. */
function fromProse(units: Unit[], lists: boolean, news: boolean): Found {
  const structured = lists || news;
  const present = !news;
  const why = news ? 'texten ser ut som en nyhet' : 'löftena står i en lista';
  const found: Found = { entries: [], warnings: [] };
  const withLists = new Set(units.filter((u) => u.kind !== 'prose').map((u) => u.heading));
  units.forEach((unit, index) => {
    if (unit.kind !== 'prose' || !inPromiseText(unit)) return;
    const pieces = piecesOf(unit, present);
    const own = unit.heading !== null && !withLists.has(unit.heading) && focusTitle(unit) !== '';
    const opens = isPromiseSentence(splitSentences(unit.block.text)[0] ?? '', present);
    const taken = structured ? pieces.length > 0 && (unit.afterIntro || (own && opens)) : pieces.length > 0;
    if (taken) for (const piece of pieces) proseEntry(unit, index, found, piece);
    else if (!structured && opensWithActivity(unit)) proseEntry(unit, index, found, unit.block.text);
    else if (structured && pieces.length > 0) {
      found.warnings.push(
        `Löpande text som liknar ett löfte räknades inte som åtagande, eftersom ${why}: "${excerpt(unit.block.text)}"`,
      );
    }
  });
  if (!structured && found.entries.length > 0) {
    found.warnings.unshift(
      'Löftena är skrivna som löpande text; varje mening som lovar något tolkades som ett åtagande.',
    );
  }
  return found;
}

/** Keeps the newest dated promise when a page shows several. */
function newestScope(entries: Entry[]): { kept: Entry[]; warnings: string[]; heading: string | null } {
  const dated = entries.filter((e) => e.scope?.period);
  const endOf = (e: Entry): string => e.scope?.period?.to ?? e.scope?.period?.from ?? '';
  const newest = dated.reduce<Entry | null>((best, e) => (best === null || endOf(e) > endOf(best) ? e : best), null);
  if (!newest?.scope) return { kept: entries, warnings: [], heading: null };
  const winner = newest.scope;
  const dropped = dated.filter((e) => e.scope?.heading !== winner.heading && endOf(e) < endOf(newest));
  const warnings = [...new Set(dropped.map((e) => e.scope?.heading ?? ''))].map(
    (h) => `Texten innehåller också ett äldre medborgarlöfte ("${excerpt(h, 60)}"); dess åtaganden togs inte med.`,
  );
  const droppedSet = new Set(dropped);
  return { kept: entries.filter((e) => !droppedSet.has(e)), warnings, heading: winner.heading };
}

function group(entries: Entry[]): FocusArea[] {
  const areas: FocusArea[] = [];
  for (const e of entries) {
    const last = areas[areas.length - 1];
    if (last && last.title === e.title) last.commitments.push(e.commitment);
    else areas.push({ title: e.title, commitments: [e.commitment] });
  }
  return areas;
}

export function readCommitments(doc: Outline): CommitmentsReading {
  const texts = doc.blocks.flatMap((b) => (b.kind === 'row' ? b.cells : [b.text]));
  const news = looksLikeNews(texts);
  const page: PageContext = {
    news,
    speech: doc.blocks.some((b) => b.kind !== 'row' && isSpeech(b.text)),
    prosePromises: doc.units.some((u) => u.kind === 'prose' && inPromiseText(u) && promisesOf(u.block.text).length > 0),
  };
  const structure = fromStructure(doc.units, page);
  const prose = fromProse(doc.units, structure.entries.length > 0, news);
  const entries = [...structure.entries, ...prose.entries].sort((a, b) => a.unit - b.unit);
  const scoped = newestScope(entries);
  const kept = dropRepeats(scoped.kept);
  return {
    focusAreas: group(kept.kept),
    warnings: [...structure.warnings, ...prose.warnings, ...scoped.warnings, ...kept.warnings],
    scopeHeading: scoped.heading,
  };
}
