/** progress-rules.md, rule by rule. */
import { describe, expect, it } from 'vitest';
import { computeProgress } from './index.ts';
import type { ProgressInput } from './index.ts';
import { countTarget, on } from './test-helpers.ts';

const year2021 = { from: '2021-01-01', to: '2021-12-31' };

function progress(over: Partial<ProgressInput>) {
  return computeProgress({
    target: countTarget(),
    period: year2021,
    activities: [],
    at: '2021-06-15',
    ...over,
  });
}

function spans(over: Partial<ProgressInput>) {
  return progress(over).buckets.map((b) => `${b.from}..${b.to}`);
}

describe('buckets', () => {
  it.each([
    [
      'day',
      { from: '2021-03-30', to: '2021-04-01' },
      ['2021-03-30..2021-03-30', '2021-03-31..2021-03-31', '2021-04-01..2021-04-01'],
    ],
    [
      'week',
      { from: '2021-01-01', to: '2021-01-12' },
      ['2021-01-01..2021-01-03', '2021-01-04..2021-01-10', '2021-01-11..2021-01-12'],
    ],
    [
      'month',
      { from: '2020-01-15', to: '2020-03-31' },
      ['2020-01-15..2020-01-31', '2020-02-01..2020-02-29', '2020-03-01..2020-03-31'],
    ],
    [
      'quarter',
      year2021,
      ['2021-01-01..2021-03-31', '2021-04-01..2021-06-30', '2021-07-01..2021-09-30', '2021-10-01..2021-12-31'],
    ],
    ['tertial', year2021, ['2021-01-01..2021-04-30', '2021-05-01..2021-08-31', '2021-09-01..2021-12-31']],
    ['halfyear', year2021, ['2021-01-01..2021-06-30', '2021-07-01..2021-12-31']],
    ['term', year2021, ['2021-01-01..2021-06-30', '2021-08-01..2021-12-31']],
    [
      'year',
      { from: '2020-05-01', to: '2022-02-28' },
      ['2020-05-01..2020-12-31', '2021-01-01..2021-12-31', '2022-01-01..2022-02-28'],
    ],
    ['period', { from: '2020-05-01', to: '2022-02-28' }, ['2020-05-01..2022-02-28']],
  ] as const)('per %s tiles the period as the table says', (per, period, expected) => {
    expect(spans({ target: countTarget({ per }), period })).toEqual(expected);
  });

  it('every N groups N units counting from the unit holding the first day ("varannan månad" from 15 February)', () => {
    expect(
      spans({ target: countTarget({ per: 'month', every: 2 }), period: { from: '2021-02-15', to: '2021-07-10' } }),
    ).toEqual(['2021-02-15..2021-03-31', '2021-04-01..2021-05-31', '2021-06-01..2021-07-10']);
  });

  it("every N days counts from the period's first day", () => {
    expect(
      spans({ target: countTarget({ per: 'day', every: 10 }), period: { from: '2021-02-25', to: '2021-03-20' } }),
    ).toEqual(['2021-02-25..2021-03-06', '2021-03-07..2021-03-16', '2021-03-17..2021-03-20']);
  });

  it('a bucket cut by the period requires ceil(count × daysInside / daysOfBucket); a full one requires count', () => {
    const { buckets } = progress({
      target: countTarget({ count: 10, per: 'month' }),
      period: { from: '2021-01-31', to: '2021-03-02' },
    });
    // 1/31 of January → ceil(0.32) = 1; February is whole; 2/31 of March → ceil(0.65) = 1.
    expect(buckets.map((b) => b.required)).toEqual([1, 10, 1]);
    const quarter = progress({
      target: countTarget({ count: 6, per: 'quarter' }),
      period: { from: '2021-02-15', to: '2021-12-31' },
    });
    expect(quarter.buckets[0]!.required).toBe(Math.ceil((6 * 45) / 90));
    expect(quarter.buckets.slice(1).map((b) => b.required)).toEqual([6, 6, 6]);
  });

  it('term: a period starting in July counts from the hösttermin; one ending in July stops at the vårtermin', () => {
    expect(spans({ target: countTarget({ per: 'term' }), period: { from: '2021-07-10', to: '2022-07-20' } })).toEqual([
      '2021-08-01..2021-12-31',
      '2022-01-01..2022-06-30',
    ]);
  });

  it('term every 2: vårtermin and hösttermin form one bucket, and the July between them counts in it', () => {
    const result = progress({
      target: countTarget({ count: 1, per: 'term', every: 2 }),
      period: { from: '2021-01-01', to: '2022-06-30' },
      activities: on('2021-07-14'),
      at: '2022-01-10',
    });
    expect(result.buckets).toEqual([
      { from: '2021-01-01', to: '2021-12-31', required: 1, done: 1, status: 'met' },
      // The second bucket would run to 2022-12-31 and is cut: ceil(1 × 181/365) = 1.
      { from: '2022-01-01', to: '2022-06-30', required: 1, done: 0, status: 'open' },
    ]);
  });

  it('a term target over a period inside one July has no bucket and is not measurable (not vacuously met)', () => {
    expect(
      progress({
        target: countTarget({ per: 'term' }),
        period: { from: '2021-07-01', to: '2021-07-31' },
        activities: on('2021-07-05'),
        at: '2021-08-01',
      }),
    ).toEqual({
      status: 'not_measurable',
      doneToDate: 1,
      requiredToDate: 0,
      lastActivityDate: '2021-07-05',
      buckets: [],
    });
  });

  it('per null counts as the whole period: one bucket requiring count', () => {
    const withNull = progress({ target: countTarget({ count: 5, per: null }) });
    const withPeriod = progress({ target: countTarget({ count: 5, per: 'period' }) });
    expect(withNull).toEqual(withPeriod);
    expect(withNull.buckets).toEqual([{ from: '2021-01-01', to: '2021-12-31', required: 5, done: 0, status: 'open' }]);
  });
});

describe('not measurable by date', () => {
  const activities = [
    { date: '2020-12-31', quantity: 7 }, // before the period
    { date: '2021-02-01', quantity: 2 },
    { date: '2021-05-20' }, // quantity defaults to 1
    { date: '2021-06-16', quantity: 4 }, // after `at`
  ];

  it.each([
    ['per shift', countTarget({ per: 'shift' })],
    ['kind none', { kind: 'none' } as const],
  ])(
    '%s: not_measurable, no buckets, requiredToDate 0, done summed inside the period up to at, last date shown',
    (_, target) => {
      expect(progress({ target, activities })).toEqual({
        status: 'not_measurable',
        doneToDate: 3,
        requiredToDate: 0,
        lastActivityDate: '2021-05-20',
        buckets: [],
      });
    },
  );

  it('with nothing done yet the last activity date is null', () => {
    expect(progress({ target: { kind: 'none' }, activities: [] }).lastActivityDate).toBeNull();
  });
});

describe('done', () => {
  it('sums the quantities dated inside the bucket, up to and including at', () => {
    const result = progress({
      target: countTarget({ count: 10, per: 'month' }),
      activities: [
        { date: '2021-06-01', quantity: 2 },
        { date: '2021-06-15', quantity: 3 }, // on `at`: counts
        { date: '2021-06-16', quantity: 5 }, // the day after: does not
        { date: '2021-07-01', quantity: 1 },
      ],
      at: '2021-06-15',
    });
    expect(result.buckets[5]).toMatchObject({ from: '2021-06-01', done: 5 });
    expect(result.buckets[6]).toMatchObject({ from: '2021-07-01', done: 0 });
    expect(result.doneToDate).toBe(5);
  });

  it('activities outside the period count in no bucket, also when the first bucket is cut', () => {
    const result = progress({
      target: countTarget({ count: 1, per: 'halfyear' }),
      period: { from: '2021-03-01', to: '2021-09-30' },
      activities: on('2021-02-28', '2021-10-01', '2021-03-01'),
      at: '2022-01-01',
    });
    expect(result.buckets.map((b) => b.done)).toEqual([1, 0]);
    expect(result.doneToDate).toBe(1);
    expect(result.lastActivityDate).toBe('2021-03-01');
  });
});

describe('status of a bucket', () => {
  const monthly = (dates: string[], at: string) =>
    progress({ target: countTarget({ count: 2, per: 'month' }), activities: on(...dates), at }).buckets;

  it('upcoming when it starts after at', () => {
    expect(monthly([], '2021-03-31')[3]).toMatchObject({ from: '2021-04-01', status: 'upcoming' });
  });

  it('met as soon as done reaches required, before the bucket ends', () => {
    expect(monthly(['2021-03-02', '2021-03-03'], '2021-03-03')[2]!.status).toBe('met');
  });

  it('missed when it ended before at short of required', () => {
    expect(monthly(['2021-03-02'], '2021-04-01')[2]!.status).toBe('missed');
  });

  it('open while it holds at and is not met, also on its last day', () => {
    expect(monthly(['2021-03-02'], '2021-03-31')[2]!.status).toBe('open');
    expect(monthly([], '2021-03-01')[2]!.status).toBe('open');
  });
});

describe('requiredToDate and doneToDate', () => {
  const target = countTarget({ count: 4, per: 'quarter' });

  it('sums required of ended buckets plus floor(required × daysElapsed / daysInside) of the current one', () => {
    // Q1 ended (4); 2021-05-15 is day 45 of Q2's 91 days: floor(4 × 45/91) = 1.
    expect(progress({ target, at: '2021-05-15' }).requiredToDate).toBe(5);
    // On the last day of a bucket the whole requirement is due.
    expect(progress({ target, at: '2021-06-30' }).requiredToDate).toBe(8);
  });

  it('scales the current bucket by its days inside the period when it is cut', () => {
    // Period starts 2021-02-15: Q1 inside is 45 days requiring ceil(4 × 45/90) = 2; at is day 30 of them.
    const cut = progress({ target, period: { from: '2021-02-15', to: '2021-12-31' }, at: '2021-03-16' });
    expect(cut.buckets[0]!.required).toBe(2);
    expect(cut.requiredToDate).toBe(Math.floor((2 * 30) / 45));
  });

  it('is 0 before the period and the sum of all required after it', () => {
    expect(progress({ target, at: '2020-12-31' }).requiredToDate).toBe(0);
    expect(progress({ target, at: '2022-01-01' }).requiredToDate).toBe(16);
  });

  it('doneToDate is the sum of done of the buckets', () => {
    const result = progress({
      target,
      activities: [...on('2021-01-05', '2021-04-05'), { date: '2021-04-06', quantity: 2.5 }],
      at: '2021-12-31',
    });
    expect(result.buckets.map((b) => b.done)).toEqual([1, 3.5, 0, 0]);
    expect(result.doneToDate).toBe(4.5);
  });
});

describe('status of the commitment, first rule that applies', () => {
  const quarterly = (dates: string[], at: string) =>
    progress({ target: countTarget({ count: 2, per: 'quarter' }), activities: on(...dates), at }).status;

  it('1. missed if any bucket is missed, even when the current one is already met', () => {
    expect(quarterly(['2021-01-10', '2021-04-02', '2021-04-03'], '2021-04-03')).toBe('missed');
  });

  it('2. met if every bucket is met, which needs the last one met too', () => {
    const all = [
      '2021-01-10',
      '2021-01-11',
      '2021-04-10',
      '2021-04-11',
      '2021-07-10',
      '2021-07-11',
      '2021-10-10',
      '2021-10-11',
    ];
    expect(quarterly(all, '2021-10-11')).toBe('met');
    expect(quarterly(all, '2022-06-01')).toBe('met');
    expect(quarterly(all.slice(0, 6), '2021-09-30')).toBe('on_track'); // Q4 upcoming, not met
    const once = progress({
      target: countTarget({ count: 2, per: null }),
      activities: on('2021-02-01', '2021-02-02'),
      at: '2021-02-02',
    });
    expect(once.status).toBe('met');
  });

  it('3. on_track before the period starts', () => {
    expect(quarterly([], '2020-12-01')).toBe('on_track');
  });

  it('3. on_track between two terms (July belongs to no term)', () => {
    const terms = (dates: string[]) =>
      progress({ target: countTarget({ count: 1, per: 'term' }), activities: on(...dates), at: '2021-07-15' });
    expect(terms(['2021-03-01']).status).toBe('on_track');
    expect(terms(['2021-03-01']).buckets.map((b) => b.status)).toEqual(['met', 'upcoming']);
    expect(terms([]).status).toBe('missed');
  });

  it('3. on_track when the bucket holding at has done ≥ floor(required × daysElapsed / daysInside)', () => {
    // 2021-02-15 is day 46 of Q1's 90 days: floor(2 × 46/90) = 1.
    expect(quarterly(['2021-01-20'], '2021-02-15')).toBe('on_track');
    // Up to day 44 nothing is due yet: floor(2 × 44/90) = 0.
    expect(quarterly([], '2021-02-13')).toBe('on_track');
  });

  it('4. at_risk otherwise', () => {
    expect(quarterly([], '2021-02-15')).toBe('at_risk');
    expect(quarterly(['2021-01-20'], '2021-03-31')).toBe('at_risk');
  });
});

describe('average: true judges the total', () => {
  const target = countTarget({ count: 2, per: 'month', average: true });
  const period = { from: '2021-01-01', to: '2021-03-31' };
  const total = (dates: string[], at: string) => progress({ target, period, activities: on(...dates), at });

  it('met after the period when the total reaches the sum of all required, though a month was missed', () => {
    const result = total(
      ['2021-01-05', '2021-01-06', '2021-01-07', '2021-01-08', '2021-03-01', '2021-03-02'],
      '2021-04-01',
    );
    expect(result.buckets.map((b) => b.status)).toEqual(['met', 'missed', 'met']);
    expect(result.status).toBe('met');
  });

  it('missed after the period when the total falls short, though a month was met', () => {
    const result = total(['2021-01-05', '2021-01-06', '2021-02-01'], '2021-04-01');
    expect(result.buckets[0]!.status).toBe('met');
    expect(result.status).toBe('missed');
  });

  it("not judged final on the period's last day", () => {
    expect(total([], '2021-03-31').status).toBe('at_risk');
  });

  it('on_track while doneToDate ≥ requiredToDate, at_risk when not', () => {
    // Jan ended (2) + floor(2 × 14/28) = 3 due on 2021-02-14.
    expect(total(['2021-02-01', '2021-02-02', '2021-02-03'], '2021-02-14')).toMatchObject({
      requiredToDate: 3,
      status: 'on_track',
    });
    expect(total(['2021-02-01', '2021-02-02'], '2021-02-14')).toMatchObject({ requiredToDate: 3, status: 'at_risk' });
  });
});

describe('target fields the rules do not use', () => {
  it('atLeast false and max do not change the judgement: more than max still meets the count', () => {
    const range = countTarget({ count: 2, atLeast: false, max: 3, per: null });
    expect(
      progress({
        target: range,
        activities: on('2021-01-01', '2021-01-02', '2021-01-03', '2021-01-04'),
        at: '2021-12-31',
      }).status,
    ).toBe('met');
  });
});
