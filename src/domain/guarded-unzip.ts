/**
 * Reads chosen entries of an uploaded ZIP file (.docx, .xlsx, …) without
 * letting a zip bomb take the server down. A 1 MB upload can inflate to
 * gigabytes, so nothing here trusts the sizes the archive declares: every
 * entry is inflated a few kilobytes at a time, the inflated bytes are
 * counted as they come, and reading stops the moment a limit is passed.
 * Memory therefore never holds much more than the limit, however large the
 * bomb. Every reader of uploaded ZIP files goes through readZipEntries.
 */
import { Inflate, Unzip, type UnzipDecoder, type UnzipDecoderConstructor } from 'fflate';
import { AppError } from './errors.ts';

export interface UnzipLimits {
  /** Entries in the whole archive, read or not. */
  maxEntries: number;
  /** Inflated bytes of any one entry that is read. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries read, together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed bytes of one entry; checked once the entry is past ratioFloorBytes. */
  maxRatio: number;
  /** Small entries may compress well (a short, repetitive XML part) without being a bomb. */
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

/**
 * Generous for office files: a Word file's document.xml for a long
 * medborgarlöfte is well under 5 MiB and compresses about 5–20 times, while
 * a bomb of zeros compresses about 1000 times.
 */
export const DEFAULT_UNZIP_LIMITS: Readonly<UnzipLimits> = Object.freeze({
  maxEntries: 5000,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
});

export type UnzipLimitKind = 'entries' | 'entry_bytes' | 'total_bytes' | 'ratio';

/** Compressed bytes handed to the inflater at once: at most ~1032× this (1 MiB) comes out before the next check. */
const INFLATE_STEP = 1024;
/** Archive bytes handed to the ZIP reader at once. */
const READ_STEP = 16 * 1024;
/** Inflating is synchronous; the event loop gets a turn after this many inflated bytes so other requests are not held up. */
const YIELD_EVERY = 1 * MiB;

export function inflatesTooMuch(kind: UnzipLimitKind, limits: UnzipLimits, inflatedBytes: number): AppError {
  const mb = Math.round(limits.maxTotalBytes / MiB);
  return new AppError(
    'upload_inflates_too_much',
    `Filen packas upp till mer än vad som tillåts (högst ${mb} MB uppackat, ${limits.maxEntries} delar och ${limits.maxRatio} gånger sin packade storlek). Den kan vara skadad eller skadlig.`,
    `The file unpacks to more than is allowed (at most ${mb} MB unpacked, ${limits.maxEntries} parts and ${limits.maxRatio} times its packed size). It may be damaged or malicious.`,
    { limit: kind, inflatedBytes },
  );
}

/** Thrown for anything that is not a readable ZIP file; callers turn it into their own "not a .docx" error. */
export class InvalidZipError extends Error {
  constructor(cause: unknown) {
    super(`not a readable ZIP file: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'InvalidZipError';
  }
}

/** Counts what one read entry takes in and gives out, and stops at the first limit passed. */
class Meter {
  total = 0;
  sinceYield = 0;
  readonly limits: UnzipLimits;
  constructor(limits: UnzipLimits) {
    this.limits = limits;
  }

  check(entry: { inflated: number; compressed: number }, added: number): void {
    this.total += added;
    this.sinceYield += added;
    const { limits } = this;
    if (entry.inflated > limits.maxEntryBytes) throw inflatesTooMuch('entry_bytes', limits, this.total);
    if (this.total > limits.maxTotalBytes) throw inflatesTooMuch('total_bytes', limits, this.total);
    if (entry.inflated > limits.ratioFloorBytes && entry.inflated > entry.compressed * limits.maxRatio) {
      throw inflatesTooMuch('ratio', limits, this.total);
    }
  }
}

/** A ZIP entry decoder (stored or deflated) that feeds the inflater in small steps and meters every step. */
function meteredDecoder(meter: Meter, deflated: boolean): UnzipDecoderConstructor {
  return class implements UnzipDecoder {
    /** fflate picks a decoder by this ZIP method number: 8 is deflate, 0 is stored. */
    static readonly compression = deflated ? 8 : 0;
    ondata: UnzipDecoder['ondata'] = () => {};
    private readonly entry = { inflated: 0, compressed: 0 };
    private readonly inflate = new Inflate((data, final) => this.emit(data, final));

    private emit(data: Uint8Array<ArrayBuffer>, final: boolean): void {
      this.entry.inflated += data.length;
      meter.check(this.entry, data.length);
      this.ondata(null, data, final);
    }

    push(chunk: Uint8Array, final: boolean): void {
      if (!deflated) {
        this.entry.compressed += chunk.length;
        this.emit(chunk as Uint8Array<ArrayBuffer>, final);
        return;
      }
      for (let at = 0; at < chunk.length || (at === 0 && final); at += INFLATE_STEP) {
        const step = chunk.subarray(at, at + INFLATE_STEP);
        this.entry.compressed += step.length;
        this.inflate.push(step, final && at + INFLATE_STEP >= chunk.length);
      }
    }
  };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The inflated entries of `zip` whose names `want` accepts. Throws AppError
 * 'upload_inflates_too_much' as soon as a limit is passed, InvalidZipError
 * for a broken archive.
 */
export async function readZipEntries(
  zip: Uint8Array,
  want: (name: string) => boolean,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS,
): Promise<Map<string, Uint8Array>> {
  const meter = new Meter(limits);
  const found = new Map<string, { parts: Uint8Array[]; length: number; done: boolean }>();
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) throw inflatesTooMuch('entries', limits, meter.total);
    if (!want(file.name) || found.has(file.name)) return;
    const got = { parts: [] as Uint8Array[], length: 0, done: false };
    found.set(file.name, got);
    file.ondata = (err, data, final) => {
      if (err) throw err;
      got.parts.push(data);
      got.length += data.length;
      got.done = final;
    };
    file.start();
  });
  unzip.register(meteredDecoder(meter, true));
  unzip.register(meteredDecoder(meter, false));
  await pushAll(unzip, zip, meter);
  const out = new Map<string, Uint8Array>();
  for (const [name, got] of found) if (got.done) out.set(name, concat(got.parts, got.length));
  return out;
}

async function pushAll(unzip: Unzip, zip: Uint8Array, meter: Meter): Promise<void> {
  for (let at = 0; at < zip.length || at === 0; at += READ_STEP) {
    try {
      unzip.push(zip.subarray(at, at + READ_STEP), at + READ_STEP >= zip.length);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new InvalidZipError(err);
    }
    if (meter.sinceYield >= YIELD_EVERY) {
      meter.sinceYield = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
