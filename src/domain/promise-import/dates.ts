/**
 * Dates and date ranges as Swedish documents write them: "2019-11-28 –
 * 2021-05-31", "1/1 2019", "den 1 januari 2019 till och med den 31
 * december 2022", "2020 och 2021", "2021–2022", "från 2022". An impossible
 * day ("31 juni") becomes the nearest real one, with a warning.
 */

export type Precision = 'day' | 'month' | 'year';

export interface DatePoint {
  from: string;
  to: string;
  precision: Precision;
  start: number;
  end: number;
  warning: string | null;
  /** A day and month whose year must come from the other end of a range. */
  yearless?: { day: number; month: number };
}

export interface DateSpan {
  from: string;
  /** null when only a start is stated ("från 2022", "tills vidare"). */
  to: string | null;
  /** True when "från"/"fr.o.m."/"med början" introduces a lone start. */
  openEnded: boolean;
  /** True when "till och med"/"fram till" introduces a lone end: `from` is then the end's first day. */
  endOnly?: boolean;
  precision: Precision;
  start: number;
  end: number;
  warnings: string[];
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const POINT_RE = new RegExp(
  [
    '(?<iso>(?<![\\d])(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})(?![\\d]))',
    '(?<slash>(?<![\\d/])(?<slD>\\d{1,2})/(?<slM>\\d{1,2})[ -]?(?<slY>\\d{4})(?![\\d]))',
    `(?<dmy>(?<![\\d])(?<dmyD>\\d{1,2})(?::[ae])?\\s+(?<dmyM>${MONTH_NAMES})\\.?(?:\\s+(?<dmyY>\\d{4}))?(?![\\p{L}\\d]))`,
    `(?<my>(?<![\\p{L}])(?<myM>${MONTH_NAMES})\\s+(?<myY>\\d{4})(?![\\d]))`,
    '(?<term>(?<![\\p{L}])(?<termK>hösttermin|vårtermin)(?:en)?\\s+(?<termY>20\\d{2})(?![\\d]))',
    '(?<year>(?<![\\d\\p{L}])(?<yY>19[5-9]\\d|20\\d{2})(?![\\d]))',
  ].join('|'),
  'giu',
);

const pad = (n: number): string => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayPoint(year: number, month: number, day: number, raw: string, at: [number, number]): DatePoint | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = daysInMonth(year, month);
  const real = Math.min(day, last);
  const iso = `${year}-${pad(month)}-${pad(real)}`;
  const warning = real !== day ? `Datumet "${raw.trim()}" finns inte; ${iso} användes i stället.` : null;
  return { from: iso, to: iso, precision: 'day', start: at[0], end: at[1], warning };
}

function pointFrom(m: RegExpExecArray): DatePoint | null {
  const g = m.groups ?? {};
  const at: [number, number] = [m.index, m.index + m[0].length];
  const num = (s: string | undefined): number => Number(s);
  if (g.iso) return dayPoint(num(g.isoY), num(g.isoM), num(g.isoD), m[0], at);
  if (g.slash) return dayPoint(num(g.slY), num(g.slM), num(g.slD), m[0], at);
  if (g.dmy) {
    const month = MONTHS[(g.dmyM ?? '').toLowerCase()] ?? 0;
    if (g.dmyY) return dayPoint(num(g.dmyY), month, num(g.dmyD), m[0], at);
    return {
      from: '',
      to: '',
      precision: 'day',
      start: at[0],
      end: at[1],
      warning: null,
      yearless: { day: num(g.dmyD), month },
    };
  }
  if (g.my) {
    const year = num(g.myY);
    const month = MONTHS[(g.myM ?? '').toLowerCase()] ?? 1;
    return {
      from: `${year}-${pad(month)}-01`,
      to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
      precision: 'month',
      start: at[0],
      end: at[1],
      warning: null,
    };
  }
  if (g.term) {
    const y = num(g.termY);
    const autumn = (g.termK ?? '').toLowerCase().startsWith('höst');
    return {
      from: autumn ? `${y}-08-01` : `${y}-01-01`,
      to: autumn ? `${y}-12-31` : `${y}-06-30`,
      precision: 'month',
      start: at[0],
      end: at[1],
      warning: null,
    };
  }
  const year = num(g.yY);
  return { from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year', start: at[0], end: at[1], warning: null };
}

/** Every date, month or year named in the text, in order. */
export function findDatePoints(text: string): DatePoint[] {
  const out: DatePoint[] = [];
  for (const m of text.matchAll(POINT_RE)) {
    const p = pointFrom(m);
    if (p) out.push(p);
  }
  return out;
}

const RANGE_LINK = /^\s*(?:–|-|—|\/|till och med|t\.?\s?o\.?\s?m\.?|tom|till|och|until)\s*(?:den\s+)?$/iu;
const FROM_WORD = /(?:från och med|fr\.?\s?o\.?\s?m\.?|från|med början|from|fom)\s*(?:den\s+)?$/iu;
const UNTIL_FURTHER = /^\s*(?:och\s+)?tills\s+vidare/iu;
const UNTIL_WORD = /(?:till och med|t\.?\s?o\.?\s?m\.?|fram till|till)\s*(?:den\s+)?$/iu;
/** "läsåret 2026/27", "läsår 2026–2027": a school year runs August to June. */
const SCHOOL_YEAR = /(?<![\p{L}])läsår(?:et)?\s+(20\d{2})\s*[/–—-]\s*(20\d{2}|\d{2})(?![\d])/giu;

function withYear(p: DatePoint, year: number, text: string): DatePoint | null {
  if (!p.yearless) return p;
  return dayPoint(year, p.yearless.month, p.yearless.day, text.slice(p.start, p.end), [p.start, p.end]);
}

/** "2021–22": a year range with the second year in two digits. */
function shortYearRange(text: string, a: DatePoint): DateSpan | null {
  if (a.precision !== 'year') return null;
  const m = /^\s*[–—/-]\s*(\d{2})(?![\d])/u.exec(text.slice(a.end));
  if (!m?.[1]) return null;
  const endYear = Number(a.from.slice(0, 2) + m[1]);
  if (endYear <= Number(a.from.slice(0, 4))) return null;
  return {
    from: a.from,
    to: `${endYear}-12-31`,
    openEnded: false,
    precision: 'year',
    start: a.start,
    end: a.end + m[0].length,
    warnings: [],
  };
}

/** Pairs "A – B" and "från A"; "och" only joins two years ("2020 och 2021"). */
function spanAt(text: string, points: DatePoint[], k: number): { span: DateSpan; used: number } | null {
  const a = points[k] as DatePoint;
  const b = points[k + 1];
  const link = b ? text.slice(a.end, b.start) : '';
  const yearsOnly = /^\s*(och|\/)\s*$/iu.test(link);
  const linked =
    b !== undefined && RANGE_LINK.test(link) && (!yearsOnly || (a.precision === 'year' && b.precision === 'year'));
  if (linked && b) {
    const endYear = Number((b.yearless ? '' : b.to).slice(0, 4));
    const from = withYear(a, endYear, text);
    const to = b.yearless ? null : b;
    if (!from || !to) return null;
    const warnings = [from.warning, to.warning].filter((w): w is string => w !== null);
    const openEnd = UNTIL_FURTHER.test(text.slice(to.end));
    return {
      span: {
        from: from.from,
        to: openEnd ? null : to.to,
        openEnded: false,
        precision: from.precision,
        start: a.start,
        end: to.end,
        warnings,
      },
      used: 2,
    };
  }
  if (a.yearless) return null;
  const short = shortYearRange(text, a);
  if (short) return { span: short, used: 1 };
  const before = text.slice(Math.max(0, a.start - 20), a.start);
  const openEnded = FROM_WORD.test(before) || UNTIL_FURTHER.test(text.slice(a.end));
  const endOnly = !openEnded && UNTIL_WORD.test(before);
  const warnings = a.warning ? [a.warning] : [];
  return {
    span: {
      from: a.from,
      to: openEnded ? null : a.to,
      openEnded,
      ...(endOnly ? { endOnly } : {}),
      precision: a.precision,
      start: a.start,
      end: a.end,
      warnings,
    },
    used: 1,
  };
}

function schoolYears(text: string): DateSpan[] {
  return [...text.matchAll(SCHOOL_YEAR)].flatMap((m) => {
    const start = Number(m[1]);
    const short = m[2] ?? '';
    const end = short.length === 2 ? Number(String(start).slice(0, 2) + short) : Number(short);
    if (end !== start + 1) return [];
    const at = m.index ?? 0;
    const span: DateSpan = {
      from: `${start}-08-01`,
      to: `${end}-06-30`,
      openEnded: false,
      precision: 'month',
      start: at,
      end: at + m[0].length,
      warnings: [],
    };
    return [span];
  });
}

/** Date spans in the text, in order: school years, ranges, open starts and single points. */
export function findDateSpans(text: string): DateSpan[] {
  const school = schoolYears(text);
  const inSchoolYear = (p: DatePoint): boolean => school.some((s) => p.start >= s.start && p.end <= s.end);
  const points = findDatePoints(text).filter((p) => !inSchoolYear(p));
  const spans: DateSpan[] = [...school];
  for (let k = 0; k < points.length; ) {
    const hit = spanAt(text, points, k);
    if (hit) {
      spans.push(hit.span);
      k += hit.used;
    } else {
      k += 1;
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** The one day a short line names ("Haparanda 2019-02-11", "den 11 februari 2019"), if any. */
export function dayIn(text: string): { iso: string; warning: string | null } | null {
  const p = findDatePoints(text).find((d) => d.precision === 'day' && !d.yearless);
  return p ? { iso: p.from, warning: p.warning } : null;
}
