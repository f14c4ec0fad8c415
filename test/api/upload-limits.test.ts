/**
 * Uploads that are too large, or that inflate too much, are refused at once
 * with a 4xx and a code, never a 500, and the server keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { zipBomb } from '../zip-bomb.ts';
import { DEFAULT_UNZIP_LIMITS } from '../../src/domain/guarded-unzip.ts';

const MiB = 1024 * 1024;

let ctx: TestContext;
let coordinator: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
});
afterAll(async () => ctx.close());

function multipart(filename: string, bytes: Uint8Array) {
  const boundary = '----lofteBombBoundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function send(method: 'POST', url: string, payload: Buffer | string, contentType: string) {
  return ctx.app.inject({
    method,
    url,
    payload,
    headers: { 'content-type': contentType, 'x-csrf-token': coordinator.csrfToken },
    cookies: { lofte_session: coordinator.cookie },
  });
}

function uploadDocx(bytes: Uint8Array) {
  const { payload, headers } = multipart('lofte.docx', bytes);
  return send('POST', '/api/v1/imports/promise', payload, headers['content-type']);
}

describe('a Word file that is a zip bomb', () => {
  it('answers 413 upload_inflates_too_much having inflated a few mebibytes of its 256', async () => {
    const bomb = zipBomb(256);
    expect(bomb.length).toBeLessThan(MiB);
    const res = await uploadDocx(bomb);
    expect(res.statusCode).toBe(413);
    const body = res.json();
    expect(body).toMatchObject({
      code: 'upload_inflates_too_much',
      message: expect.stringMatching(/packas upp/),
      messageEn: expect.stringMatching(/unpacks/),
    });
    expect(body.details.inflatedBytes).toBeLessThanOrEqual(DEFAULT_UNZIP_LIMITS.ratioFloorBytes + 2 * MiB);
  });

  it('three at once are all refused, and the server still answers', async () => {
    const bomb = zipBomb(256);
    const answers = await Promise.all([
      uploadDocx(bomb),
      uploadDocx(bomb),
      uploadDocx(bomb),
      ctx.app.inject('/healthz'),
    ]);
    expect(answers.slice(0, 3).map((r) => [r.statusCode, r.json().code])).toEqual(
      Array(3).fill([413, 'upload_inflates_too_much']),
    );
    expect(answers[3]!.statusCode).toBe(200);
  });
});

describe('size limits on every upload answer 413 with a code', () => {
  it('a Word file over 12 MB: upload_too_large', async () => {
    const res = await uploadDocx(new Uint8Array(13 * MiB));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'upload_too_large',
      message: expect.stringContaining('12 MB'),
      messageEn: expect.any(String),
    });
  });

  it('a form with more parts than an upload needs: 413 upload_too_large, not a 500', async () => {
    const boundary = '----lofteManyParts';
    const fields = Array.from(
      { length: 20 },
      (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`,
    ).join('');
    const file = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhej\r\n`;
    const res = await send(
      'POST',
      '/api/v1/imports/promise',
      `${fields}${file}--${boundary}--\r\n`,
      `multipart/form-data; boundary=${boundary}`,
    );
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'upload_too_large' });
  });

  it.each([
    ['statistics CSV', '/api/v1/statistics/imports?source=bra&year=2024'],
    ['activities CSV', '/api/v1/activities/import'],
  ])('%s over 20 MB: upload_too_large', async (_what, url) => {
    const res = await send('POST', url, `kommun;antal\n${'x'.repeat(21 * MiB)}`, 'text/csv; charset=utf-8');
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'upload_too_large',
      message: 'Filen är för stor',
      messageEn: 'The file is too large',
    });
  });

  it('a JSON body over the limit: payload_too_large, not a 500', async () => {
    const res = await send(
      'POST',
      '/api/v1/statistics/imports',
      JSON.stringify({ source: 'bra', content: 'x'.repeat(13 * MiB) }),
      'application/json',
    );
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
  });
});
