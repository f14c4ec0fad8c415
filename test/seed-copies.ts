/**
 * Finds copies of outside reference documents in the repository. The real
 * promise documents (../shared/seeds) may be quoted a sentence at a time in
 * the importer's tests, but never copied in whole or in part: a file holding
 * three or more of a document's longer lines, word for word, is a copy.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['src', 'test', 'e2e', 'bench', 'docs', 'README.md'];
const SKIP = new Set(['node_modules', 'dist', '.git']);
const MIN_LINE = 50;
const COPY_LINES = 3;

function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The lines a copy would carry: long enough not to occur by chance, bullets and markup stripped. */
function longLines(document: string): string[] {
  const lines = document.split('\n').map((l) => squash(l.replace(/^[\s•*#-]+/u, '').replace(/\*\*/g, '')));
  return [...new Set(lines.filter((l) => l.length >= MIN_LINE))];
}

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (stat.isFile()) return [path];
  return readdirSync(full)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => filesUnder(join(path, name)));
}

/** "path: n lines of document k" for each file that holds a copy of one of the documents. */
export function copiesOfSeeds(documents: string[]): string[] {
  const wanted = documents.map(longLines);
  const found: string[] = [];
  for (const file of FOLDERS.flatMap(filesUnder)) {
    const text = squash(readFileSync(join(ROOT, file), 'utf8'));
    wanted.forEach((lines, k) => {
      const hits = lines.filter((line) => text.includes(line)).length;
      if (hits >= COPY_LINES) found.push(`${file}: ${hits} lines of document ${k + 1}`);
    });
  }
  return found;
}
