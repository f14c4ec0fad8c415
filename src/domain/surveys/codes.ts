/**
 * Single-use answer codes for the letters of a postal sample: eight
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S,
 * 8/B, 2/Z), shown as two groups of four. 25^8 ≈ 1.5·10^11 codes, so
 * guessing one is hopeless under the rate limit.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;

/** A code from random bytes (rejection sampling keeps every character equally likely). */
export function codeFromRandom(nextByte: () => number): string {
  let out = '';
  const limit = 256 - (256 % CODE_ALPHABET.length);
  while (out.length < CODE_LENGTH) {
    const b = nextByte();
    if (b < limit) out += CODE_ALPHABET[b % CODE_ALPHABET.length];
  }
  return out;
}

/** "ACDE-FGHJ" for the letter. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, in the stored form: case, spaces and dashes do not matter. Null when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((ch) => CODE_ALPHABET.includes(ch)) ? code : null;
}
