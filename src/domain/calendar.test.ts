import { describe, expect, it } from 'vitest';
import { swedishDay } from './calendar.ts';

describe('the Swedish calendar day', () => {
  it('follows Swedish time, summer and winter', () => {
    expect(swedishDay(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(swedishDay(new Date('2025-01-31T22:59:00Z'))).toBe('2025-01-31');
    expect(swedishDay(new Date('2025-01-31T23:00:00Z'))).toBe('2025-02-01');
  });
});
