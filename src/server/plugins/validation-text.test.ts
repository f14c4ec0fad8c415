import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueText } from './validation-text.ts';

/** The issues as fastify-type-provider-zod hands them to the error handler. */
function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map((i) => {
    const { code, message, path: _path, ...params } = i as unknown as Record<string, unknown>;
    return issueText({ keyword: String(code), message: String(message), params });
  });
}

describe('validation issues in words for the field', () => {
  const schema = z.object({
    name: z.string().min(1).max(5),
    day: z.iso.date(),
    email: z.email(),
    count: z.number().int().min(1),
    role: z.enum(['a', 'b']),
    place: z.string().refine((s) => s !== 'x', 'Platsen finns inte'),
  });

  it('says in Swedish and English what is wrong', () => {
    const texts = issuesOf(schema, { name: '', day: '2025-13-40', email: 'nej', count: 0, role: 'c', place: 'x' });
    expect(texts.map((t) => t.messageSv)).toEqual([
      'Fältet får inte vara tomt.',
      'Ange ett datum som ÅÅÅÅ-MM-DD.',
      'Ange en giltig e-postadress.',
      'Värdet måste vara minst 1.',
      'Välj ett av de värden som finns.',
      'Platsen finns inte',
    ]);
    expect(texts[0]!.messageEn).toBe('Must not be empty.');
  });

  it('names a missing value and a too long text', () => {
    const texts = issuesOf(schema.pick({ name: true, day: true }), { name: 'sexsex' });
    expect(texts.map((t) => t.messageSv)).toEqual(['Högst 5 tecken.', 'Fältet måste fyllas i.']);
  });
});
