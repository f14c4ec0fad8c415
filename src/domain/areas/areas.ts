/**
 * A kommun's areas (delområden, stadsdelar, byar): how a name is written,
 * when two names are the same place name, and what "in use" means, in
 * words. Pure, so the staff app checks a name the same way the API does.
 */

export const AREA_NAME_MAX = 100;

export interface Texts {
  sv: string;
  en: string;
}

/** Trimmed, inner runs of white space made one space: "  Norra   Centrum " → "Norra Centrum". */
export function normaliseAreaName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The key two names clash on: case-insensitive the Swedish way (Å, Ä, Ö included). */
export function areaNameKey(name: string): string {
  return normaliseAreaName(name).toLocaleLowerCase('sv');
}

/** What is wrong with a (normalised) name, or null. */
export function areaNameProblem(name: string): Texts | null {
  if (!name) return { sv: 'Skriv områdets namn', en: "Write the area's name" };
  if (name.length > AREA_NAME_MAX) {
    return {
      sv: `Områdets namn får vara högst ${AREA_NAME_MAX} tecken`,
      en: `The area's name may be at most ${AREA_NAME_MAX} characters`,
    };
  }
  return null;
}

/** Everything that points to an area (by id) or names it (a promise's commitments name places as text). */
export interface AreaUsage {
  activities: number;
  dialogues: number;
  estReports: number;
  findings: number;
  surveyAnswers: number;
  commitments: number;
}

export const USAGE_KINDS = [
  'activities',
  'dialogues',
  'estReports',
  'findings',
  'surveyAnswers',
  'commitments',
] as const satisfies readonly (keyof AreaUsage)[];

export const NO_USAGE: Readonly<AreaUsage> = Object.freeze({
  activities: 0,
  dialogues: 0,
  estReports: 0,
  findings: 0,
  surveyAnswers: 0,
  commitments: 0,
});

export function isInUse(usage: AreaUsage): boolean {
  return USAGE_KINDS.some((k) => usage[k] > 0);
}

const WORDS: Record<keyof AreaUsage, { sv: [string, string]; en: [string, string] }> = {
  activities: { sv: ['aktivitet', 'aktiviteter'], en: ['activity', 'activities'] },
  dialogues: {
    sv: ['dialog eller trygghetsvandring', 'dialoger och trygghetsvandringar'],
    en: ['dialogue or safety walk', 'dialogues and safety walks'],
  },
  estReports: { sv: ['EST-rapport', 'EST-rapporter'], en: ['EST report', 'EST reports'] },
  findings: { sv: ['iakttagelse', 'iakttagelser'], en: ['finding', 'findings'] },
  surveyAnswers: { sv: ['enkätsvar', 'enkätsvar'], en: ['survey answer', 'survey answers'] },
  commitments: {
    sv: ['åtagande i ett medborgarlöfte', 'åtaganden i medborgarlöften'],
    en: ['commitment of a promise', 'commitments of promises'],
  },
};

function list(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

/** "3 aktiviteter, 1 iakttagelse och 12 enkätsvar" and its English twin; empty when nothing uses the area. */
export function usageInWords(usage: AreaUsage): Texts {
  const used = USAGE_KINDS.filter((k) => usage[k] > 0);
  const say = (lang: 'sv' | 'en') => used.map((k) => `${usage[k]} ${WORDS[k][lang][usage[k] === 1 ? 0 : 1]}`);
  return { sv: list(say('sv'), 'och'), en: list(say('en'), 'and') };
}
