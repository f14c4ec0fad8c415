import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';

/**
 * Text that no part of the system can store: a NUL character (PostgreSQL's
 * text and jsonb refuse it) and a lone UTF-16 surrogate (not Unicode, so it
 * cannot become UTF-8; jsonb refuses its \ud800 escape). Checked once, for
 * every route, on the parsed body, query and path, before validation, so
 * no schema or importer has to remember it and none of them answers 500.
 */
export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !value.includes('\0');
}

interface BadText {
  /** JSON-pointer-like path: /body/findings/0/text, /query/from, /params/kommun. */
  path: string;
  /** For text of several lines (a CSV file), the 1-based line the bad character is on. */
  line?: number;
}

/**
 * The first string (or object key) in `value` that is not storable text;
 * iterative, so deep nesting cannot overflow the stack. Strings at the
 * paths in `skip` are files the route reads itself (see FILE_TEXT).
 */
export function findBadText(value: unknown, root: string, skip: readonly string[] = []): BadText | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (skip.includes(path)) continue;
      if (!isStorableText(v)) return { path, ...(v.includes('\n') ? { line: lineOfBadCharacter(v) } : {}) };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}/${i}`]);
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const key of Object.keys(v)) {
        if (!isStorableText(key)) return { path: `${path}/${escapeKey(key)}` };
        stack.push([(v as Record<string, unknown>)[key], `${path}/${key}`]);
      }
    }
  }
  return null;
}

function escapeKey(key: string): string {
  return key.replaceAll('\0', '\\u0000').toWellFormed();
}

function lineOfBadCharacter(text: string): number {
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0) return line;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return line;
    } else if (c >= 0xdc00 && c <= 0xdfff) return line;
  }
  return line;
}

export function invalidText(bad: BadText): AppError {
  const where = bad.line === undefined ? bad.path : `${bad.path}, rad ${bad.line}`;
  const whereEn = bad.line === undefined ? bad.path : `${bad.path}, line ${bad.line}`;
  return new AppError(
    'invalid_text',
    `Texten i ${where} innehåller ett tecken som inte kan sparas (NUL eller ett ensamt UTF-16-surrogat)`,
    `The text in ${whereEn} contains a character that cannot be stored (NUL or a lone UTF-16 surrogate)`,
    [{ path: bad.path, ...(bad.line === undefined ? {} : { line: bad.line }) }],
  );
}

/**
 * A route whose handler reads a whole file from the body (a statistics
 * import) names those paths in its config as `fileText`: the importer then
 * rejects NUL and lone surrogates itself, with its own row-by-row report
 * ("the file looks like a binary file"), which tells the user more.
 */
export interface FileTextConfig {
  fileText?: readonly string[];
}

declare module 'fastify' {
  interface FastifyContextConfig extends FileTextConfig {}
}

function check(req: FastifyRequest): void {
  const skip = (req.routeOptions.config as FileTextConfig | undefined)?.fileText ?? [];
  const bad =
    findBadText(req.params, '/params') ?? findBadText(req.query, '/query') ?? findBadText(req.body, '/body', skip);
  if (bad) throw invalidText(bad);
}

export function registerTextInputCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => check(req));
}
