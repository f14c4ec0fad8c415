/**
 * A Swedish stemmer after the Snowball algorithm for Swedish (Porter's
 * three steps: inflectional endings, double consonants, derivational
 * endings, all inside the region R1). "bilen", "bilar" and "bilarna" all
 * become "bil", so a code suggestion finds every form of a word.
 */
const VOWELS = 'aeiouyäåö';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

const STEP1 = [
  'heterna',
  'hetens',
  'anden',
  'andes',
  'andet',
  'arens',
  'arnas',
  'ernas',
  'heten',
  'heter',
  'ornas',
  'ande',
  'ades',
  'aren',
  'arna',
  'arne',
  'aste',
  'erna',
  'erns',
  'orna',
  'ade',
  'are',
  'ast',
  'ens',
  'ern',
  'het',
  'ad',
  'ar',
  'as',
  'at',
  'en',
  'er',
  'es',
  'or',
  'a',
  'e',
].sort((a, b) => b.length - a.length);
const S_ENDING = 'bcdfghjklmnoprtvy';
const STEP2 = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/** Start of R1: after the first non-vowel that follows a vowel, but at least 3 letters in. */
function r1Start(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return Math.max(i + 1, 3);
  }
  return word.length;
}

function step1(word: string, r1: number): string {
  const region = word.slice(r1);
  const suffix = STEP1.find((s) => region.endsWith(s));
  if (suffix) return word.slice(0, -suffix.length);
  if (region.endsWith('s') && S_ENDING.includes(word[word.length - 2] ?? '')) return word.slice(0, -1);
  return word;
}

function step2(word: string, r1: number): string {
  return STEP2.some((s) => word.slice(r1).endsWith(s)) ? word.slice(0, -1) : word;
}

function step3(word: string, r1: number): string {
  const region = word.slice(r1);
  if (region.endsWith('fullt')) return word.slice(0, -1);
  if (region.endsWith('löst')) return word.slice(0, -1);
  const suffix = ['lig', 'els', 'ig'].find((s) => region.endsWith(s));
  return suffix ? word.slice(0, -suffix.length) : word;
}

export function stemSwedish(input: string): string {
  const word = input.toLowerCase();
  if (word.length < 3) return word;
  const r1 = r1Start(word);
  let w = step1(word, r1);
  w = step2(w, r1);
  return step3(w, r1);
}

/** Words of a text, lower case, letters only (hyphenated compounds are split). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
}
