import { describe, expect, it } from 'vitest';
import { bucketLabelSv, periodBuckets } from './index.ts';

describe('bucketLabelSv', () => {
  it.each([
    [{ from: '2019-01-01', to: '2019-06-30' }, 'halfyear', 'första halvåret 2019'],
    [{ from: '2019-11-28', to: '2019-12-31' }, 'halfyear', 'andra halvåret 2019'],
    [{ from: '2020-05-01', to: '2020-08-31' }, 'tertial', 'tertial 2 2020'],
    [{ from: '2021-03-22', to: '2021-03-28' }, 'week', 'vecka 12 2021'],
    // ISO weeks that cross a year end are named by their dates, not "vecka 53 2020" or "vecka 1 2020".
    [{ from: '2021-01-01', to: '2021-01-03' }, 'week', '28 dec 2020 – 3 jan 2021'],
    [{ from: '2019-12-30', to: '2019-12-31' }, 'week', '30 dec 2019 – 5 jan 2020'],
    [{ from: '2020-01-01', to: '2020-01-05' }, 'week', '30 dec 2019 – 5 jan 2020'],
    [{ from: '2021-03-01', to: '2021-03-31' }, 'month', 'mars 2021'],
    [{ from: '2021-01-01', to: '2021-06-30' }, 'term', 'vårterminen 2021'],
    [{ from: '2021-08-01', to: '2021-12-31' }, 'term', 'höstterminen 2021'],
    [{ from: '2020-01-01', to: '2020-12-31' }, 'year', '2020'],
    [{ from: '2020-10-01', to: '2020-12-31' }, 'quarter', 'kvartal 4 2020'],
    [{ from: '2021-05-03', to: '2021-05-03' }, 'day', '3 maj 2021'],
    [{ from: '2019-01-01', to: '2021-12-31' }, 'period', 'hela perioden'],
    [{ from: '2019-01-01', to: '2021-12-31' }, null, 'hela perioden'],
  ] as const)('%o per %s is "%s"', (bucket, per, label) => {
    expect(bucketLabelSv(bucket, per)).toBe(label);
  });

  it.each([
    [{ from: '2021-01-04', to: '2021-01-24' }, 'week', 'vecka 1–3 2021'],
    [{ from: '2020-12-21', to: '2021-01-10' }, 'week', '21 dec 2020 – 10 jan 2021'],
    [{ from: '2019-12-30', to: '2020-01-19' }, 'week', '30 dec 2019 – 19 jan 2020'],
    [{ from: '2021-02-01', to: '2021-03-31' }, 'month', 'februari–mars 2021'],
    [{ from: '2020-12-01', to: '2021-01-31' }, 'month', 'december 2020 – januari 2021'],
    [{ from: '2021-01-01', to: '2021-06-30' }, 'quarter', 'kvartal 1–2 2021'],
    [{ from: '2020-07-01', to: '2021-06-30' }, 'halfyear', 'andra halvåret 2020 – första halvåret 2021'],
    [{ from: '2020-01-01', to: '2021-12-31' }, 'year', '2020–2021'],
    [{ from: '2021-01-01', to: '2021-12-31' }, 'term', 'vårterminen 2021 – höstterminen 2021'],
    [{ from: '2021-03-01', to: '2021-03-03' }, 'day', '1–3 mars 2021'],
  ] as const)('names a group of units: %o per %s is "%s"', (bucket, per, label) => {
    expect(bucketLabelSv(bucket, per)).toBe(label);
  });

  it('labels every bucket periodBuckets gives, each differently', () => {
    const labels = periodBuckets({ from: '2019-11-28', to: '2021-05-31' }, 'halfyear').map((b) =>
      bucketLabelSv(b, 'halfyear'),
    );
    expect(labels).toEqual([
      'andra halvåret 2019',
      'första halvåret 2020',
      'andra halvåret 2020',
      'första halvåret 2021',
    ]);
  });
});
