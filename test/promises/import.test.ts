import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { demoDocumentText } from '../../src/app/demo/promises.ts';
import { buildPdf } from '../../src/domain/promise-import/pdf-fixture.ts';

let ctx: TestContext;
let coordinator: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
});
afterAll(async () => ctx.close());

/** A multipart body with one file, as a browser's file upload sends it. */
function multipart(filename: string, bytes: Buffer, type = 'application/octet-stream') {
  const boundary = '----lofteTestBoundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(filename: string, bytes: Buffer) {
  const { payload, headers } = multipart(filename, bytes);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/imports/promise',
    payload,
    headers: { ...headers, 'x-csrf-token': coordinator.csrfToken },
    cookies: { lofte_session: coordinator.cookie },
  });
}

async function storedCount() {
  return (await ctx.deps.db.selectFrom('promise_sets').select('id').execute()).length;
}

describe('POST /api/v1/imports/promise', () => {
  it('reads an uploaded text file into a draft and stores nothing', async () => {
    const res = await upload('haparanda.txt', Buffer.from(demoDocumentText('haparanda.txt')));
    expect(res.statusCode).toBe(200);
    const { document, sourceText } = res.json();
    expect(document.format).toBe('medborgarlofte/v1');
    expect(document.municipalities[0].code).toBe('2583');
    expect(document.focusAreas.flatMap((a: { commitments: unknown[] }) => a.commitments).length).toBeGreaterThan(3);
    expect(sourceText).toContain('Haparanda');
    expect(await storedCount()).toBe(0);
  });

  it('reads JSON { text } the same way', async () => {
    const res = await coordinator.request('POST', '/api/v1/imports/promise', {
      text: demoDocumentText('overtornea.txt'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().document.municipalities[0].name).toBe('Övertorneå');
  });

  it('reads a Word file, including a genomförandeplan table', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Medborgarlöfte Kalix 2024')] }),
            new Paragraph('Lokalpolisområde Östra Norrbotten och Kalix kommun lovar att:'),
            new Paragraph('Trafik'),
            new Table({
              rows: [
                new TableRow({ children: ['Vad', 'När', 'Samverkan', 'Ansvarig', 'Uppföljning'].map(cell) }),
                new TableRow({
                  children: [
                    'Polisen genomför minst tio trafikkontroller per månad i byarna.',
                    'Hela året',
                    'Kommunen',
                    'Polisen',
                    'Antal kontroller',
                  ].map(cell),
                }),
              ],
            }),
          ],
        },
      ],
    });
    const res = await upload('kalix.docx', await Packer.toBuffer(doc));
    expect(res.statusCode).toBe(200);
    const commitments = res.json().document.focusAreas.flatMap((a: { commitments: unknown[] }) => a.commitments);
    expect(commitments[0]).toMatchObject({ target: { kind: 'count', count: 10, per: 'month', atLeast: true } });
  });

  it.each([
    ['an empty file', 'tom.txt', Buffer.alloc(0), 400, 'import_empty'],
    [
      'a binary file',
      'bild.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
      400,
      'import_binary',
    ],
    ['a 10 MB file', 'stor.txt', Buffer.alloc(10 * 1024 * 1024, 'a'), 413, 'import_too_large'],
    ['a broken Word file', 'trasig.docx', Buffer.from('PK\u0003\u0004 inte en riktig zip'), 400, 'import_invalid_docx'],
  ])('%s gets a clear error and stores nothing', async (_what, name, bytes, status, code) => {
    const res = await upload(name, bytes);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ code, message: expect.any(String), messageEn: expect.any(String) });
    expect(await storedCount()).toBe(0);
  });

  it('reads an uploaded PDF, its plan table kept as a table', async () => {
    const pdf = await buildPdf([
      { title: 'Medborgarlöfte Kalix kommun 2025' },
      {
        table: [
          ['Vad', 'När', 'Ansvarig'],
          ['Trafikkontroller vid skolorna', 'Minst fyra per månad', 'Polisen'],
        ],
        widths: [220, 150, 110],
      },
    ]);
    const res = await upload('kalix.pdf', Buffer.from(pdf));
    expect(res.statusCode).toBe(200);
    const { document, sourceText } = res.json();
    expect(sourceText).toContain('Trafikkontroller vid skolorna\tMinst fyra per månad\tPolisen');
    expect(document.focusAreas[0].commitments[0]).toMatchObject({
      responsible: ['polisen'],
      when: 'Minst fyra per månad',
    });
    expect(await storedCount()).toBe(0);
  });

  it.each([
    ['a scanned PDF without text', 'skannad.pdf', () => buildPdf([{ image: true }]), 422, 'import_pdf_no_text'],
    [
      'a page of 6 000 bullets',
      'lang.txt',
      async () => Buffer.from('• Polisen ses.\n'.repeat(6000)),
      413,
      'import_too_long',
    ],
  ])('%s is refused with a message saying why', async (_what, name, build, status, code) => {
    const res = await upload(name, Buffer.from(await build()));
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ code, message: expect.any(String), messageEn: expect.any(String) });
  });

  it('a text with no promises comes back with a warning, not a made-up commitment', async () => {
    const res = await coordinator.request('POST', '/api/v1/imports/promise', {
      text: 'Protokoll från styrgruppen.\n\nMötet öppnades och avslutades.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().document.focusAreas).toEqual([]);
    expect(res.json().document.warnings.join(' ')).toContain('Inga löften hittades');
  });

  it('needs a signed-in user', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/imports/promise', payload: { text: 'x' } });
    expect(res.statusCode).toBe(401);
  });
});
