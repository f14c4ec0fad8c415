/**
 * Measures the importer on documents and sentences written for this test
 * (test/fixtures/import-meta/), in the styles kommuner use: F1 of count
 * targets as (count, per, every), responsible-party accuracy, and the
 * accuracy of the promise period, kommun and title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Commitment, PromiseDocument } from '../promise-document.ts';
import { buildCommitment } from './commitment.ts';
import { importPromiseText } from './index.ts';

type Triple = [number, string | null, number];
interface Expected {
  responsible: string[];
  partners?: string[];
  targets: Triple[];
  unit?: string | null;
  warning?: string;
}
interface Sentence extends Expected {
  text: string;
}
interface DocLabel {
  title: string;
  municipalities: string[];
  period: { from: string; to: string | null };
  signatories?: string[];
  commitments: Array<Expected & { quote: string }>;
}

const DIR = join(import.meta.dirname, '../../../test/fixtures/import-meta');
const sentences = JSON.parse(readFileSync(join(DIR, 'sentences.json'), 'utf8')) as Sentence[];
const labels = JSON.parse(readFileSync(join(DIR, 'documents.json'), 'utf8')) as Record<string, DocLabel>;
const docs = Object.entries(labels).map(([file, label]) => ({
  file,
  label,
  doc: importPromiseText(readFileSync(join(DIR, file), 'utf8')),
}));

function countTriples(c: Commitment): string[] {
  return [c.target, ...c.targets.map((t) => t.target)]
    .filter((t) => t.kind === 'count')
    .map((t) => JSON.stringify([t.count, t.per, t.every]));
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Pairs of (what was read, what a careful reader labels) over sentences and document commitments. */
function pairs(): Array<{ where: string; got: Commitment | undefined; want: Expected }> {
  const out: Array<{ where: string; got: Commitment | undefined; want: Expected }> = sentences.map((s) => ({
    where: s.text,
    got: buildCommitment({ text: s.text }).commitment,
    want: s,
  }));
  for (const { file, label, doc } of docs) {
    const all = doc.focusAreas.flatMap((a) => a.commitments);
    for (const want of label.commitments)
      out.push({ where: `${file}: ${want.quote}`, got: all.find((c) => c.text.includes(want.quote)), want });
  }
  return out;
}

function measure() {
  let tp = 0;
  let got = 0;
  let wanted = 0;
  let responsibleRight = 0;
  const misses: string[] = [];
  const all = pairs();
  for (const { where, got: c, want } of all) {
    const read = c ? countTriples(c) : [];
    const expected = want.targets.map((t) => JSON.stringify(t));
    tp += read.filter((t) => expected.includes(t)).length;
    got += read.length;
    wanted += expected.length;
    if (c && sameSet(c.responsible, want.responsible)) responsibleRight++;
    else misses.push(`responsible ${JSON.stringify(c?.responsible)} ≠ ${JSON.stringify(want.responsible)}: ${where}`);
    if (!sameSet(read, expected)) misses.push(`targets ${read.join(' ')} ≠ ${expected.join(' ')}: ${where}`);
  }
  const precision = got === 0 ? 1 : tp / got;
  const recall = wanted === 0 ? 1 : tp / wanted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const periodRight = docs.filter((d) => JSON.stringify(d.doc.period) === JSON.stringify(d.label.period)).length;
  return { f1, responsible: responsibleRight / all.length, period: periodRight / docs.length, misses };
}

const names = (doc: PromiseDocument) => doc.municipalities.map((m) => m.name);

describe('importer measured on documents of its own kind (test/fixtures/import-meta)', () => {
  const result = measure();
  console.log(
    `import-meta: count-target F1 ${result.f1.toFixed(3)}, responsible ${result.responsible.toFixed(3)}, period ${result.period.toFixed(3)}\n  ${result.misses.join('\n  ')}`,
  );

  it('reads count targets with F1 ≥ 0.92, the responsible party ≥ 0.92 and the period ≥ 0.90', () => {
    expect(result.f1).toBeGreaterThanOrEqual(0.92);
    expect(result.responsible).toBeGreaterThanOrEqual(0.92);
    expect(result.period).toBeGreaterThanOrEqual(0.9);
  });

  it.each(docs.map((d) => [d.file, d] as const))('%s: period, kommun and title', (_file, { label, doc }) => {
    expect(doc.period).toEqual(label.period);
    expect(names(doc)).toEqual(label.municipalities);
    expect(doc.title).toBe(label.title);
    if (label.signatories) expect(doc.signatories.map((s) => s.name)).toEqual(label.signatories);
  });

  it.each(sentences.filter((s) => s.partners).map((s) => [s.text, s.partners] as const))(
    'partners of "%s"',
    (text, partners) => {
      expect(buildCommitment({ text }).commitment.partners).toEqual(partners);
    },
  );

  it.each(sentences.filter((s) => s.unit !== undefined || s.warning).map((s) => [s.text, s] as const))(
    'unit and warning of "%s"',
    (text, s) => {
      const built = buildCommitment({ text });
      const target = built.commitment.target;
      if (s.unit !== undefined) expect(target.kind === 'count' ? target.unit : 'no count').toBe(s.unit);
      if (s.warning) expect(built.warnings.join(' ')).toContain(s.warning);
    },
  );
});
