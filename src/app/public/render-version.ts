/**
 * A fingerprint of the code that renders public pages. It is part of every
 * cache stamp, so a deploy that changes a template, a word or a progress
 * rule never serves pages rendered by the old code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';

const SOURCES = [
  '../../server/public/', './', '../../i18n/public.ts', '../../domain/progress/', '../../domain/follow-up.ts', '../../reports/target-text.ts',
];

function addTree(hash: ReturnType<typeof createHash>, url: URL): void {
  let stat;
  try {
    stat = statSync(url);
  } catch {
    return;
  }
  if (stat.isFile()) {
    hash.update(url.pathname).update(readFileSync(url));
    return;
  }
  for (const name of readdirSync(url).sort()) {
    if (name.endsWith('.test.ts')) continue;
    addTree(hash, new URL(name + (statSync(new URL(name, url)).isDirectory() ? '/' : ''), url));
  }
}

let version: string | null = null;

export function renderVersion(): string {
  if (version === null) {
    const hash = createHash('sha256');
    for (const s of SOURCES) addTree(hash, new URL(s, import.meta.url));
    version = hash.digest('hex').slice(0, 16);
  }
  return version;
}
