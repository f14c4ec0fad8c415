/**
 * Doubts a careful reader raises about a commitment's wording: vague verbs
 * without a measurable target (Brå's SMART advice), and text cut off
 * mid-sentence (common when a web page or PDF was copied).
 */

const VAGUE =
  /(?<![\p{L}])(?:(?:verka|arbeta|jobba|sträva|verkar|arbetar|jobbar|strävar)\s+(?:för|efter)(?![\p{L}])|eftersträva(?:r)?(?![\p{L}]))/iu;

/** True when the text promises effort rather than an activity ("verka för", "arbeta för", "sträva efter"). */
export function hasVagueVerb(text: string): boolean {
  return VAGUE.test(text);
}

/** Words a Swedish sentence cannot end on. */
const DANGLING = new Set([
  'att',
  'och',
  'eller',
  'samt',
  'som',
  'mot',
  'med',
  'för',
  'till',
  'i',
  'på',
  'av',
  'om',
  'vid',
  'från',
  'under',
  'över',
  'efter',
  'genom',
  'hos',
  'inom',
  'utan',
  'mellan',
  'varje',
  'den',
  'det',
  'de',
  'en',
  'ett',
  'dess',
  'sin',
  'sitt',
  'sina',
  'är',
  'ska',
  'skall',
  'kan',
  'kommer',
  'har',
  'vara',
  'bli',
  'så',
  'både',
  'även',
  'när',
  'där',
  'då',
  'eftersom',
  'men',
  'alla',
  'vissa',
  'någon',
  'några',
  'per',
  'var',
  'minst',
  'mer',
  'mest',
  'detta',
  'denna',
  'dessa',
  'vilka',
  'vilken',
  'hur',
  'vad',
]);

/** The text stops in the middle of a sentence ("… driva samverkan mot varje"). */
export function looksCutOff(text: string): boolean {
  const trimmed = text.trim();
  if (/[.!?…)"”»]$/u.test(trimmed)) return false;
  if (/[-–,:;(]$/u.test(trimmed)) return true;
  const last = /(\p{L}+)$/u.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  return DANGLING.has(last);
}

/** Ends like a finished sentence. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…)"”»]$/u.test(text.trim());
}
