/**
 * The build's identity: a hash of every source file under src/ (tests
 * aside) and of the pinned dependencies (package-lock.json). It is part of
 * every cache stamp (public pages, progress answers), so a deploy that
 * changes anything (a template, a word, a progress rule, the SQL that
 * counts) never serves answers made by the old code. Nothing is listed by
 * hand, so a file cannot be forgotten.
 *
 * Why the sources and not the git commit or the package version: a fresh
 * clone or a tarball may have no .git, a working tree (development, the
 * test run) changes without a new commit, and the version is not bumped per
 * change. The server runs the TypeScript in src/ as it is (type stripping),
 * so those files are exactly the code that answers. Paths enter the hash
 * relative to src/, so processes started from different folders (several
 * app processes behind one PostgreSQL) agree. Computed once per process:
 * about 600 files, 4 MB, a few tens of milliseconds. It lives beside the
 * use cases, not under public/, because the staff side's progress answers
 * carry it as well.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const SRC = new URL('../', import.meta.url);
const LOCK = new URL('../../package-lock.json', import.meta.url);

function addTree(hash: Hash, root: URL, rel: string): void {
  for (const entry of readdirSync(new URL(rel, root), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.isDirectory()) addTree(hash, root, `${rel}${entry.name}/`);
    else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) {
      hash.update(`\0${rel}${entry.name}\0`).update(readFileSync(new URL(rel + entry.name, root)));
    }
  }
}

/** The identity of the sources under `srcRoot` (a folder URL ending in /) and of `extra` files that exist. */
export function buildStamp(srcRoot: URL, extra: URL[] = []): string {
  const hash = createHash('sha256');
  addTree(hash, srcRoot, '');
  for (const file of extra) {
    try {
      hash.update(`\0${file.pathname.split('/').at(-1)}\0`).update(readFileSync(file));
    } catch {
      // A deployment without the lock file is identified by its sources alone.
    }
  }
  return hash.digest('hex').slice(0, 16);
}

let version: string | null = null;

/** This process's build stamp (see above), computed on first use. */
export function buildIdentity(): string {
  version ??= buildStamp(SRC, [LOCK]);
  return version;
}
