import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDaysIso, todayIso } from './dates.ts';

afterEach(() => vi.useRealTimers());

describe('today in the staff app', () => {
  it('is the Swedish calendar day, whatever the device clock’s time zone', () => {
    vi.useFakeTimers();
    // 23:30 UTC on 30 June is 01:30 on 1 July in Sweden (summer time).
    vi.setSystemTime(new Date('2026-06-30T23:30:00Z'));
    expect(todayIso()).toBe('2026-07-01');
    // 22:30 UTC on 31 December is 23:30 the same day in Sweden (winter time).
    vi.setSystemTime(new Date('2026-12-31T22:30:00Z'));
    expect(todayIso()).toBe('2026-12-31');
  });

  it('adds days across a change to summer time', () => {
    expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysIso('2026-03-29', 1)).toBe('2026-03-30');
  });
});
