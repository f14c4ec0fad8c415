import { describe, expect, it } from 'vitest';
import { ImportError, MAX_TEXT_BYTES, assertHasCommitments, importPromiseText } from './index.ts';

function failure(text: string): ImportError {
  try {
    importPromiseText(text);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('bad input', () => {
  it.each(['', '   \n\t  \n'])('refuses empty text %j', (text) => {
    const e = failure(text);
    expect(e.code).toBe('empty');
    expect(e.message).toBe('Texten är tom.');
    expect(e.messageEn).toBe('The text is empty.');
  });

  it('refuses text with NUL bytes or mostly control characters as binary', () => {
    expect(failure('PK\u0003\u0004\u0000\u0000word/document.xml').code).toBe('binary');
    expect(failure('\u0001\u0002\u0003\u0004\u0005abc\u0006\u0007\u0008').code).toBe('binary');
    expect(failure('\u0001\u0002\u0003\u0004\u0005abc\u0006\u0007\u0008').message).toBe(
      'Innehållet ser ut att vara en binärfil, inte text.',
    );
  });

  it('refuses more than 5 MB of text, counted in UTF-8 bytes', () => {
    expect(failure('a'.repeat(MAX_TEXT_BYTES + 1)).code).toBe('too_large');
    // 2 M "å" are 4 MB of UTF-8: under the limit, so they are read (and hold no promise).
    expect(importPromiseText('å'.repeat(2 * 1024 * 1024)).focusAreas).toEqual([]);
    expect(failure('å'.repeat(3 * 1024 * 1024)).code).toBe('too_large');
  });

  it('assertHasCommitments turns "nothing promised" into a no_promises error', () => {
    const doc = importPromiseText('Ingen text här lovar något alls.');
    expect(() => assertHasCommitments(doc)).toThrow(ImportError);
    try {
      assertHasCommitments(doc);
    } catch (e) {
      expect((e as ImportError).code).toBe('no_promises');
      expect((e as ImportError).messageEn).toBe('No commitments were found in the text.');
    }
    expect(() =>
      assertHasCommitments(importPromiseText('Medborgarlöfte\n\n- Polisen genomför två kontroller.')),
    ).not.toThrow();
  });
});
