import { describe, expect, it } from 'vitest';
import { isoWeekOf, normaliseWeek, periodsOf } from './week.ts';

describe('ISO weeks', () => {
  it('puts a day in the week of its Thursday', () => {
    expect(isoWeekOf('2026-02-12')).toBe('2026-W07');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('reads what people type and refuses weeks that do not exist', () => {
    expect(normaliseWeek('2026 v 7')).toBe('2026-W07');
    expect(normaliseWeek('2026-w07')).toBe('2026-W07');
    expect(normaliseWeek('2026-W53')).toBe('2026-W53');
    expect(normaliseWeek('2025-W53')).toBeNull();
    expect(normaliseWeek('vecka 7')).toBeNull();
  });

  it('lists the periods of a year', () => {
    expect(periodsOf(2025)).toContain('2025-Q1');
    expect(periodsOf(2025)).toHaveLength(10);
  });
});
