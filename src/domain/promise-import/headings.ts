/**
 * What a heading announces. The kinds steer the reading rules: prose
 * sections are copied verbatim, goal/effect/problem lists are not
 * commitments, and an attached cooperation agreement (samverkans-
 * överenskommelse) is not the promise.
 */

export type HeadingKind =
  | 'implementation'
  | 'communication'
  | 'followUp'
  | 'problemPicture'
  | 'agreement'
  | 'oldPromise'
  | 'goal'
  | 'promise'
  | 'plan'
  | 'focusList'
  | 'background'
  | 'timeline'
  | 'other';

export type SectionKey = 'implementation' | 'communication' | 'followUp' | 'problemPicture';

export const SECTION_KINDS: ReadonlySet<HeadingKind> = new Set<HeadingKind>([
  'implementation',
  'communication',
  'followUp',
  'problemPicture',
]);

const END = '(?![\\p{L}\\d])';

const RULES: ReadonlyArray<readonly [HeadingKind, RegExp]> = [
  ['implementation', new RegExp(`^(genomförande(t)?|genomförandet av (medborgar)?löfte(t|na)?)${END}`, 'u')],
  ['communication', new RegExp(`^(kommunikation|kommunicering|information och kommunikation)${END}`, 'u')],
  ['followUp', new RegExp(`^(uppföljning(en)?|återrapportering|uppföljning och utvärdering)${END}`, 'u')],
  [
    'problemPicture',
    new RegExp(
      `^(problembild(en)?|gemensam (lägesbild|problembild)|lägesbild(en)?|nulägesbild|nulägesanalys)${END}`,
      'u',
    ),
  ],
  [
    'oldPromise',
    new RegExp(
      `^(tidigare|äldre|föregående|förra årets|fjolårets|förra) (medborgar)?löfte(n|t|na)?${END}|^arkiv${END}|^så gick det`,
      'u',
    ),
  ],
  [
    'goal',
    new RegExp(
      `^(mål|målen|målet|målsättning(ar|en|arna)?|syfte(t)?|vision(en)?|effekt(er|erna)?|effektmål|önskade effekter|förväntade effekter|förväntat resultat)${END}|eftersträvas|förväntade effekter|vill (uppnå|åstadkomma)|önskat läge|^vi vill( att| se)?$`,
      'u',
    ),
  ],
  [
    'agreement',
    new RegExp(
      `^(samverkansöverenskommelse(n)?|samverkansavtal(et)?|avtal om samverkan|överenskommelse(n)? (om samverkan|mellan))${END}`,
      'u',
    ),
  ],
  ['promise', /löfte/u],
  [
    'plan',
    /^(genomförandeplan|handlingsplan|åtgärdsplan|aktivitetsplan|åtaganden(a)?$|våra åtaganden|(det här|detta|så här) lovar vi|vi lovar$)/u,
  ],
  ['focusList', /fokusområden|prioriterade områden|fokusområdena/u],
  [
    'background',
    new RegExp(`^(inledning|bakgrund|organisation|ansvar och roller|strategiska förutsättningar|metod)${END}`, 'u'),
  ],
  ['timeline', new RegExp(`^(tidsplan|tidsperiod|period|giltighet|giltighetstid|löftesperiod)${END}`, 'u')],
];

/** Heading text without numbering ("2.1 "), markup leftovers or the closing colon. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(\d+(\.\d+)*\.?|[a-z]\))\s+/u, '')
    .replace(/[:\s]+$/u, '')
    .trim();
}

export function classifyHeading(text: string): HeadingKind {
  const key = headingKey(text);
  for (const [kind, re] of RULES) {
    if (re.test(key)) return kind;
  }
  return 'other';
}

export function sectionKeyOf(kind: HeadingKind): SectionKey | null {
  return SECTION_KINDS.has(kind) ? (kind as SectionKey) : null;
}

/** "Löfte 1: Trygghet i centrum", "Medborgarlöfte nr 2 – Narkotika": one promise of several, a focus area. */
export function isNumberedPromise(text: string): boolean {
  return /löfte\s*(nr\.?\s*)?\d{1,2}(?!\d)/iu.test(text);
}

/** A heading text as focus area title: as written, without a closing colon. */
export function titleOf(text: string): string {
  return text.replace(/\s*:\s*$/u, '').trim();
}
