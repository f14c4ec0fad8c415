/**
 * "Vanligast lovat": what promises are most often about, counted the simple
 * way a reader can check. A commitment belongs to a theme when a word of its
 * text starts with one of the theme's stems (stems of six letters or more
 * may also sit inside a compound word: "narkotika" in
 * "narkotikainsatser"); a commitment whose text names no theme is counted
 * by the title of its focus area.
 */
export interface Theme {
  key: string;
  sv: string;
  en: string;
  stems: string[];
}

export const THEMES: readonly Theme[] = [
  {
    key: 'narkotika',
    sv: 'Narkotika och droger',
    en: 'Drugs',
    stems: ['narkotika', 'drog', 'cannabis', 'knark', 'missbruk'],
  },
  {
    key: 'trafik',
    sv: 'Trafik',
    en: 'Traffic',
    stems: ['trafik', 'hastighet', 'fortkörning', 'moped', 'epa', 'rattfylleri', 'nykterhetskontroll'],
  },
  { key: 'trygghetsvandring', sv: 'Trygghetsvandringar', en: 'Safety walks', stems: ['trygghetsvandring'] },
  { key: 'skola', sv: 'Skola och föräldrar', en: 'Schools and parents', stems: ['skol', 'elev', 'föräld', 'lärare'] },
  {
    key: 'unga',
    sv: 'Barn och unga',
    en: 'Children and young people',
    stems: ['ungdom', 'unga', 'ungas', 'barn', 'fritidsgård', 'tonåring'],
  },
  { key: 'grannsamverkan', sv: 'Grannsamverkan', en: 'Neighbourhood watch', stems: ['grannsamverkan'] },
  { key: 'alkohol', sv: 'Alkohol och langning', en: 'Alcohol', stems: ['alkohol', 'langning', 'krog', 'berusad'] },
  {
    key: 'vald',
    sv: 'Våld, även i nära relationer',
    en: 'Violence, also domestic',
    stems: ['våld', 'kvinnofrid', 'hedersrelaterat'],
  },
  {
    key: 'narvaro',
    sv: 'Synlig polis och närvaro',
    en: 'Visible police presence',
    stems: ['närvaro', 'synlig', 'patrull', 'fotpatrull'],
  },
  {
    key: 'boendemiljo',
    sv: 'Skadegörelse och boendemiljö',
    en: 'Vandalism and housing areas',
    stems: ['skadegörelse', 'klotter', 'belysning', 'bostad', 'fastighet'],
  },
  {
    key: 'dialog',
    sv: 'Dialog och information',
    en: 'Dialogue and information',
    stems: ['dialog', 'medborgardialog', 'information', 'informera', 'sociala'],
  },
  {
    key: 'bedrageri',
    sv: 'Bedrägerier och brott mot äldre',
    en: 'Fraud and crimes against the elderly',
    stems: ['bedrägeri', 'äldre'],
  },
];

const WORD = /[\p{L}\p{N}-]+/gu;

function matchesStem(word: string, stem: string): boolean {
  return stem.length >= 6 ? word.includes(stem) : word.startsWith(stem);
}

export function themesOf(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  return THEMES.filter((t) => t.stems.some((s) => words.some((w) => matchesStem(w, s)))).map((t) => t.key);
}

export interface ThemeCount {
  theme: Theme;
  commitments: number;
  kommuner: number;
}

/** Themes by how many published commitments name them (then by kommuner), most first; themes no one promised are left out. */
export function countThemes(
  commitments: { text: string; focusArea: string; kommunIds: string[] }[],
  limit = 8,
): ThemeCount[] {
  const counts = new Map<string, { commitments: number; kommuner: Set<string> }>();
  for (const c of commitments) {
    const own = themesOf(c.text);
    for (const key of own.length ? own : themesOf(c.focusArea)) {
      const entry = counts.get(key) ?? { commitments: 0, kommuner: new Set<string>() };
      entry.commitments++;
      for (const k of c.kommunIds) entry.kommuner.add(k);
      counts.set(key, entry);
    }
  }
  return THEMES.filter((t) => counts.has(t.key))
    .map((theme) => ({
      theme,
      commitments: counts.get(theme.key)!.commitments,
      kommuner: counts.get(theme.key)!.kommuner.size,
    }))
    .sort((a, b) => b.commitments - a.commitments || b.kommuner - a.kommuner)
    .slice(0, limit);
}
