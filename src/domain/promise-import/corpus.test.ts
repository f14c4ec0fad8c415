/**
 * Measures what the importer takes for a commitment on a corpus of promise
 * pages written for this purpose (test/fixtures/import-corpus): web pages
 * with menus and news, prose promises, focus-area lists above activities,
 * agreements beside the promise, several years on one page, and pure news
 * pages without any promise. Each document has a label file naming a key
 * phrase of every commitment a careful reader finds (with its parties and
 * count), or "none". The figures are printed and held to the levels issue
 * 13 asks of the private set: precision ≥ 0.90, recall ≥ 0.95, and pages
 * without a promise read as empty (≥ 14 of 16, here scaled to the corpus).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../promise-document.ts';
import { importPromiseText } from './index.ts';

const DIR = new URL('../../../test/fixtures/import-corpus/', import.meta.url);

interface Expected {
  key: string;
  responsible?: string[];
  count?: number;
}
interface Label {
  kind: number;
  commitments: Expected[] | 'none';
}

interface Score {
  found: number;
  expected: number;
  correct: number;
  partiesRight: number;
  partiesChecked: number;
  countsRight: number;
  countsChecked: number;
  emptyPages: number;
  emptyRight: number;
  misses: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function scoreDocument(file: string, label: Label, score: Score): void {
  const doc = importPromiseText(readFileSync(new URL(file, DIR), 'utf8'));
  const actual: Commitment[] = doc.focusAreas.flatMap((a) => a.commitments);
  score.found += actual.length;
  if (label.commitments === 'none') {
    score.emptyPages++;
    // A news page's message says that it reads as news, so a user knows why nothing was found.
    const message = label.kind === 2 ? 'Inga löften hittades: texten ser ut som en nyhet' : 'Inga löften hittades';
    const empty = actual.length === 0 && doc.warnings[0]?.startsWith(message) === true;
    if (empty) score.emptyRight++;
    else score.misses.push(`${file}: väntade inga löften, fick ${actual.map((c) => `"${c.text}"`).join(', ')}`);
    return;
  }
  score.expected += label.commitments.length;
  const used = new Set<number>();
  for (const e of label.commitments) {
    const i = actual.findIndex((c, k) => !used.has(k) && norm(c.text).includes(norm(e.key)));
    const c = actual[i];
    if (!c) {
      score.misses.push(`${file}: saknas "${e.key}"`);
      continue;
    }
    used.add(i);
    score.correct++;
    if (e.responsible) {
      score.partiesChecked++;
      if (sameSet(c.responsible, e.responsible)) score.partiesRight++;
      else score.misses.push(`${file}: "${e.key}" parter ${JSON.stringify(c.responsible)}`);
    }
    if (e.count !== undefined) {
      score.countsChecked++;
      if (c.target.kind === 'count' && c.target.count === e.count) score.countsRight++;
      else score.misses.push(`${file}: "${e.key}" mål ${JSON.stringify(c.target)}`);
    }
  }
  actual.forEach((c, k) => {
    if (!used.has(k)) score.misses.push(`${file}: extra "${c.text.slice(0, 70)}"`);
  });
}

function measure(): Score & { files: string[]; labels: Label[] } {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const score: Score = {
    found: 0,
    expected: 0,
    correct: 0,
    partiesRight: 0,
    partiesChecked: 0,
    countsRight: 0,
    countsChecked: 0,
    emptyPages: 0,
    emptyRight: 0,
    misses: [],
  };
  const labels = files.map((f) => JSON.parse(readFileSync(new URL(f.replace('.txt', '.json'), DIR), 'utf8')) as Label);
  files.forEach((f, i) => {
    scoreDocument(f, labels[i] as Label, score);
  });
  return { ...score, files, labels };
}

describe('the import corpus (commitments as a careful reader finds them)', () => {
  const s = measure();
  const precision = s.found === 0 ? 0 : s.correct / s.found;
  const recall = s.expected === 0 ? 0 : s.correct / s.expected;
  console.log(
    [
      `import corpus: ${s.files.length} documents`,
      `precision ${precision.toFixed(3)} (${s.correct}/${s.found}), recall ${recall.toFixed(3)} (${s.correct}/${s.expected})`,
      `empty pages read as empty ${s.emptyRight}/${s.emptyPages}`,
      `parties ${s.partiesRight}/${s.partiesChecked}, counts ${s.countsRight}/${s.countsChecked}`,
      ...s.misses.map((m) => `  ${m}`),
    ].join('\n'),
  );

  it('has at least 30 documents, three or more of each kind of failure', () => {
    expect(s.files.length).toBeGreaterThanOrEqual(30);
    for (const kind of [1, 2, 3, 4, 5, 6, 7, 10]) {
      expect(s.labels.filter((l) => l.kind === kind).length, `kind ${kind}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps precision at 0.90 or more and recall at 0.95 or more', () => {
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reads pages without a promise as empty, with a message that says so', () => {
    expect(s.emptyRight / s.emptyPages).toBeGreaterThanOrEqual(14 / 16);
  });

  it('gives the found commitments their parties and counts', () => {
    expect(s.partiesRight / s.partiesChecked).toBeGreaterThanOrEqual(0.9);
    expect(s.countsRight / s.countsChecked).toBeGreaterThanOrEqual(0.9);
  });
});
