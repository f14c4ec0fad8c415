/**
 * Benchmark of the guarded ZIP reader (src/domain/guarded-unzip.ts) against
 * fflate's plain unzipSync, the reader it replaced, in the same run:
 * - a 256 MiB zip bomb (~260 KB on disk): time, bytes inflated and the
 *   longest event-loop stall (what held /healthz up), and three at once;
 * - an ordinary Word-sized document.xml (about 2 MiB of XML): the guarded
 *   reader's cost on a file it accepts, as a ratio to unzipSync.
 * Prints one JSON object.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readZipEntries } from '../src/domain/guarded-unzip.ts';
import { zipBomb } from '../test/zip-bomb.ts';

const MiB = 1024 * 1024;
const REPEATS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs `work` while a 5 ms ticker watches the event loop; answers its time and the longest gap between ticks. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; maxStallMs: number }> {
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 5);
  // The ticker's first tick, so the work starts on a running watch.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  // One more tick so a stall at the very end is seen.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  return { ms, maxStallMs: maxGap };
}

async function refusedAfter(zip: Uint8Array): Promise<number> {
  try {
    await readZipEntries(zip, (name) => name === 'word/document.xml');
    return Number.NaN;
  } catch (err) {
    return (err as { details?: { inflatedBytes?: number } }).details?.inflatedBytes ?? Number.NaN;
  }
}

function ordinaryDocx(): Uint8Array {
  const rows: string[] = [];
  for (let i = 0; rows.join('').length < 2 * MiB; i++) {
    rows.push(
      `<w:tr><w:tc><w:p><w:r><w:t>Polisen genomför minst ${(i % 12) + 2} trafikkontroller per månad i ${['Töre', 'Näsbyn', 'Centrum', 'Sangis'][i % 4]}.</w:t></w:r></w:p></w:tc></w:tr>`,
    );
  }
  return zipSync({
    'word/document.xml': strToU8(`<w:document><w:body><w:tbl>${rows.join('')}</w:tbl></w:body></w:document>`),
  });
}

const bomb = zipBomb(256);
const docx = ordinaryDocx();

// Warm-up: both readers compiled before anything is timed.
for (let i = 0; i < 3; i++) {
  unzipSync(docx);
  await readZipEntries(docx, () => true);
}

// The guarded reader first: unzipSync leaves 256 MiB of garbage whose collection would land in later timings.
let inflatedGuarded = 0;
const guardedBomb = await measured(async () => {
  inflatedGuarded = await refusedAfter(bomb);
});
const threeGuarded = await measured(() => Promise.all([refusedAfter(bomb), refusedAfter(bomb), refusedAfter(bomb)]));
let inflatedPlain = 0;
const plainBomb = await measured(async () => {
  inflatedPlain = unzipSync(bomb)['word/document.xml']?.length ?? 0;
});

const plainDocx: number[] = [];
const guardedDocx: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  let start = performance.now();
  unzipSync(docx);
  plainDocx.push(performance.now() - start);
  start = performance.now();
  await readZipEntries(docx, () => true);
  guardedDocx.push(performance.now() - start);
}

const round = (n: number) => Math.round(n * 100) / 100;
console.log(
  JSON.stringify(
    {
      name: 'zip-bomb',
      bomb: {
        archiveBytes: bomb.length,
        unzipSync: {
          ms: round(plainBomb.ms),
          inflatedBytes: inflatedPlain,
          maxEventLoopStallMs: round(plainBomb.maxStallMs),
        },
        guarded: {
          ms: round(guardedBomb.ms),
          inflatedBytes: inflatedGuarded,
          maxEventLoopStallMs: round(guardedBomb.maxStallMs),
        },
        threeAtOnceGuarded: { ms: round(threeGuarded.ms), maxEventLoopStallMs: round(threeGuarded.maxStallMs) },
        timeRatioGuardedToUnzipSync: round(guardedBomb.ms / plainBomb.ms),
        inflatedRatioGuardedToUnzipSync: round(inflatedGuarded / inflatedPlain),
      },
      ordinaryDocx: {
        archiveBytes: docx.length,
        inflatedBytes: unzipSync(docx)['word/document.xml']?.length,
        unzipSyncMedianMs: round(median(plainDocx)),
        guardedMedianMs: round(median(guardedDocx)),
        ratioGuardedToUnzipSync: round(median(guardedDocx) / median(plainDocx)),
      },
    },
    null,
    2,
  ),
);
