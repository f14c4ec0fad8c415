/**
 * Which bullet lists hold commitments, and how their items become
 * commitments. Lists of goals, effects, focus areas or the problem picture
 * are not commitments; neither are bullets about the promise itself or the
 * agreement's organisational duties. When a promise is followed by its own
 * activities (indented bullets, "Aktiviteter:"), the activities are the
 * commitments and the promise is their focus area.
 */
import type { Block, BulletBlock } from './blocks.ts';
import { buildCommitment } from './commitment.ts';
import { SECTION_KINDS, isNumberedPromise, titleOf } from './headings.ts';
import { endsLikeSentence, looksCutOff } from './quality.ts';
import {
  isGoalStatement,
  isNounPhrase,
  isSpeech,
  isTopic,
  labelParties,
  PROMISE_VERB,
  promiseSubjects,
} from './clauses.ts';
import { parsePartyList } from './parties.ts';
import { leadingSubjects, readParties } from './responsible.ts';
import type { ListUnit, Scope } from './structure.ts';
import { excerpt, tokenize } from './text.ts';
import type { Commitment } from '../promise-document.ts';

export interface Entry {
  title: string;
  commitment: Commitment;
  scope: Scope | null;
  /** Which unit it came from, to tell repeated lists apart. */
  unit: number;
}

export interface ListReading {
  entries: Entry[];
  warnings: string[];
}

const GOAL_INTRO =
  /^(målen|målet|mål(sättning(en|arna)?)?\s|syftet|effekter(na)?|förväntade effekter|önskade effekter|vi vill uppnå|vill vi uppnå)|eftersträvas|ska leda till|^vi vill( att| se)?\s*:?\s*$|^(vi|vår) (önskar|strävar|vision)/iu;
const PROBLEM_INTRO =
  /viktigaste (områdena|problemen)|framkom(mer|mit)|upplev(er|s|da|de)|problem(en|bilden)? (är|som)|oro(ar)? för/iu;
const GENERIC_INTRO =
  /^(aktiviteter|åtgärder|insatser|detta gör vi genom att|vi gör detta genom att|det gör vi genom att|genom att|så här gör vi|det innebär att)\s*:?\s*$/iu;
const ABOUT_PROMISE =
  /^(medborgarlöfte(t|na|n)?|löfte(t|na|n)?|arbetet|uppföljning(en)?)\s+(ska|skall|kommer|följs|publiceras|revideras|utvärderas|redovisas)|särskilt fokus (läggs|ska läggas)|(ska|skall) följas upp|uppföljning av (medborgar)?löfte/iu;
const ORGANISATIONAL =
  /åtar(\s+sig)?\s+att utse|utse (en )?(ansvarig|kontaktperson|samordnare)|samverkansstruktur|styrgrupp|beredningsgrupp|samverkansgrupp/iu;

function label(unit: ListUnit): string {
  return excerpt(unit.heading?.block.text ?? unit.intro?.text ?? unit.items[0]?.text ?? '', 60);
}

/** The line above the list, or its heading, says that what follows is promised or done. */
function promiseIntro(unit: ListUnit): boolean {
  const texts = [unit.intro?.text ?? '', unit.heading?.block.text ?? ''];
  if (texts.some((t) => PROMISE_VERB.test(t) || GENERIC_INTRO.test(t) || /^(vi lovar|våra löften)/iu.test(t)))
    return true;
  const intro = unit.intro?.text ?? '';
  return labelParties(intro).length > 0 || BETWEEN.test(intro);
}

/** "Parterna åtar sig att:": the duties of the parties to the agreement, not promises to the inhabitants. */
const PARTIES_DUTY = /^(parterna|båda parter(na)?|samverkansparterna|vi som parter)(?![\p{L}])/iu;

/**
 * Lists that are not promised activities by their content: quotes on a news
 * page, and topics (problems, goals, focus areas, project names) written as
 * noun phrases without a doer or a verb of doing.
 */
function contentReason(unit: ListUnit, where: string, page: PageContext): string | null {
  const promised = promiseIntro(unit);
  const quoted = unit.items.every((b) => isSpeech(b.text)) || (page.speech && unit.items.length === 1 && !promised);
  if (quoted) return `${where} är citat och räknades inte som åtaganden.`;
  if (!promised && page.news && unit.items.every((b) => isNounPhrase(b.text)))
    return `${where} återger löftet i en nyhet och räknades inte som åtaganden.`;
  if (!promised && page.prosePromises && unit.items.every((b) => isNounPhrase(b.text)))
    return `${where} sammanfattar med korta rubriker; löftena i den löpande texten räknades i stället.`;
  if (!promised && unit.items.every((b) => isTopic(b.text) || isGoalStatement(b.text)))
    return `${where} räknar upp ämnen (problem, mål, fokusområden eller projekt) utan aktiviteter och räknades inte som åtaganden.`;
  return null;
}

/** Why a list is not commitments, as a Swedish warning; '' when it is silently part of a section; null when it is commitments. */
export interface PageContext {
  /** The page quotes or reports someone's words. */
  speech: boolean;
  /** Paragraphs of the promise state promises in full sentences. */
  prosePromises: boolean;
  /** The page reports on a signing rather than stating the promise. */
  news: boolean;
}

export function rejectList(
  unit: ListUnit,
  page: PageContext = { speech: false, prosePromises: false, news: false },
): string | null {
  const kinds = [unit.heading?.kind, unit.outer?.kind];
  const intro = unit.intro?.text ?? '';
  const where = `Punktlistan under "${label(unit)}"`;
  if (unit.region === 'agreement') return '';
  if (kinds.some((k) => k !== undefined && SECTION_KINDS.has(k))) return '';
  if (kinds.includes('goal') || GOAL_INTRO.test(intro))
    return `${where} beskriver mål eller effekter och räknades inte som åtaganden.`;
  if (kinds.includes('focusList')) return `${where} räknar upp fokusområden och räknades inte som åtaganden.`;
  if (kinds.includes('background')) return `${where} är bakgrund och räknades inte som åtaganden.`;
  if (PROBLEM_INTRO.test(intro)) return `${where} beskriver problembilden och räknades inte som åtaganden.`;
  if (kinds.includes('oldPromise') || unit.scope?.old)
    return `${where} hör till ett äldre medborgarlöfte och togs inte med.`;
  if (PARTIES_DUTY.test(intro))
    return `${where} är parternas uppgifter enligt överenskommelsen och räknades inte som åtaganden.`;
  return contentReason(unit, where, page);
}

function headingTitle(unit: ListUnit): string {
  const h = unit.heading;
  if (!h || leadingSubjects(h.block.text).length > 0) return '';
  const documentHeading = (h.kind === 'promise' && !isNumberedPromise(h.block.text)) || h.kind === 'plan';
  return documentHeading ? '' : titleOf(h.block.text);
}

function textOf(block: Block | null): string {
  return block && (block.kind === 'heading' || block.kind === 'paragraph') ? block.text : '';
}

/** Focus area title and inherited responsible for the list's own items. */
function listContext(unit: ListUnit): { title: string; inherited: string[] } {
  const intro = unit.intro;
  if (!intro) return { title: headingTitle(unit), inherited: [] };
  const introText = textOf(intro);
  if (GENERIC_INTRO.test(introText)) {
    const promise = textOf(unit.beforeIntro);
    return { title: promise ? titleOf(promise) : headingTitle(unit), inherited: leadingSubjects(promise) };
  }
  const inherited = introParties(introText);
  if (intro.kind === 'heading') {
    if (inherited.length === 0) return { title: titleOf(introText), inherited };
    const outer = unit.outer ?? unit.topic;
    return { title: outer && outer.kind === 'other' ? titleOf(outer.block.text) : '', inherited };
  }
  return { title: unit.headingAboveIntro ? headingTitle(unit) : '', inherited };
}

/**
 * Who the line above a list names as doers: "Polisen och kommunen lovar:",
 * "I samverkan mellan polisen, socialtjänsten och skolan genomförs:", "Vi,
 * polisen och kommunen, lovar att:", or a
 * body the party list does not know by name ("SSG lovar att:").
 */
function introParties(text: string): string[] {
  const we = /^vi\s*[,(–-]\s*(.+?)\s*[,)–-]\s*(?:lovar|ska|skall|åtar)(?![\p{L}])/iu.exec(text);
  if (we?.[1]) {
    const named = parsePartyList(tokenize(we[1]), 0, false).parties;
    if (named.length > 0) return named;
  }
  const promising = promiseSubjects(text);
  if (promising.length > 0) return promising;
  const label = labelParties(text);
  if (label.length > 0) return label;
  const subjects = readParties(text).subjects;
  if (subjects.length > 0) return subjects;
  const between = BETWEEN.exec(text);
  if (between?.[1]) return parsePartyList(tokenize(between[1]), 0, false).parties;
  const named = /^(.{2,60}?)\s+(?:lovar|åtar sig|ska|skall)(?![\p{L}])/u.exec(text);
  if (!named?.[1]) return [];
  const tokens = tokenize(named[1]);
  const list = parsePartyList(tokens, 0, true);
  return list.end === tokens.length ? list.parties : [];
}

const BETWEEN = /(?:samverkan|samarbete|tillsammans|gemensamt)\s+mellan\s+(.+)$/iu;

interface Item {
  block: BulletBlock;
  children: BulletBlock[];
}

/** Nesting by indent, by a change of marker (numbered promises with "-" activities), or under an item ending with ":". */
function nest(items: BulletBlock[]): Item[] {
  const minIndent = items.reduce((min, b) => Math.min(min, b.indent), Number.POSITIVE_INFINITY);
  const topMarker = items[0]?.marker;
  const out: Item[] = [];
  const opens = (b: BulletBlock): boolean => /:\s*$/u.test(b.text);
  for (const b of items) {
    const child = b.indent > minIndent || b.marker !== topMarker;
    const parent = out[out.length - 1];
    // "• … lovar att minska narkotikan genom att:" opens the items that follow it, also at the same level.
    const underIntro = parent !== undefined && opens(parent.block) && !opens(b);
    if ((child || underIntro) && parent) parent.children.push(b);
    else out.push({ block: b, children: [] });
  }
  return out;
}

function skipReason(text: string): string | null {
  if (ABOUT_PROMISE.test(text))
    return `Punkten handlar om själva löftet och räknades inte som åtagande: "${excerpt(text)}"`;
  if (ORGANISATIONAL.test(text))
    return `Punkten är en organisatorisk uppgift och räknades inte som åtagande: "${excerpt(text)}"`;
  return null;
}

export function readList(unit: ListUnit, unitIndex: number): ListReading {
  const { title, inherited } = listContext(unit);
  const entries: Entry[] = [];
  const warnings: string[] = [];
  const add = (block: BulletBlock, itemTitle: string, parties: string[]): void => {
    const reason = skipReason(block.text);
    if (reason) {
      warnings.push(reason);
      return;
    }
    const built = buildCommitment({ text: block.text, inherited: parties });
    entries.push({ title: itemTitle, commitment: built.commitment, scope: unit.scope, unit: unitIndex });
    warnings.push(...built.warnings);
  };
  for (const item of nest(unit.items)) {
    if (item.children.length === 0) {
      add(item.block, title, inherited);
      continue;
    }
    const own = leadingSubjects(item.block.text);
    for (const child of item.children) add(child, titleOf(item.block.text), own.length > 0 ? own : inherited);
  }
  warnings.push(...cutOffWarnings(unit));
  return { entries, warnings };
}

function cutOffWarnings(unit: ListUnit): string[] {
  const last = unit.items[unit.items.length - 1];
  if (!last) return [];
  const othersFinished = unit.items.length > 1 && unit.items.slice(0, -1).every((b) => endsLikeSentence(b.text));
  const abrupt = looksCutOff(last.text) || (unit.lastInDocument && othersFinished && !endsLikeSentence(last.text));
  return abrupt ? [`Sista punkten verkar avklippt mitt i en mening: "${excerpt(last.text)}"`] : [];
}
