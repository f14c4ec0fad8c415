/**
 * Walks the blocks once and groups them into units (bullet lists, table
 * runs, prose paragraphs), each with the context the reading rules need:
 * the heading above it, the line that introduces it, whether it lies in an
 * attached cooperation agreement, and which dated promise it belongs to.
 */
import type { Block, BulletBlock, HeadingBlock, ParagraphBlock, RowBlock } from './blocks.ts';
import { labelParties } from './clauses.ts';
import { type DateSpan, findDateSpans } from './dates.ts';
import { type HeadingKind, classifyHeading } from './headings.ts';
import { leadingSubjects } from './responsible.ts';

export type Region = 'promise' | 'agreement';

export interface HeadingRef {
  block: HeadingBlock;
  kind: HeadingKind;
  region: Region;
  index: number;
}

/** The dated promise a unit belongs to ("Medborgarlöfte 2021-2022"). */
export interface Scope {
  heading: string;
  period: DateSpan | null;
  old: boolean;
}

interface UnitContext {
  heading: HeadingRef | null;
  /** The last plain topic heading ("Narkotika") above, kept across headings that only name a doer ("Polisen lovar"). */
  topic: HeadingRef | null;
  region: Region;
  scope: Scope | null;
}

export interface ListUnit extends UnitContext {
  kind: 'list';
  items: BulletBlock[];
  /** The block directly above the list when it ends with ":". */
  intro: HeadingBlock | ParagraphBlock | null;
  /** The block above the intro. */
  beforeIntro: Block | null;
  /** The heading sits directly above the intro (nothing in between). */
  headingAboveIntro: boolean;
  /** When the intro is itself a heading ("Polisen lovar att:"), the heading directly above it. */
  outer: HeadingRef | null;
  /** Nothing but blank lines follows the list. */
  lastInDocument: boolean;
}

export interface TableUnit extends UnitContext {
  kind: 'table';
  rows: RowBlock[];
}

export interface ProseUnit extends UnitContext {
  kind: 'prose';
  block: ParagraphBlock;
  /** The block directly above ends with ":" ("Polisen och kommunen lovar att:"). */
  afterIntro: boolean;
}

export type Unit = ListUnit | TableUnit | ProseUnit;

export interface Outline {
  blocks: Block[];
  headings: HeadingRef[];
  units: Unit[];
  /** Headings that start an attached agreement, as written. */
  agreements: string[];
}

function endsWithColon(block: Block | undefined): boolean {
  return block !== undefined && (block.kind === 'heading' || block.kind === 'paragraph') && /:\s*$/u.test(block.text);
}

/** A heading such as "Polisen lovar" or "Kommunen åtar sig" introduces the list below it like "Polisen lovar att:". */
function promiseHeading(block: Block | undefined): boolean {
  return (
    block?.kind === 'heading' &&
    /(?<![\p{L}])(lovar|ska|skall|åtar|kommer)(?![\p{L}])/iu.test(block.text) &&
    leadingSubjects(block.text).length > 0
  );
}

function scopeOf(kind: HeadingKind, text: string, current: Scope | null): Scope | null {
  if (kind === 'oldPromise') return { heading: text, period: null, old: true };
  if (kind !== 'promise') return current;
  const period = findDateSpans(text).find((s) => s.precision === 'year' || s.to !== s.from) ?? null;
  return period ? { heading: text, period, old: false } : current && !current.old ? current : null;
}

function runEnd(blocks: Block[], k: number, kind: Block['kind']): number {
  let m = k;
  while (blocks[m + 1]?.kind === kind) m++;
  return m;
}

export function outline(blocks: Block[]): Outline {
  const headings: HeadingRef[] = [];
  const units: Unit[] = [];
  const agreements: string[] = [];
  let ctx: UnitContext = { heading: null, topic: null, region: 'promise', scope: null };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as Block;
    if (block.kind === 'heading') {
      const kind = classifyHeading(block.text);
      const region: Region =
        kind === 'agreement' ? 'agreement' : kind === 'promise' || kind === 'plan' ? 'promise' : ctx.region;
      if (kind === 'agreement') agreements.push(block.text);
      const ref: HeadingRef = { block, kind, region, index: k };
      headings.push(ref);
      const doer = leadingSubjects(block.text).length > 0 || labelParties(block.text).length > 0;
      const topic = kind !== 'other' ? null : doer ? ctx.topic : ref;
      ctx = {
        heading: ref,
        topic,
        region,
        scope: region === 'promise' ? scopeOf(kind, block.text, ctx.scope) : ctx.scope,
      };
    } else if (block.kind === 'bullet') {
      const m = runEnd(blocks, k, 'bullet');
      units.push(listUnit(blocks, k, m, ctx, headings));
      k = m;
    } else if (block.kind === 'row') {
      const m = runEnd(blocks, k, 'row');
      units.push({ kind: 'table', rows: blocks.slice(k, m + 1) as RowBlock[], ...ctx });
      k = m;
    } else {
      units.push({ kind: 'prose', block, afterIntro: endsWithColon(blocks[k - 1]), ...ctx });
    }
  }
  return { blocks, headings, units, agreements };
}

function listUnit(blocks: Block[], k: number, m: number, ctx: UnitContext, headings: HeadingRef[]): ListUnit {
  const above = blocks[k - 1];
  const intro = endsWithColon(above) || promiseHeading(above) ? (above as HeadingBlock | ParagraphBlock) : null;
  const beforeIntro = intro ? (blocks[k - 2] ?? null) : null;
  const headingAboveIntro =
    intro !== null && (intro.kind === 'heading' || (beforeIntro !== null && beforeIntro === ctx.heading?.block));
  const outer = intro?.kind === 'heading' ? (headings.find((h) => h.block === beforeIntro) ?? null) : null;
  return {
    kind: 'list',
    items: blocks.slice(k, m + 1) as BulletBlock[],
    intro,
    beforeIntro,
    headingAboveIntro,
    outer,
    lastInDocument: m === blocks.length - 1,
    ...ctx,
  };
}
