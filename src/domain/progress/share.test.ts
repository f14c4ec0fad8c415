/** kind: share, judged at period level from part and whole numbers on activities. */
import { describe, expect, it } from 'vitest';
import type { ShareTarget } from '../promise-document.ts';
import { computeProgress } from './index.ts';
import type { ActivityInput } from './index.ts';

const target: ShareTarget = { kind: 'share', percent: 20, atLeast: true, unit: 'förstagångsanvändare' };
const period = { from: '2021-01-01', to: '2021-12-31' };
const ask = (activities: ActivityInput[], at = '2021-06-30') => computeProgress({ target, period, activities, at });

describe('share targets', () => {
  it('met when sum of parts / sum of wholes reaches the percent', () => {
    const result = ask([
      { date: '2021-02-01', part: 3, whole: 20 },
      { date: '2021-03-01', part: 8, whole: 32 },
    ]);
    // 11 of 52 = 21 %; 20 % of 52 needs ceil(10.4) = 11.
    expect(result).toEqual({
      status: 'met',
      doneToDate: 11,
      requiredToDate: 11,
      lastActivityDate: '2021-03-01',
      buckets: [{ from: '2021-01-01', to: '2021-12-31', required: 11, done: 11, status: 'met' }],
    });
  });

  it('at_risk while the period runs below the percent, missed when it ended below it', () => {
    const below = [{ date: '2021-02-01', part: 10, whole: 52 }];
    expect(ask(below).status).toBe('at_risk');
    expect(ask(below).buckets[0]!.status).toBe('open');
    expect(ask(below, '2022-01-01').status).toBe('missed');
    expect(ask(below, '2022-01-01').buckets[0]!.status).toBe('missed');
  });

  it('adds parts and wholes recorded on different activities', () => {
    expect(
      ask([
        { date: '2021-02-01', whole: 50 },
        { date: '2021-04-01', part: 10 },
      ]).status,
    ).toBe('met');
  });

  it('is not a running count: a later whole can take a met share back below the percent', () => {
    const first = { date: '2021-02-01', part: 2, whole: 10 };
    expect(ask([first]).status).toBe('met');
    expect(ask([first, { date: '2021-03-01', part: 0, whole: 10 }]).status).toBe('at_risk');
  });

  it('ignores parts and wholes outside the period or after at', () => {
    const result = ask([
      { date: '2020-12-31', part: 0, whole: 100 },
      { date: '2021-02-01', part: 1, whole: 5 },
      { date: '2021-07-01', part: 0, whole: 100 },
    ]);
    expect(result).toMatchObject({ status: 'met', doneToDate: 1, requiredToDate: 1 });
  });

  it('not_measurable when no activity carries a part or whole: a person assesses it in the follow-up', () => {
    expect(ask([{ date: '2021-02-01', quantity: 3 }])).toEqual({
      status: 'not_measurable',
      doneToDate: 3,
      requiredToDate: 0,
      lastActivityDate: '2021-02-01',
      buckets: [],
    });
    expect(ask([]).status).toBe('not_measurable');
    expect(ask([{ date: '2021-02-01', part: 0, whole: 0 }]).status).toBe('not_measurable');
  });
});
