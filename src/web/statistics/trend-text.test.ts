import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { en } from '../i18n/en.ts';
import { trendText } from './trend-text.ts';
import type { Trend } from '../api/statistics.ts';

const trend: Trend = {
  basis: 'ratePer100k',
  slopePerYear: 250,
  relativeSlopePercent: 3.24,
  direction: 'up',
  firstYear: 2021,
  lastYear: 2024,
  changePercent: 10,
  series: [
    { year: 2021, value: 7500.5, fitted: 7400 },
    { year: 2024, value: 8250, fitted: 8300 },
  ],
};

describe('the trend in words', () => {
  it('says the direction, the pace and the values', () => {
    expect(trendText(trend, sv, 'sv').replace(/\s/gu, ' ')).toBe(
      'Anmälda brott per 100 000 invånare har ökat med i snitt 3,2 procent per år, från 7 500,5 år 2021 till 8 250 år 2024.',
    );
    expect(trendText({ ...trend, direction: 'flat' }, en, 'en')).toContain('about the same');
    expect(trendText(null, sv, 'sv')).toBe(sv.statistics.noTrend);
  });
});
