import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { en } from '../i18n/en.ts';
import { currentIndex, indexes, monthSpan, periodOf } from './period.ts';

describe('follow-up periods', () => {
  it('finds the period from its first day and names it in both languages', () => {
    const p = periodOf('tertial', '2026-05-01');
    expect(p).toEqual({ year: 2026, index: 2 });
    expect(sv.followUps.label('tertial', p.year, p.index)).toBe('Tertial 2 2026');
    expect(sv.followUps.label('halfyear', 2026, 2)).toBe('Andra halvåret 2026');
    expect(en.followUps.label('year', 2025, 1)).toBe('Full year 2025');
  });

  it('spans the months of each period', () => {
    expect(monthSpan('tertial', 3)).toEqual([8, 11]);
    expect(monthSpan('quarter', 1)).toEqual([0, 2]);
    expect(indexes('halfyear')).toEqual([1, 2]);
    expect(currentIndex('quarter', '2026-11-21')).toBe(4);
  });
});
