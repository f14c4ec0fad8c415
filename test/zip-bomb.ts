/**
 * Zip bombs for the upload tests, built here rather than kept as files: a
 * Word-shaped archive whose word/document.xml inflates to `inflatedMiB` of
 * zeros while the archive itself stays a few hundred kilobytes. One
 * mebibyte of zeros is deflated once (flushed to a byte boundary, so the
 * block stands on its own) and the block repeated: building a 256 MiB bomb
 * takes milliseconds and never holds the inflated size.
 */
import { crc32 } from 'node:zlib';
import { Deflate, strToU8, Zip, ZipPassThrough, type ZipInputFile } from 'fflate';

const MiB = 1024 * 1024;

function zeroBlock(): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (data) => void parts.push(data));
  deflate.push(new Uint8Array(MiB), false);
  deflate.flush(true);
  return join(parts);
}

function join(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The last, empty, fixed-Huffman deflate block that ends the stream. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

export function zipBomb(inflatedMiB: number, entry = 'word/document.xml'): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    parts.push(data);
  });
  const types = new ZipPassThrough('[Content_Types].xml');
  zip.add(types);
  types.push(
    strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    true,
  );

  const zeros = new Uint8Array(MiB);
  let crc = 0;
  for (let i = 0; i < inflatedMiB; i++) crc = crc32(zeros, crc);
  const bomb: ZipInputFile = { filename: entry, compression: 8, size: inflatedMiB * MiB, crc, terminate: () => {} };
  zip.add(bomb);
  const block = zeroBlock();
  for (let i = 0; i < inflatedMiB; i++) bomb.ondata!(null, block, false);
  bomb.ondata!(null, FINAL_BLOCK, true);
  zip.end();
  return join(parts);
}
