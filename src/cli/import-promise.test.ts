import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../domain/promise-import/docx-fixture.ts';
import { buildPdf } from '../domain/promise-import/pdf-fixture.ts';
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
    path('pitea.pdf'),
    await buildPdf([
      { title: 'Medborgarlöfte Piteå kommun' },
      { lines: ['• Polisen genomför två trafikkontroller per vecka.'] },
    ]),
  );
  await writeFile(path('skannad.pdf'), await buildPdf([{ image: true }]));
  await writeFile(
    path('latin1.txt'),
    Buffer.from('Medborgarlöfte Kalix kommun\n\n- Polisen genomför två kontroller per år.\n', 'latin1'),
  );
  await writeFile(path('binär.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  await writeFile(
    path('english.txt'),
    'Citizen promise Kalix\n\nTraffic\n\n• The police will carry out at least four traffic checks per month in the centre.\n' +
      '• The municipality and the police will hold a safety walk with residents every term.\n',
  );
  await writeFile(
    path('lång.txt'),
    `Medborgarlöfte Kalix\n\n${'• Polisen genomför minst två trafikkontroller per månad i centrum.\n'.repeat(75_000)}`,
  );
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

  it('reads a PDF, and a PDF without text gives its own error entry', async () => {
    const r = await run([path('pitea.pdf'), path('skannad.pdf')]);
    expect(r.code).toBe(1);
    const [pitea, scan] = JSON.parse(r.stdout) as [PromiseDocument, { error: { code: string } }];
    expect(pitea.title).toBe('Medborgarlöfte Piteå kommun');
    expect(pitea.focusAreas[0]?.commitments[0]?.target).toMatchObject({ count: 2, per: 'week' });
    expect(scan.error.code).toBe('pdf_no_text');
  });

  it('reads a Windows-1252 text file', async () => {
    const r = await run([path('latin1.txt')]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as PromiseDocument).title).toBe('Medborgarlöfte Kalix kommun');
  });

  it('reads the other files of a batch when one is empty: its entry holds the error, in its place, and exit 1', async () => {
    const r = await run([path('kalix.txt'), path('tom.txt'), path('boden.md'), '--json']);
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.stdout) as Array<PromiseDocument | { file: string; error: { code: string } }>;
    expect(entries).toHaveLength(3);
    expect((entries[0] as PromiseDocument).title).toBe('Kalix – medborgarlöften');
    expect(entries[1]).toEqual({
      file: path('tom.txt'),
      error: { code: 'empty', message: 'Texten är tom.', messageEn: 'The text is empty.' },
    });
    expect((entries[2] as PromiseDocument).municipalities[0]?.name).toBe('Boden');
    expect(r.stderr).toBe(`Fel: ${path('tom.txt')}: Texten är tom. (empty)\n`);
  });

  it('reports a missing file and a binary file, one entry and one stderr line each', async () => {
    const r = await run([path('saknas.txt'), path('binär.txt')]);
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.stdout) as Array<{ file: string; error: { code: string } }>;
    expect(entries.map((e) => [e.file, e.error.code])).toEqual([
      [path('saknas.txt'), 'not_found'],
      [path('binär.txt'), 'binary'],
    ]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `Fel: ${path('saknas.txt')}: Filen finns inte. (not_found)`,
      `Fel: ${path('binär.txt')}: Innehållet ser ut att vara en binärfil, inte text. (binary)`,
    ]);
  });

  it('refuses a 75 000-bullet page quickly with a message saying why, and still reads the next file', async () => {
    const started = performance.now();
    const r = await run([path('lång.txt'), path('kalix.txt')]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.stdout) as Array<PromiseDocument | { error: { code: string; message: string } }>;
    expect(entries[0]).toMatchObject({ error: { code: 'too_long' } });
    expect((entries[0] as { error: { message: string } }).error.message).toContain('fler än 5 000 rader');
    expect((entries[1] as PromiseDocument).title).toBe('Kalix – medborgarlöften');
  });

  it('warns that the importer reads Swedish when the text is English, and not for a Swedish one', async () => {
    const english = await run([path('english.txt')]);
    expect(english.code).toBe(0);
    expect((JSON.parse(english.stdout) as PromiseDocument).warnings[0]).toMatch(/^Texten verkar inte vara på svenska/);
    const swedish = JSON.parse((await run([path('kalix.txt')])).stdout) as PromiseDocument;
    expect(swedish.warnings.some((w) => w.includes('svenska'))).toBe(false);
  });

  it('loads only what importing a text needs: no server, database, configuration or PDF reader', () => {
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { main } = await import(${JSON.stringify(new URL('./main.ts', import.meta.url).href)});
      const code = await main(['import', 'promise', ${JSON.stringify(path('kalix.txt'))}], { stdout() {}, stderr() {} });
      console.log(JSON.stringify({ code, loaded }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { code, loaded } = JSON.parse(child.stdout) as { code: number; loaded: string[] };
    expect(code).toBe(0);
    expect(loaded.some((url) => url.endsWith('/src/cli/import-promise.ts'))).toBe(true);
    const heavy = loaded.filter((url) =>
      /\/src\/(server|db|app|mail)\/|\/src\/config\.ts$|node_modules\/(fastify|pg|@electric-sql|kysely|pdfjs-dist)\//u.test(
        url,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it('shows the usage and exits 2 without files or with an unknown flag', async () => {
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: `${USAGE}\n` });
    const r = await run(['--yaml', path('kalix.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Fel: okänd flagga --yaml');
  });
});
