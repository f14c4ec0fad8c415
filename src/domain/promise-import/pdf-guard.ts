/**
 * A PDF bomb check before pdf.js reads a file. pdf.js inflates a stream
 * whole into memory, so a 12 MB upload of deflated zeros could take
 * gigabytes. Here every FlateDecode stream (chained ones too) is inflated a
 * kilobyte at a time with the limits of guarded-unzip.ts, counting as it
 * goes and stopping at the first limit passed: the same rules, and the
 * same message, as for a Word file.
 */
import { Unzlib } from 'fflate';
import { DEFAULT_UNZIP_LIMITS, inflatesTooMuch, type UnzipLimits } from '../guarded-unzip.ts';

const STEP = 1024;
const YIELD_EVERY = 1024 * 1024;
/** How far before "stream" a stream's dictionary (its /Filter) is looked for. */
const DICTIONARY_REACH = 2048;

interface Stream {
  filters: number;
  data: Uint8Array;
}

/** The FlateDecode streams of the file: each with its data and how many FlateDecode filters are chained. */
function* flateStreams(bytes: Uint8Array): Generator<Stream> {
  const text = new TextDecoder('latin1').decode(bytes);
  let at = text.indexOf('stream');
  while (at >= 0) {
    const isStart = !text.startsWith('end', at - 3);
    const dataStart = text[at + 6] === '\r' ? at + 8 : at + 7;
    const end = isStart ? text.indexOf('endstream', dataStart) : -1;
    if (isStart && end > 0) {
      const before = text.slice(Math.max(0, at - DICTIONARY_REACH), at);
      const dictionary = before.slice(before.lastIndexOf(' obj') + 1);
      const filters = dictionary.match(/\/FlateDecode|\/Fl(?![A-Za-z])/gu)?.length ?? 0;
      if (filters > 0) yield { filters, data: bytes.subarray(dataStart, end) };
      at = text.indexOf('stream', end + 9);
    } else at = text.indexOf('stream', at + 6);
  }
}

class Meter {
  total = 0;
  sinceYield = 0;
  readonly limits: UnzipLimits;
  constructor(limits: UnzipLimits) {
    this.limits = limits;
  }

  count(stream: { inflated: number; compressed: number }, added: number): void {
    this.total += added;
    this.sinceYield += added;
    const { limits } = this;
    if (stream.inflated > limits.maxEntryBytes) throw inflatesTooMuch('entry_bytes', limits, this.total);
    if (this.total > limits.maxTotalBytes) throw inflatesTooMuch('total_bytes', limits, this.total);
    if (stream.inflated > limits.ratioFloorBytes && stream.inflated > stream.compressed * limits.maxRatio) {
      throw inflatesTooMuch('ratio', limits, this.total);
    }
  }
}

/**
 * Inflates one stream through its chain of filters, a step at a time, metering what the last one gives.
 * Broken data ends the stream quietly: whether the PDF is readable is pdf.js's to say.
 */
function inflateMetered(stream: Stream, meter: Meter): void {
  const counted = { inflated: 0, compressed: stream.data.length };
  let sink: (chunk: Uint8Array, final: boolean) => void = (chunk) => {
    counted.inflated += chunk.length;
    meter.count(counted, chunk.length);
  };
  for (let k = 0; k < stream.filters; k++) {
    const next = sink;
    const inflate = new Unzlib((data, final) => next(data, final));
    sink = (chunk, final) => {
      for (let at = 0; at < chunk.length || (at === 0 && final); at += STEP) {
        inflate.push(chunk.subarray(at, at + STEP), final && at + STEP >= chunk.length);
      }
    };
  }
  try {
    sink(stream.data, true);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'upload_inflates_too_much') throw err;
  }
}

/** Throws AppError('upload_inflates_too_much') when the PDF's streams inflate past the limits. */
export async function checkPdfStreams(bytes: Uint8Array, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS): Promise<void> {
  const meter = new Meter(limits);
  for (const stream of flateStreams(bytes)) {
    inflateMetered(stream, meter);
    if (meter.sinceYield >= YIELD_EVERY) {
      meter.sinceYield = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
