/**
 * Numbers as Swedish statistics write them: a space (or no-break space) as
 * thousands separator ("2 537"), a decimal comma, ".." for suppressed or
 * missing and "-" for zero (BRÅ's Excel exports).
 */
export type NumberCell = { ok: true; value: number | null; dash?: true } | { ok: false };

const SPACES = /[\u00A0\u202F\u2007 ]/g;
const GROUPED_INT = /^\d{1,3}( \d{3})+$/;
const PLAIN_INT = /^\d+$/;

function normalise(raw: string): string {
  return raw.replace(SPACES, ' ').trim();
}

function integerPart(s: string): number | null {
  if (PLAIN_INT.test(s) || GROUPED_INT.test(s)) return Number(s.replace(/ /g, ''));
  return null;
}

function special(s: string): NumberCell | null {
  if (s === '..' || s === '…') return { ok: true, value: null };
  // "-" is zero in BRÅ's tables; the cell says so, so a series can flag a zero year next to real values.
  if (s === '-' || s === '–' || s === '—') return { ok: true, value: 0, dash: true };
  return null;
}

/** A whole non-negative count. Empty is not a count. */
export function parseCount(raw: string): NumberCell {
  const s = normalise(raw);
  const sp = special(s);
  if (sp) return sp;
  const n = integerPart(s);
  return n === null || !Number.isSafeInteger(n) ? { ok: false } : { ok: true, value: n };
}

/** A non-negative decimal such as "1 234,5"; empty means not given (null). */
export function parseDecimal(raw: string): NumberCell {
  const s = normalise(raw);
  if (s === '') return { ok: true, value: null };
  const sp = special(s);
  if (sp) return sp;
  const m = /^([\d ]+)(?:[,.](\d+))?$/.exec(s);
  if (!m) return { ok: false };
  const whole = integerPart(m[1]!);
  if (whole === null) return { ok: false };
  return { ok: true, value: m[2] ? Number(`${whole}.${m[2]}`) : whole };
}
