/**
 * Benchmark of the promise importer: 100 documents of about 5 KB, built in
 * memory from the five seed documents (altered numbers, kommuner and years,
 * and pieces of the other seeds appended), imported several times. The
 * baseline, measured in the same run on the same texts, splits each text
 * into lines and runs one regex over every line. Prints one JSON object.
 *
 * The seed documents live outside the repository (../shared/seeds) and are
 * never copied into it; where that folder is absent (a fresh clone) the
 * benchmark prints one JSON line saying it did not run, and exits 0.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { importPromiseText } from '../src/domain/promise-import/index.ts';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const DOCUMENTS = 100;
const TARGET_BYTES = 5_000;
const REPEATS = 7;

const NUMBER_WORDS = ['två', 'tre', 'fyra', 'fem', 'sex', 'åtta', 'tio', 'tolv', 'femton', 'tjugo', 'femtiotvå'];
const KOMMUNER = [
  'Kalix',
  'Haparanda',
  'Övertorneå',
  'Norsjö',
  'Åsele',
  'Boden',
  'Luleå',
  'Piteå',
  'Gävle',
  'Upplands Väsby',
];
const SEED_KOMMUNER = /Övertorneå|Kalix|Haparanda|Norsjö|NORSJÖ|Åsele/g;

function alter(text: string, i: number): string {
  return text
    .replace(/(?<![\p{L}])två(?![\p{L}])/gu, NUMBER_WORDS[i % NUMBER_WORDS.length] ?? 'två')
    .replace(SEED_KOMMUNER, KOMMUNER[i % KOMMUNER.length] ?? 'Kalix')
    .replace(/20(19|20|21|22)/g, (_y, yy: string) => String(2019 + ((Number(yy) - 19 + i) % 6)));
}

function buildDocuments(seeds: string[]): string[] {
  const docs: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    let text = alter(seeds[i % seeds.length] ?? '', i);
    for (let k = 1; text.length < TARGET_BYTES; k++) text += `\n\n${alter(seeds[(i + k) % seeds.length] ?? '', i + k)}`;
    const cut = text.lastIndexOf('\n', TARGET_BYTES + 500);
    docs.push(cut > TARGET_BYTES ? text.slice(0, cut) : text);
  }
  return docs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const LINE_RE = /(?<![\p{L}])(minst|per|varje|polisen|kommunen)\s+\p{L}+/iu;

function baseline(docs: string[]): number {
  let hits = 0;
  for (const doc of docs) for (const line of doc.split('\n')) if (LINE_RE.test(line)) hits++;
  return hits;
}

function importAll(docs: string[]): number {
  let commitments = 0;
  for (const doc of docs)
    commitments += importPromiseText(doc).focusAreas.reduce((n, a) => n + a.commitments.length, 0);
  return commitments;
}

if (!existsSync(SEEDS)) {
  console.log(
    JSON.stringify({
      name: 'promise-import',
      notRun: '../shared/seeds saknas — kördes inte / not run (the seed measurement runs in CI)',
    }),
  );
  process.exit(0);
}

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
const docs = buildDocuments(seeds);

// Warm up both paths so the measured runs compare compiled code with compiled code.
importAll(docs);
baseline(docs);
const totals: number[] = [];
const baselines: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  totals.push(time(() => importAll(docs)));
  baselines.push(time(() => baseline(docs)));
}

const totalMs = median(totals);
const baselineMs = median(baselines);
const round = (n: number): number => Math.round(n * 1000) / 1000;
console.log(
  JSON.stringify({
    name: 'promise-import',
    documents: docs.length,
    totalMs: round(totalMs),
    perDocumentMs: round(totalMs / docs.length),
    baselineMs: round(baselineMs),
    ratio: round(totalMs / baselineMs),
  }),
);
