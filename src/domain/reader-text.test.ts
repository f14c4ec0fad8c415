import { describe, expect, it } from 'vitest';
import { formatAmount, formatNumberSv, isFractionalUnit, joinTitle, nameWithRole } from './reader-text.ts';

describe('numbers as a Swedish reader writes them', () => {
  it('uses a decimal comma, no trailing zeros and a no-break space between thousands', () => {
    expect(formatNumberSv(2.5)).toBe('2,5');
    expect(formatNumberSv(3)).toBe('3');
    expect(formatNumberSv(2.5 + 0.000001)).toBe('2,5');
    expect(formatNumberSv(1234)).toBe('1\u00a0234');
  });

  it('counted things are whole (rounded down), measured units keep their comma', () => {
    expect(formatAmount(2.5, 'insatser', 'sv')).toBe('2');
    expect(formatAmount(2.5, null, 'sv')).toBe('2');
    expect(formatAmount(2.9999999999, 'kontroller', 'sv')).toBe('3');
    expect(formatAmount(2.5, 'timmar', 'sv')).toBe('2,5');
    expect(formatAmount(12.25, 'gram narkotika', 'sv')).toBe('12,25');
    expect(formatAmount(2.5, 'hours', 'en')).toBe('2.5');
    expect(isFractionalUnit('tillfällen')).toBe(false);
    expect(isFractionalUnit('Timmar')).toBe(true);
  });
});

describe('titles say each part once', () => {
  it.each([
    [['Kalix', 'Kalix – medborgarlöften'], 'Kalix – medborgarlöften'],
    [['Kalix', 'Medborgarlöfte Kalix 2019'], 'Medborgarlöfte Kalix 2019'],
    [['Kalix', 'Tryggare Töre'], 'Kalix – Tryggare Töre'],
    [['Lund', 'Lundby 2024'], 'Lund – Lundby 2024'],
    [['Kalix', null, ''], 'Kalix'],
  ] as const)('%o is "%s"', (parts, title) => {
    expect(joinTitle(parts)).toBe(title);
  });

  it('a role typed also as the name is said once', () => {
    expect(nameWithRole('Kommunstyrelsens ordförande', 'Kommunstyrelsens ordförande')).toBe(
      'Kommunstyrelsens ordförande',
    );
    expect(nameWithRole('Karin Lind', 'KSO')).toBe('Karin Lind, KSO');
  });
});
