/**
 * Benchmark of the promise importer: 100 documents of about 5 KB, built in
 * memory from the five seed documents (altered numbers, kommuner and years,
 * and pieces of the other seeds appended), imported several times. The
 * baseline, measured in the same run on the same texts, splits each text
 * into lines and runs one regex over every line. Prints one JSON object.
 *
 * The seed documents live outside the repository (../shared/seeds) and are
 * never copied into it; where that folder is absent (a fresh clone) that
 * part says it did not run.
 *
 * Also measured, needing no seeds: the start-up of `lofte import promise`
 * on one small file (the whole command, as a user runs it), against
 * `node -e ''` on the same Node in the same run; and reading one two-page
 * PDF with a plan table (pdf.js and the layout), against importing its text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../src/domain/promise-import/file-text.ts';
import { importPromiseText } from '../src/domain/promise-import/index.ts';
import { buildPdf } from '../src/domain/promise-import/pdf-fixture.ts';

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

const round = (n: number): number => Math.round(n * 1000) / 1000;
const STARTS = 5;

function spawnMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited with ${run.status}`);
  return performance.now() - start;
}

/** One small file through the real command, against starting Node itself. */
function startUp(): { cliStartMs: number; nodeStartMs: number; ratio: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lofte-bench-'));
  const file = join(dir, 'kalix.txt');
  writeFileSync(file, 'Medborgarlöfte Kalix kommun\n\nTrafik\n\n• Polisen genomför fyra trafikkontroller per månad.\n');
  const bin = fileURLToPath(new URL('../bin/lofte.mjs', import.meta.url));
  spawnMs([bin, 'import', 'promise', file, '--json']);
  const cli: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    cli.push(spawnMs([bin, 'import', 'promise', file, '--json']));
    node.push(spawnMs(['-e', '']));
  }
  rmSync(dir, { recursive: true, force: true });
  const cliStartMs = median(cli);
  const nodeStartMs = median(node);
  return { cliStartMs: round(cliStartMs), nodeStartMs: round(nodeStartMs), ratio: round(cliStartMs / nodeStartMs) };
}

/** A two-page PDF with a plan table: pdf.js and the layout, against importing the text it gives. */
async function pdfRead(): Promise<{ pdfMs: number; textMs: number; ratio: number }> {
  const row = ['Trygghetsvandringar i centrum med boende', 'Två gånger per år', 'Föreningar', 'Kommunen', 'Antal'];
  const pdf = await buildPdf(
    [
      { title: 'Medborgarlöfte Kalix kommun 2025' },
      {
        table: [['Vad', 'När', 'Samverkan', 'Ansvarig', 'Uppföljning'], ...Array(40).fill(row)],
        widths: [150, 90, 80, 70, 93],
      },
    ],
    { header: 'Medborgarlöfte Kalix', footer: 'Sida {n} av {total}' },
  );
  const { sourceText } = await importFile(pdf, 'plan.pdf');
  const pdfTimes: number[] = [];
  const textTimes: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    let start = performance.now();
    await importFile(pdf, 'plan.pdf');
    pdfTimes.push(performance.now() - start);
    start = performance.now();
    importPromiseText(sourceText);
    textTimes.push(performance.now() - start);
  }
  const pdfMs = median(pdfTimes);
  const textMs = median(textTimes);
  return { pdfMs: round(pdfMs), textMs: round(textMs), ratio: round(pdfMs / textMs) };
}

const startup = startUp();
const pdfImport = await pdfRead();

if (!existsSync(SEEDS)) {
  console.log(
    JSON.stringify({
      name: 'promise-import',
      notRun: '../shared/seeds saknas — 100 dokument kördes inte / not run (the seed measurement runs in CI)',
      startup,
      pdfImport,
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
console.log(
  JSON.stringify({
    name: 'promise-import',
    documents: docs.length,
    totalMs: round(totalMs),
    perDocumentMs: round(totalMs / docs.length),
    baselineMs: round(baselineMs),
    ratio: round(totalMs / baselineMs),
    startup,
    pdfImport,
  }),
);
