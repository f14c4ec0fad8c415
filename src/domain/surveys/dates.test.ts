import { describe, expect, it } from 'vitest';
import { stockholmDay } from './dates.ts';

describe('stockholmDay', () => {
  it('turns at midnight in Sweden, winter and summer, also when asked hour after hour', () => {
    // Winter (UTC+1): midnight in Stockholm is 23:00 UTC.
    expect(stockholmDay(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(stockholmDay(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    // Summer (UTC+2): midnight is 22:00 UTC.
    expect(stockholmDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(stockholmDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    // Around the spring and autumn changes of the clock.
    expect(stockholmDay(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(stockholmDay(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(stockholmDay(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(stockholmDay(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(stockholmDay(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(stockholmDay(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(stockholmDay(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(stockholmDay(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('agrees with the calendar for every hour of a year, read in and out of order', () => {
    const format = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
    const start = Date.UTC(2026, 0, 1);
    const hours = Array.from({ length: 366 * 24 }, (_, i) => start + i * 3_600_000 + ((i * 7919) % 3_600_000));
    for (const at of [...hours, ...hours.reverse()]) expect(stockholmDay(new Date(at))).toBe(format.format(at));
  });
});
