import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../../test/zip-bomb.ts';
import { AppError } from './errors.ts';
import { DEFAULT_UNZIP_LIMITS, InvalidZipError, readZipEntries, type UnzipLimits } from './guarded-unzip.ts';

const MiB = 1024 * 1024;
const all = () => true;
/** What one inflater step may add past a limit before the check sees it (1 KiB × deflate's 1032:1), plus slack. */
const OVERSHOOT = 2 * MiB;

async function refusal(promise: Promise<unknown>): Promise<{ limit: string; inflatedBytes: number }> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err).toMatchObject({ code: 'upload_inflates_too_much', status: 413 });
  expect((err as AppError).message).toMatch(/packas upp/);
  expect((err as AppError).messageEn).toMatch(/unpacks/);
  return (err as AppError).details as { limit: string; inflatedBytes: number };
}

describe('readZipEntries', () => {
  it('reads the chosen entries, stored and deflated, as an ordinary unzip would', async () => {
    const text = strToU8('<w:document>'.repeat(5000));
    const zip = zipSync({
      'word/document.xml': text,
      'stored.bin': [randomBytes(3000), { level: 0 }],
      'other.xml': strToU8('<x/>'),
    });
    const got = await readZipEntries(zip, (name) => name !== 'other.xml');
    expect([...got.keys()].sort()).toEqual(['stored.bin', 'word/document.xml']);
    expect(got.get('word/document.xml')).toEqual(text);
    expect(got.get('stored.bin')?.length).toBe(3000);
  });

  it('stops a 256 MiB bomb of zeros after a few mebibytes, on its ratio', async () => {
    const bomb = zipBomb(256);
    expect(bomb.length).toBeLessThan(MiB);
    const details = await refusal(readZipEntries(bomb, all));
    expect(details.limit).toBe('ratio');
    expect(details.inflatedBytes).toBeLessThanOrEqual(DEFAULT_UNZIP_LIMITS.ratioFloorBytes + OVERSHOOT);
  });

  it("without a ratio limit, stops at the per-entry limit, not at the bomb's size", async () => {
    const limits: UnzipLimits = { ...DEFAULT_UNZIP_LIMITS, maxRatio: Number.POSITIVE_INFINITY, maxEntryBytes: 8 * MiB };
    const details = await refusal(readZipEntries(zipBomb(256), all, limits));
    expect(details.limit).toBe('entry_bytes');
    expect(details.inflatedBytes).toBeGreaterThan(8 * MiB);
    expect(details.inflatedBytes).toBeLessThanOrEqual(8 * MiB + OVERSHOOT);
  });

  it('counts all entries read together against the total', async () => {
    // Random bytes do not compress: only the total can stop these.
    const zip = zipSync({ a: randomBytes(MiB), b: randomBytes(MiB), c: randomBytes(MiB) });
    const limits: UnzipLimits = { ...DEFAULT_UNZIP_LIMITS, maxEntryBytes: 2 * MiB, maxTotalBytes: 2.5 * MiB };
    const details = await refusal(readZipEntries(zip, all, limits));
    expect(details.limit).toBe('total_bytes');
    expect(details.inflatedBytes).toBeLessThanOrEqual(2.5 * MiB + 64 * 1024);
    // The same archive within the limits reads whole.
    expect((await readZipEntries(zip, all)).get('c')?.length).toBe(MiB);
  });

  it('refuses an archive of too many entries, even ones it would not read', async () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`part${i}.xml`, strToU8('<x/>')]));
    const details = await refusal(
      readZipEntries(zipSync(many), () => false, { ...DEFAULT_UNZIP_LIMITS, maxEntries: 20 }),
    );
    expect(details.limit).toBe('entries');
  });

  it('finds nothing in a file that is no archive, and says InvalidZipError for a cut-off one', async () => {
    expect((await readZipEntries(strToU8('PK\u0003\u0004 inte en riktig zip'), all)).size).toBe(0);
    const whole = zipSync({ 'word/document.xml': randomBytes(50_000) });
    await expect(readZipEntries(whole.subarray(0, 20_000), all)).rejects.toBeInstanceOf(InvalidZipError);
  });
});
