import { describe, expect, it } from 'vitest';
import { isAcceptedDay, isoDaySchema } from './iso-day.ts';

describe('the accepted day', () => {
  it('is a real calendar day from 1900 on, in four digits', () => {
    expect(['1900-01-01', '2024-02-29', '2999-12-31'].map(isAcceptedDay)).toEqual([true, true, true]);
    expect(
      [
        '0000-01-01',
        '1899-12-31',
        '10000-01-01',
        '2026-02-30',
        '2023-02-29',
        '2025-13-01',
        '2025-1-5',
        '2025-01-01T00:00',
        20250101,
      ].map(isAcceptedDay),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('answers one message per bad value, naming the value but not all of a huge one', () => {
    const huge = isoDaySchema.safeParse('9'.repeat(10_000));
    expect(huge.success).toBe(false);
    expect(huge.error!.issues).toHaveLength(1);
    const impossible = isoDaySchema.safeParse('2026-02-30');
    expect(impossible.error!.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('"2026-02-30" finns inte'),
    ]);
  });
});
