/**
 * Title, kommuner and lokalpolisområde of a promise document.
 */
import type { PromiseDocument } from '../promise-document.ts';
import { resolveMunicipality } from '../municipality/municipality.ts';
import type { Block, HeadingBlock } from './blocks.ts';
import { classifyHeading } from './headings.ts';

type MunicipalityEntry = PromiseDocument['municipalities'][number];

/** A link, a bare date or a section name ("Bakgrund") is never the document's title. */
function usableTitle(text: string): boolean {
  // A breadcrumb ("Start / Trygghet / Medborgarlöfte") or an intro ("Polisen lovar att:") is not a title.
  if (/\s[/>›»|]\s/u.test(text) || /:\s*$/u.test(text)) return false;
  if (
    /^(https?:\/\/|www\.)\S+$/iu.test(text) ||
    !/\p{L}{3}/u.test(text.replace(/^den\s/iu, '').replace(/\d+\s*\p{L}{0,9}/gu, ''))
  )
    return false;
  const kind = classifyHeading(text);
  return kind === 'promise' || kind === 'other' || kind === 'focusList';
}

/** "Medborgarlöfte för Kalix 2027." written as the first line, ending with a full stop. */
function titleLine(blocks: Block[]): string | null {
  const first = blocks.find((b) => b.kind !== 'row' && usableTitle(b.text));
  if (first?.kind !== 'paragraph') return null;
  const text = first.text.trim();
  if (text.length > 90 || /[.!?]\s+\p{Lu}/u.test(text) || !/löfte/iu.test(text)) return null;
  return text.replace(/\.$/u, '');
}

/** The first heading that names the promise, else the first heading that is not a section, link or date. */
export function readTitle(blocks: Block[]): string | null {
  const headings = blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && usableTitle(b.text));
  const named = headings.find((h) => classifyHeading(h.text) === 'promise');
  return titleLine(blocks) ?? (named ?? headings[0])?.text ?? null;
}

/** Words that, capitalised at a sentence start, precede "kommun" without naming one. */
const DETERMINERS = new Set([
  'varje',
  'denna',
  'den',
  'vår',
  'er',
  'hela',
  'samma',
  'egen',
  'berörd',
  'respektive',
  'annan',
  'aktuell',
  'närmaste',
  'ansvarig',
  'ingen',
  'någon',
  'en',
  'ett',
  'per',
  'mellan',
  'se',
  'inom',
  'från',
  'i',
  'och',
  'landets',
  'sveriges',
  'alla',
  'båda',
  'nämnda',
  'ovan',
  'medborgarlöfte',
  'polisen',
]);

const NAMED_KOMMUN = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?\s+(?:[Kk]ommuns?|[Ss]tads?)(?![\p{L}])/gu;
const KOMMUN_LIST = /(?<![\p{L}])kommunerna\s+((?:\p{Lu}[\p{L}-]*(?:,\s*|\s+och\s+|\s+samt\s+))+\p{Lu}[\p{L}-]*)/gu;
const LIST_BEFORE = /((?:\p{Lu}[\p{L}-]*(?:,\s*|\s+och\s+))+\p{Lu}[\p{L}-]*)\s+kommuner(?![\p{L}])/gu;

interface Mention {
  at: number;
  entry: MunicipalityEntry;
  resolved: boolean;
}

function mention(name: string, at: number): Mention | null {
  const ref = resolveMunicipality(name);
  if (ref) return { at, entry: { code: ref.code, name: ref.name }, resolved: true };
  return null;
}

function namedMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAMED_KOMMUN)) {
    const first = m[1] ?? '';
    const second = m[2];
    const at = m.index ?? 0;
    const hit = (second ? mention(`${first} ${second}`, at) : null) ?? mention(second ?? first, at);
    if (hit) out.push(hit);
    else {
      const name = second ?? first;
      if (!DETERMINERS.has(name.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(name)) {
        out.push({ at, entry: { code: null, name }, resolved: false });
      }
    }
  }
  const lists = /kommuner/u.test(text) ? [KOMMUN_LIST, LIST_BEFORE] : [];
  for (const re of lists) {
    for (const m of text.matchAll(re)) {
      for (const name of (m[1] ?? '').split(/,\s*|\s+och\s+|\s+samt\s+/u)) {
        const hit = mention(name, m.index ?? 0);
        if (hit) out.push(hit);
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Capitalised words and word pairs of a title: "Medborgarlöfte Upplands Väsby" → …, "Upplands Väsby", "Väsby". */
function capitalisedNames(text: string): string[] {
  const words = text.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
  const pairs = words.slice(1).map((w, i) => `${words[i] ?? ''} ${w}`);
  return [...pairs, ...words];
}

/** Kommun names that are also everyday words or first names, so a capital alone does not make them a kommun. */
const COMMON_WORD_NAMES = new Set([
  'vara',
  'mark',
  'ale',
  'lund',
  'berg',
  'kil',
  'säter',
  'kinda',
  'klippan',
  'boden',
  'sala',
  'eda',
  'flen',
  'heby',
  'åre',
  'orsa',
  'mora',
  'nora',
  'salem',
  'habo',
  'tibro',
  'ydre',
  'gotland',
]);

/**
 * "i Kalix", "för Kalix": a kommun named without "kommun", taken when the
 * same kommun is named at least twice inside sentences (a capital at a
 * sentence start proves nothing) and is not an everyday word. The most
 * often named one wins; a tie keeps each.
 */
function bareMentions(text: string): MunicipalityEntry[] {
  const counts = new Map<string, { entry: MunicipalityEntry; n: number }>();
  for (const m of text.matchAll(/(?<=[\p{Ll},]\s+)(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu)) {
    const name = m[1] ?? '';
    const ref = resolveMunicipality(name) ?? resolveMunicipality(name.split(/[- ]/u)[0] ?? '');
    if (!ref || COMMON_WORD_NAMES.has(ref.name.toLowerCase()) || name.endsWith('s')) continue;
    const hit = counts.get(ref.code) ?? { entry: { code: ref.code, name: ref.name }, n: 0 };
    hit.n++;
    counts.set(ref.code, hit);
  }
  const best = Math.max(2, ...[...counts.values()].map((c) => c.n));
  return [...counts.values()].filter((c) => c.n === best).map((c) => c.entry);
}

/** Kommuner named as "X kommun", "X stad", "kommunerna X och Y"; else the title's name, else one named twice ("i Kalix"). */
export function readMunicipalities(
  text: string,
  fallbacks: string[],
): { municipalities: MunicipalityEntry[]; warnings: string[] } {
  const seen = new Map<string, MunicipalityEntry>();
  const warnings: string[] = [];
  for (const m of namedMentions(text)) {
    const key = m.entry.code ?? `?${m.entry.name}`;
    if (seen.has(key)) continue;
    seen.set(key, m.entry);
    if (!m.resolved) warnings.push(`Kommunen "${m.entry.name}" kunde inte kopplas till en kommunkod.`);
  }
  if (seen.size === 0) {
    for (const name of fallbacks.flatMap(capitalisedNames)) {
      const hit = mention(name, 0);
      if (hit?.entry.code) seen.set(hit.entry.code, hit.entry);
    }
  }
  if (seen.size === 0) for (const entry of bareMentions(text)) if (entry.code) seen.set(entry.code, entry);
  if (seen.size === 0) warnings.push('Ingen kommun kunde identifieras i texten.');
  return { municipalities: [...seen.values()], warnings };
}

const AREA_NAME =
  '((?:(?:[Öö]stra|[Vv]ästra|[Nn]orra|[Ss]ödra|[Mm]ellersta|[Cc]entrala|\\p{Lu}[\\p{L}-]+)(?:\\s+|$)){1,3})';
const POLICE_AREA = new RegExp(`(?<![\\p{L}])(?:[Ll]okalpolisområde(?:t|ts)?|LPO|Lpo)\\s+${AREA_NAME}`, 'gu');
const POLICE_IN = new RegExp(`(?<![\\p{L}])[Pp]olisen\\s+i\\s+${AREA_NAME}`, 'gu');

function areaName(raw: string): string {
  return raw
    .trim()
    .split(/\s+/u)
    .filter((w) => !/^(och|samt)$/u.test(w))
    .join(' ');
}

/** "Lokalpolisområde Östra Norrbotten" → "Östra Norrbotten"; a capitalised form is preferred. */
export function readPoliceArea(text: string): string | null {
  const found = [...text.matchAll(POLICE_AREA)].map((m) => areaName(m[1] ?? '')).filter((n) => n !== '');
  const inArea = [...text.matchAll(POLICE_IN)]
    .map((m) => areaName(m[1] ?? ''))
    .filter((n) => n !== '' && !resolveMunicipality(n));
  const all = [...found, ...inArea];
  return all.find((n) => /^\p{Lu}/u.test(n)) ?? all[0] ?? null;
}
