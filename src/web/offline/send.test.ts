import { describe, expect, it } from 'vitest';
import { outcomeOf } from './send.ts';

const body = (code: string, message = 'Svar', messageEn = 'Answer') => ({ code, message, messageEn });

describe('what an answer means for a waiting entry', () => {
  it('is done when the server stored it, also when it answers a repeat with the first answer', () => {
    expect(outcomeOf(201, { id: 'a' })).toEqual({ kind: 'sent' });
    expect(outcomeOf(200, { id: 'a' })).toEqual({ kind: 'sent' });
  });

  it('waits and sends again unchanged when no answer came or the server is not working', () => {
    for (const status of [0, 408, 429, 500, 502, 503, 504]) expect(outcomeOf(status, null).kind).toBe('retry');
  });

  it('waits for the next sign-in rather than giving up on an ended session or a stale CSRF token', () => {
    expect(outcomeOf(401, body('unauthenticated')).kind).toBe('retry');
    expect(outcomeOf(403, body('csrf_failed')).kind).toBe('retry');
  });

  it('keeps the reason of a refusal that sending again will not change', () => {
    const closed = body(
      'conflict',
      'Medborgarlöftet är avslutat; nya aktiviteter kan inte loggas',
      'The promise set is closed; no new activities can be logged',
    );
    expect(outcomeOf(409, closed)).toEqual({ kind: 'refused', refusal: { status: 409, ...closed } });
    expect(outcomeOf(403, body('forbidden'))).toMatchObject({ kind: 'refused', refusal: { code: 'forbidden' } });
    expect(outcomeOf(404, body('not_found'))).toMatchObject({ kind: 'refused', refusal: { code: 'not_found' } });
    expect(outcomeOf(400, body('validation_failed')).kind).toBe('refused');
  });

  it('explains a refusal in Swedish and English even when the answer has no error body', () => {
    expect(outcomeOf(400, 'not json')).toEqual({
      kind: 'refused',
      refusal: {
        status: 400,
        code: 'refused',
        message: 'Servern tog inte emot aktiviteten.',
        messageEn: 'The server did not accept the activity.',
      },
    });
  });
});
