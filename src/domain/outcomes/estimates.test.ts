import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  meanDifference,
  rateRatio,
  ratePer100k,
  ratioOfRateRatios,
  shareDifference,
  summarise,
  wilson,
} from './estimates.ts';

const close = (a: number, b: number, digits = 4) => expect(a).toBeCloseTo(b, digits);

describe('rate ratio (hand-computed)', () => {
  it('halving the rate: RR 0.5, interval exp(ln 0.5 ± 1.96·√(1/50 + 1/100))', () => {
    const r = rateRatio({ count: 100, personYears: 100_000 }, { count: 50, personYears: 100_000 })!;
    close(r.estimate, 0.5);
    // √0.03 = 0.173205; 1.96 × 0.173205 = 0.339482; exp(−0.693147 ∓ 0.339482)
    close(r.low, 0.35606, 4);
    close(r.high, 0.70213, 4);
  });
  it('equal windows give exactly 1 and a symmetric interval on the log scale', () => {
    const r = rateRatio({ count: 40, personYears: 30_000 }, { count: 40, personYears: 30_000 })!;
    expect(r.estimate).toBe(1);
    close(Math.log(r.low), -Math.log(r.high), 10);
  });
  it('takes person-years into account: same count over three years is a third of the rate', () => {
    const r = rateRatio({ count: 30, personYears: 3 * 15_000 }, { count: 30, personYears: 15_000 })!;
    close(r.estimate, 3);
  });
  it('a zero count gives no ratio (no finite logarithm)', () => {
    expect(rateRatio({ count: 0, personYears: 10_000 }, { count: 4, personYears: 10_000 })).toBeNull();
    expect(rateRatio({ count: 4, personYears: 10_000 }, { count: 0, personYears: 10_000 })).toBeNull();
  });
  it('rate per 100 000 and year', () => {
    expect(ratePer100k({ count: 38, personYears: 100_000 })).toBe(38);
    close(ratePer100k({ count: 11, personYears: 3 * 14_500 })!, 25.2874, 3);
    expect(ratePer100k({ count: 3, personYears: 0 })).toBeNull();
  });
  it('the ratio of ratios removes a general trend', () => {
    const local = { baseline: { count: 100, personYears: 1e5 }, current: { count: 50, personYears: 1e5 } };
    const county = { baseline: { count: 1000, personYears: 1e6 }, current: { count: 500, personYears: 1e6 } };
    const r = ratioOfRateRatios(local, county)!;
    close(r.estimate, 1);
    // √(1/50 + 1/100 + 1/500 + 1/1000) = √0.033 = 0.181659
    close(r.high, Math.exp(1.96 * 0.181659), 4);
  });
  it('property: swapping the windows inverts the ratio and its interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (c0, c1) => {
        const a = rateRatio({ count: c0, personYears: 1e5 }, { count: c1, personYears: 2e5 })!;
        const b = rateRatio({ count: c1, personYears: 2e5 }, { count: c0, personYears: 1e5 })!;
        expect(a.estimate * b.estimate).toBeCloseTo(1, 9);
        expect(a.low * b.high).toBeCloseTo(1, 9);
        expect(a.low).toBeLessThanOrEqual(a.estimate);
        expect(a.high).toBeGreaterThanOrEqual(a.estimate);
      }),
    );
  });
});

describe('Wilson interval (hand-computed)', () => {
  it('0 of 10: 0 to 0.2775', () => {
    const w = wilson(0, 10)!;
    expect(w.low).toBe(0);
    close(w.high, 0.27753, 4);
  });
  it('10 of 10: 0.7225 to 1', () => {
    const w = wilson(10, 10)!;
    close(w.low, 0.72247, 4);
    expect(w.high).toBe(1);
  });
  it('no answers, no interval', () => {
    expect(wilson(0, 0)).toBeNull();
  });
  it('property: the interval holds the share and stays in 0–1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const yes = Math.round(f * n);
        const w = wilson(yes, n)!;
        expect(w.low).toBeGreaterThanOrEqual(0);
        expect(w.high).toBeLessThanOrEqual(1);
        expect(w.low).toBeLessThanOrEqual(w.estimate + 1e-12);
        expect(w.high).toBeGreaterThanOrEqual(w.estimate - 1e-12);
      }),
    );
  });
});

describe("Newcombe's difference of shares", () => {
  it("reproduces Newcombe's (1998) worked example 56/70 − 48/80: 0.2 (0.0524 to 0.3339)", () => {
    const d = shareDifference({ yes: 48, n: 80 }, { yes: 56, n: 70 })!;
    close(d.estimate, 0.2, 10);
    close(d.low, 0.0524, 4);
    close(d.high, 0.3339, 4);
  });
  it('equal shares: difference 0 inside its interval', () => {
    const d = shareDifference({ yes: 30, n: 100 }, { yes: 60, n: 200 })!;
    close(d.estimate, 0, 12);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
  });
  it('property: swapping the windows mirrors the interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n0, n1, f0, f1) => {
          const a = { yes: Math.round(f0 * n0), n: n0 };
          const b = { yes: Math.round(f1 * n1), n: n1 };
          const x = shareDifference(a, b)!;
          const y = shareDifference(b, a)!;
          expect(x.estimate).toBeCloseTo(-y.estimate, 9);
          expect(x.low).toBeCloseTo(-y.high, 9);
          expect(x.low).toBeLessThanOrEqual(x.estimate + 1e-12);
          expect(x.high).toBeGreaterThanOrEqual(x.estimate - 1e-12);
        },
      ),
    );
  });
});

describe('difference of mean indices (Welch, normal quantile)', () => {
  it('[1,2,3] → [2,3,4]: 1 ± 1.96·√(1/3 + 1/3)', () => {
    const d = meanDifference(summarise([1, 2, 3])!, summarise([2, 3, 4])!)!;
    close(d.estimate, 1);
    close(d.low, 1 - 1.96 * Math.sqrt(2 / 3));
    close(d.high, 1 + 1.6003, 3);
  });
  it('one answer has no variance to speak of: no interval', () => {
    expect(meanDifference(summarise([3])!, summarise([2, 4])!)).toBeNull();
    expect(summarise([])).toBeNull();
  });
});
