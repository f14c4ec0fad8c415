import { problem, type RowProblem } from './types.ts';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;

/**
 * Text that is not text: a NUL byte, or control characters and decoding
 * replacement marks in more than 1 % of the first 8 000 characters.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8000);
  const bad = head.match(CONTROL)?.length ?? 0;
  return bad > Math.max(2, head.length * 0.01);
}

/** The problems that make any file unreadable before its rows are looked at: empty, or binary. */
export function fileProblem(text: string): RowProblem | null {
  if (text.replace(/^\uFEFF/, '').trim() === '') return problem(1, 'Filen är tom', 'The file is empty');
  // An .xlsx file is a zip archive: its text starts with "PK" and two control characters.
  if (/^PK\u0003\u0004/.test(text)) {
    return problem(
      1,
      'Filen är en binärfil, troligen en Excel-fil (.xlsx). Öppna den i Excel och spara den som CSV (semikolonavgränsad, UTF-8), och läs in den filen',
      'The file is a binary file, probably an Excel file (.xlsx). Open it in Excel and save it as CSV (semicolon separated, UTF-8), and import that file',
    );
  }
  if (looksBinary(text)) {
    return problem(1, 'Filen ser ut att vara en binärfil, inte text', 'The file looks like a binary file, not text');
  }
  // A lone UTF-16 surrogate (only possible through JSON's \ud800) is no character: nothing could store it.
  if (!text.isWellFormed()) {
    return problem(
      1,
      'Filen innehåller ett ensamt UTF-16-surrogat, som inte är text',
      'The file holds a lone UTF-16 surrogate, which is not text',
    );
  }
  return null;
}

const isStorable = (s: string) => s.isWellFormed() && !s.includes('\u0000');

/** JSON text to a value, or the one problem that says why not. */
export function readJson(text: string): { value: unknown } | { problem: RowProblem } {
  const early = fileProblem(text);
  if (early) return { problem: early };
  let unstorable = false;
  try {
    // JSON's escapes (\u0000, \ud800) make what the file's own text cannot hold: nothing could store it.
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''), (key, v: unknown) => {
      if (!isStorable(key) || (typeof v === 'string' && !isStorable(v))) unstorable = true;
      return v;
    });
    if (unstorable) {
      return {
        problem: problem(
          1,
          'Filen innehåller tecknet NUL eller ett ensamt UTF-16-surrogat, som inte kan sparas',
          'The file holds a NUL character or a lone UTF-16 surrogate, which cannot be stored',
        ),
      };
    }
    return { value };
  } catch (err) {
    const where = (err as Error).message.replace(/^.*?JSON/, 'JSON');
    return { problem: problem(1, `Ogiltig JSON (${where})`, `Invalid JSON (${where})`) };
  }
}
