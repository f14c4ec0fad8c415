import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { sv } from '../i18n/sv.ts';
import { en } from '../i18n/en.ts';
import { apiFormErrors, fieldError } from './form-errors.ts';

describe('form errors from the API', () => {
  const validation = new ApiError(400, {
    code: 'validation_failed',
    message: 'Ogiltiga värden',
    messageEn: 'Invalid values',
    details: [
      { path: '/email', message: 'x' },
      { path: '/unknown', message: 'y' },
    ],
  });

  it('links validation details to the fields they name, in the language shown', () => {
    const errors = apiFormErrors(validation, { email: 'user-email' });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.fieldId).toBe('user-email');
    expect(fieldError(errors, 'user-email')?.(sv, 'sv')).toBe('Ogiltiga värden');
    expect(fieldError(errors, 'user-email')?.(en, 'en')).toBe('Invalid values');
  });

  it('links a server rule that names one field', () => {
    const rule = new ApiError(400, {
      code: 'validation_failed',
      message: 'Ange plats',
      messageEn: 'Give the place',
      details: { field: 'place' },
    });
    expect(apiFormErrors(rule, { place: 'dlg-place' })[0]!.fieldId).toBe('dlg-place');
    expect(apiFormErrors(rule)[0]!.fieldId).toBeUndefined();
  });

  it('keeps other API errors about the whole form', () => {
    const errors = apiFormErrors(new ApiError(409, { code: 'conflict', message: 'Finns redan', messageEn: 'Exists' }));
    expect(errors.map((e) => [e.fieldId, e.message(sv, 'sv')])).toEqual([[undefined, 'Finns redan']]);
  });

  it('falls back to a general message for anything else', () => {
    expect(apiFormErrors(new Error('boom'))[0]!.message(en, 'en')).toBe(en.unexpectedError);
  });
});

describe('a server 400 at the field', () => {
  const issue = new ApiError(400, {
    code: 'validation_failed',
    message: 'Förfrågan innehåller ogiltiga värden',
    messageEn: 'The request contains invalid values',
    details: [
      { path: '/name', message: 'Too small', messageSv: 'Fältet får inte vara tomt.', messageEn: 'Must not be empty.' },
    ],
  });

  it("shows the server's words for the field, not only the general message", () => {
    const errors = apiFormErrors(issue, { name: 'org-name' });
    expect(fieldError(errors, 'org-name')?.(sv, 'sv')).toBe('Fältet får inte vara tomt.');
    expect(fieldError(errors, 'org-name')?.(en, 'en')).toBe('Must not be empty.');
  });

  it('keeps the general message when no field of the form is named', () => {
    expect(apiFormErrors(issue, {}).map((e) => e.message(sv, 'sv'))).toEqual(['Förfrågan innehåller ogiltiga värden']);
  });

  it('links a conflict about one field to that field', () => {
    const taken = new ApiError(409, {
      code: 'conflict',
      message: 'Adressen används redan',
      messageEn: 'The address is taken',
      details: { field: 'slug' },
    });
    expect(apiFormErrors(taken, { slug: 'set-slug' })).toMatchObject([{ fieldId: 'set-slug' }]);
  });

  it('links an issue inside a list to the input of that row', () => {
    const row = new ApiError(400, {
      code: 'validation_failed',
      message: 'Förfrågan innehåller ogiltiga värden',
      messageEn: 'The request contains invalid values',
      details: [{ path: '/items/1/comment', messageSv: 'Högst 5 000 tecken.', messageEn: 'At most 5000 characters.' }],
    });
    const errors = apiFormErrors(row, { 'items.1.comment': 'item-b-comment', items: 'items' });
    expect(errors).toMatchObject([{ fieldId: 'item-b-comment' }]);
    expect(fieldError(errors, 'item-b-comment')?.(sv, 'sv')).toBe('Högst 5 000 tecken.');
  });
});
