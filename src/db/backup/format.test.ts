import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, readBackupFile, writeBackupFile, type BackupRecord } from './format.ts';

const dir = mkdtempSync(join(tmpdir(), 'lofte-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Four-byte characters after an odd prefix: the decompressed chunks (16 KiB) end inside a character.
const LONG = `x${'🚓å'.repeat(40_000)}`;

async function* records(): AsyncGenerator<BackupRecord> {
  yield {
    kind: 'header',
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: '2026-12-03T00:00:00Z',
    source: 'pglite',
    migrations: [],
  };
  yield { kind: 'table', name: 't', columns: ['a', 'b'] };
  for (let i = 0; i < 5; i++) yield [LONG, null];
  yield { kind: 'table-end', name: 't', rows: 5 };
  yield { kind: 'end', tables: { t: 5 }, sequences: [], sums: {} };
}

async function readAll(file: string): Promise<BackupRecord[]> {
  const out: BackupRecord[] = [];
  for await (const r of readBackupFile(file)) out.push(r);
  return out;
}

describe('the backup file', () => {
  it('reads back what was written, characters split between chunks included', async () => {
    const file = join(dir, 'a.gz');
    await writeBackupFile(file, records());
    const back = await readAll(file);
    expect(back.filter(Array.isArray)).toEqual(Array(5).fill([LONG, null]));
    expect(back.at(-1)).toMatchObject({ kind: 'end', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses a changed line by its checksum, a second write to the same name, and a file without a header', async () => {
    const file = join(dir, 'b.gz');
    await writeBackupFile(file, records());
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    lines[2] = JSON.stringify(['y', null]);
    writeFileSync(file, gzipSync(lines.join('\n')));
    await expect(readAll(file)).rejects.toThrow(/kontrollsumma stämmer inte/);
    await expect(writeBackupFile(file, records())).rejects.toThrow(/finns redan/);
    writeFileSync(file, gzipSync('{"kind":"table","name":"t","columns":[]}\n'));
    await expect(readAll(file)).rejects.toThrow('Filen är ingen säkerhetskopia från lofte backup (no backup header).');
  });
});
