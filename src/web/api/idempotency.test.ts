import { describe, expect, it } from 'vitest';
import { SubmissionKeys } from './idempotency.ts';
import { ApiError } from './client.ts';

const keys = () => {
  let n = 0;
  return new SubmissionKeys(() => `key-${++n}`);
};
const network = new ApiError(0, { code: 'network_error', message: 'x', messageEn: 'x' });
const refused = new ApiError(400, { code: 'validation_failed', message: 'x', messageEn: 'x' });

describe('one Idempotency-Key per submission', () => {
  it('a retry after no answer sends the same key; after an answer, the same body gets a new key', async () => {
    const k = keys();
    const sent: string[] = [];
    const send = (fail: unknown) =>
      k
        .send('{"a":1}', async (h) => {
          sent.push(h['idempotency-key']!);
          if (fail) throw fail;
          return 'ok';
        })
        .catch(() => 'failed');
    await send(network);
    await send(network);
    await send(null);
    await send(null);
    expect(sent).toEqual(['key-1', 'key-1', 'key-1', 'key-2']);
  });

  it('a refused submission, a changed body and a second tap while one is under way each get a new key', async () => {
    const k = keys();
    expect(k.begin('a')).toBe('key-1');
    k.settle('key-1', refused);
    expect(k.begin('a')).toBe('key-2');
    k.settle('key-2', network);
    expect(k.begin('b')).toBe('key-3');
    expect(k.begin('b')).toBe('key-4');
  });
});
