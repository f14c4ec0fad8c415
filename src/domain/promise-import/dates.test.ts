import { describe, expect, it } from 'vitest';
import { dayIn, findDateSpans } from './dates.ts';

const first = (text: string) => {
  const s = findDateSpans(text)[0];
  return s ? { from: s.from, to: s.to } : null;
};

describe('dates and date ranges', () => {
  it.each([
    ['Medborgarlöftet gäller för år 2019.', { from: '2019-01-01', to: '2019-12-31' }],
    ['Medborgarlöfte 2021-2022', { from: '2021-01-01', to: '2022-12-31' }],
    ['Medborgarlöften 2019 – 2023', { from: '2019-01-01', to: '2023-12-31' }],
    ['grund för 2020 och 2021 års medborgarlöften', { from: '2020-01-01', to: '2021-12-31' }],
    ['gäller 2019-11-28 – 2021-05-31', { from: '2019-11-28', to: '2021-05-31' }],
    ['från den 1 januari 2019 till och med den 31 december 2022', { from: '2019-01-01', to: '2022-12-31' }],
    ['1 mars – 31 oktober 2022', { from: '2022-03-01', to: '2022-10-31' }],
    ['gäller 2021–22', { from: '2021-01-01', to: '2022-12-31' }],
    ['gäller från 2022', { from: '2022-01-01', to: null }],
    ['fr.o.m. 1 mars 2022 och tills vidare', { from: '2022-03-01', to: null }],
    ['under februari 2020', { from: '2020-02-01', to: '2020-02-29' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('an impossible day becomes the nearest real one, with a warning', () => {
    const [span] = findDateSpans('gäller 1 januari 2021 – 31 juni 2021');
    expect(span?.to).toBe('2021-06-30');
    expect(span?.warnings).toEqual(['Datumet "31 juni 2021" finns inte; 2021-06-30 användes i stället.']);
    expect(dayIn('2021-02-30')).toEqual({
      iso: '2021-02-28',
      warning: 'Datumet "2021-02-30" finns inte; 2021-02-28 användes i stället.',
    });
  });

  it('finds the one day of a signing line', () => {
    expect(dayIn('Haparanda 2019-02-11')?.iso).toBe('2019-02-11');
    expect(dayIn('Kalix den 3 februari 2021')?.iso).toBe('2021-02-03');
    expect(dayIn('2019-2023')).toBeNull();
  });
});
