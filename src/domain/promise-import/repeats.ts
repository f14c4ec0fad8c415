/**
 * The same activity stated twice on one page (a summary and the full text,
 * "I korthet" above the promises, a list restated in prose) is one
 * commitment. Two texts are the same activity when their content words
 * match both ways (a compound such as "narkotikakontroller" matches
 * "kontrollerar narkotika"), with the same doers and, when both have one,
 * the same count target. Parties, counting words and the general verbs of
 * promising are not content: two different activities share them.
 */
import type { Commitment } from '../promise-document.ts';
import type { Entry } from './lists.ts';
import { excerpt } from './text.ts';

const NOT_CONTENT = new Set(
  (
    'polisen kommunen kommun polis genomföra genomför genomförs arbeta arbetar lovar kommer skall minst gånger gång ' +
    'varje året åren under månad månaden vecka veckan veckor termin terminen tillsammans också även samt från inom ' +
    'efter över mellan med för till eller genom där under minst cirka ungefär stycken totalt'
  ).split(' '),
);

function contentWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].filter((w) => !NOT_CONTENT.has(w));
}

/** Same word, an inflection of it, or one part of a compound ("narkotika" in "narkotikakontroller"). */
function wordsMatch(a: string, b: string): boolean {
  const stem = (w: string): string => w.slice(0, 6);
  return a === b || a.includes(stem(b)) || b.includes(stem(a));
}

function covered(from: string[], to: string[]): number {
  return from.filter((w) => to.some((v) => wordsMatch(w, v))).length / from.length;
}

function sameTarget(a: Commitment, b: Commitment): boolean {
  if (a.target.kind !== 'count' || b.target.kind !== 'count') return true;
  return a.target.count === b.target.count && a.target.per === b.target.per;
}

function sameDoers(a: Commitment, b: Commitment): boolean {
  if (a.responsible.length === 0 || b.responsible.length === 0) return true;
  return a.responsible.length === b.responsible.length && a.responsible.every((p) => b.responsible.includes(p));
}

export function sameActivity(a: Commitment, b: Commitment): boolean {
  const wa = contentWords(a.text);
  const wb = contentWords(b.text);
  if (wa.length === 0 || wb.length === 0) return a.text === b.text;
  const alike = Math.min(covered(wa, wb), covered(wb, wa)) >= 0.75;
  return alike && sameTarget(a, b) && sameDoers(a, b);
}

/** Comparing wording pairwise is quadratic; real promises hold far fewer commitments than this. */
const FUZZY_LIMIT = 400;

/** Keeps the first statement of each activity and names the repeats in warnings. */
export function dropRepeats(entries: Entry[]): { kept: Entry[]; warnings: string[] } {
  const kept: Entry[] = [];
  const warnings: string[] = [];
  const texts = new Set<string>();
  const fuzzy = entries.length <= FUZZY_LIMIT;
  for (const e of entries) {
    const text = e.commitment.text;
    const twin =
      texts.has(text) || (fuzzy && kept.some((k) => k.unit !== e.unit && sameActivity(k.commitment, e.commitment)));
    if (twin) warnings.push(`Åtagandet förekommer två gånger och togs med en gång: "${excerpt(text)}"`);
    else {
      kept.push(e);
      texts.add(text);
    }
  }
  return { kept, warnings };
}
