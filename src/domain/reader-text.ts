/**
 * Numbers and titles as the public reads them, in one place: the public
 * pages, share texts, feeds, reports and the staff app all write progress
 * through these, so "2.5 av 2 insatser" or "Kalix – Kalix" cannot come back
 * through one forgotten template.
 */

const SV = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "2,5", "1 234" (no-break space), "3" – never a trailing zero or a decimal point. */
export function formatNumberSv(value: number): string {
  return SV.format(value);
}

/** Finnish and Meänkieli write numbers as Swedish does: "1 234,5". */
export function formatNumber(value: number, locale: 'sv' | 'en' | 'fi' | 'fit'): string {
  return locale === 'en' ? EN.format(value) : SV.format(value);
}

// Units that are measured, not counted: time, weight, distance, volume, share.
const FRACTIONAL_UNIT =
  /^(?:timm(?:e|ar|arna)|tim|h|minut(?:er|erna)?|min|sekund(?:er)?|gram|g|kg|kilo(?:gram)?|hg|ton|km|kilometer|meter|m|mil|liter|l|dl|cl|ml|procent|%|kronor|kr|hours?|minutes?|grams?|kilometres?|litres?|percent)$/iu;

/** Whether a target's unit can be a fraction ("2,5 timmar") rather than a count ("2 insatser"). */
export function isFractionalUnit(unit: string | null | undefined): boolean {
  const word = unit?.trim().split(/\s+/u)[0] ?? '';
  return FRACTIONAL_UNIT.test(word);
}

/**
 * Whether what is logged against the target counts whole things: a count
 * target in insatser, kontroller, gånger (no unit), and löpande work. A
 * measured unit (timmar, gram) may be a fraction; a share's quantity is not
 * what it judges.
 */
export function countsWhole(target: { kind: string; unit?: string | null }): boolean {
  if (target.kind === 'none') return true;
  return target.kind === 'count' && !isFractionalUnit(target.unit);
}

/**
 * A done or required amount in `unit`. Counted things (insatser, tillfällen,
 * kontroller, and a target without a unit, which counts "gånger") are whole:
 * a fraction recorded against them is shown rounded down, so the page never
 * claims a half insats nor more than was done. Measured units keep their
 * decimals, written the Swedish way.
 */
export function formatAmount(
  value: number,
  unit: string | null | undefined,
  locale: 'sv' | 'en' | 'fi' | 'fit',
): string {
  // The epsilon keeps 2.9999999 (a numeric sum read as float) from showing as 2.
  const shown = isFractionalUnit(unit) ? value : Math.floor(value + 1e-9);
  return formatNumber(shown, locale);
}

/** Whether `words` stands in `text` as whole words: "kalix" in "kalix – medborgarlöften", not "lund" in "lundby". */
function containsWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Title parts joined with " – ", each said once: a part already contained
 * in another ("Kalix" in "Kalix – medborgarlöften") or equal to an earlier
 * one is left out, case and spacing aside.
 */
export function joinTitle(parts: readonly (string | null | undefined)[], separator = ' – '): string {
  const clean = parts.map((p) => p?.trim() ?? '').filter((p) => p !== '');
  const key = (s: string) => s.toLocaleLowerCase('sv-SE').replace(/\s+/gu, ' ');
  const kept: string[] = [];
  clean.forEach((part, i) => {
    const k = key(part);
    const repeated = clean.some((other, j) => {
      const o = key(other);
      return j !== i && (o === k ? j < i : containsWords(o, k));
    });
    if (!repeated) kept.push(part);
  });
  return kept.join(separator);
}

/** "Anna Andersson, kommunstyrelsens ordförande", but a role typed also as the name is said once. */
export function nameWithRole(name: string | null | undefined, role: string | null | undefined): string {
  return joinTitle([name, role], ', ');
}
