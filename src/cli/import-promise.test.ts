import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../domain/promise-import/docx-fixture.ts';
import { promiseDocumentSchema, type PromiseDocument } from '../domain/promise-document.ts';
import { USAGE, runImportPromise } from './import-promise.ts';

let dir = '';
const path = (name: string): string => join(dir, name);

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runImportPromise(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lofte-import-'));
  await writeFile(
    path('kalix.txt'),
    'Kalix – medborgarlöften\n\nTrafik\n\n• Polisen genomför minst fyra trafikkontroller per månad.\n',
  );
  await writeFile(
    path('boden.md'),
    '# Medborgarlöfte Boden 2023\n\n- Kommunen ordnar två föräldraträffar per termin.\n',
  );
  await writeFile(
    path('lulea.docx'),
    buildDocx([
      { heading: 'Medborgarlöfte Luleå kommun' },
      { bullet: 'Polisen genomför en trygghetsvandring per termin.' },
    ]),
  );
  await writeFile(path('tom.txt'), '  \n');
  await writeFile(
    path('latin1.txt'),
    Buffer.from('Medborgarlöfte Kalix kommun\n\n- Polisen genomför två kontroller per år.\n', 'latin1'),
  );
  await writeFile(path('binär.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lofte import promise', () => {
  it('prints one document as a pretty JSON object', async () => {
    const r = await run([path('kalix.txt'), '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = promiseDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.title).toBe('Kalix – medborgarlöften');
    expect(doc.focusAreas[0]?.commitments[0]?.target).toMatchObject({ count: 4, per: 'month' });
    expect(r.stdout.startsWith('{\n  "format": "medborgarlofte/v1"')).toBe(true);
  });

  it('prints several documents as an array in argument order, .md and .docx included', async () => {
    const r = await run([path('lulea.docx'), path('boden.md'), path('kalix.txt')]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as PromiseDocument[];
    expect(docs.map((d) => d.municipalities[0]?.name)).toEqual(['Luleå', 'Boden', 'Kalix']);
    expect(docs[0]?.focusAreas[0]?.commitments[0]?.target).toMatchObject({ count: 1, per: 'term' });
  });

  it('reads a Windows-1252 text file', async () => {
    const r = await run([path('latin1.txt')]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as PromiseDocument).title).toBe('Medborgarlöfte Kalix kommun');
  });

  it('reports an empty file on one stderr line, prints nothing and exits 1', async () => {
    const r = await run([path('kalix.txt'), path('tom.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Fel: filen ${path('tom.txt')} är tom (empty)\n`);
  });

  it('reports a missing file and a binary file, one line each', async () => {
    const r = await run([path('saknas.txt'), path('binär.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `Fel: filen ${path('saknas.txt')} finns inte (not_found)`,
      `Fel: filen ${path('binär.txt')} ser ut att vara en binärfil, inte text (binary)`,
    ]);
  });

  it('shows the usage and exits 2 without files or with an unknown flag', async () => {
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: `${USAGE}\n` });
    const r = await run(['--yaml', path('kalix.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Fel: okänd flagga --yaml');
  });
});
