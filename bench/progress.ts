/**
 * Benchmark of the progress domain: 12 commitments over a five-year promise
 * with daily activities, ≈ 1.5 million activities in all (a large kommun's
 * logging scaled up). Prints one JSON line; `ratio` is computeProgress time
 * over a plain loop summing the same quantities, measured in the same run so
 * that machine speed cancels out.
 *
 *   node bench/progress.ts
 */
import type { CountTarget, Target } from '../src/domain/promise-document.ts';
import { computeProgress, type ActivityInput } from '../src/domain/progress/index.ts';
import { addDays, daysBetweenInclusive } from '../src/domain/progress/dates.ts';

const TOTAL_ACTIVITIES = 1_500_000;
const ROUNDS = 5;
const period = { from: '2020-01-01', to: '2024-12-31' };
const at = '2023-06-15';

const count = (per: CountTarget['per'], every = 1, average = false): Target => ({
  kind: 'count',
  count: 3,
  atLeast: true,
  max: null,
  per,
  every,
  average,
  unit: null,
});

const targets: Target[] = [
  count('day'),
  count('week'),
  count('week', 3),
  count('month'),
  count('month', 2, true),
  count('quarter'),
  count('tertial'),
  count('halfyear'),
  count('term'),
  count('year'),
  count(null),
  { kind: 'share', percent: 20, atLeast: true },
];

// A small deterministic generator, so every run measures the same data.
let seed = 20_240_601;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

function makeActivities(n: number, share: boolean): ActivityInput[] {
  const days = daysBetweenInclusive(period.from, period.to);
  const dates = Array.from({ length: days }, (_, i) => addDays(period.from, i));
  return Array.from({ length: n }, (_, i) => {
    const activity: ActivityInput = { date: dates[i % days]!, quantity: 1 + Math.floor(random() * 3) };
    if (share) {
      activity.whole = 1 + Math.floor(random() * 5);
      activity.part = Math.floor(random() * (activity.whole + 1));
    }
    return activity;
  });
}

const perCommitment = Math.round(TOTAL_ACTIVITIES / targets.length);
const commitments = targets.map((target) => ({
  target,
  activities: makeActivities(perCommitment, target.kind === 'share'),
}));

function runProgress(): number {
  let checksum = 0;
  for (const { target, activities } of commitments) {
    checksum += computeProgress({ target, period, activities, at }).doneToDate;
  }
  return checksum;
}

function runBaseline(): number {
  let checksum = 0;
  for (const { activities } of commitments) {
    for (let i = 0; i < activities.length; i++) checksum += activities[i]!.quantity ?? 1;
  }
  return checksum;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => number): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

runProgress();
runBaseline();
const progressMs: number[] = [];
const baselineMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  progressMs.push(time(runProgress));
  baselineMs.push(time(runBaseline));
}
const progress = median(progressMs);
const baseline = median(baselineMs);
console.log(
  JSON.stringify({
    name: 'progress-domain',
    commitments: commitments.length,
    activities: perCommitment * commitments.length,
    rounds: ROUNDS,
    progressMs: Number(progress.toFixed(2)),
    baselineMs: Number(baseline.toFixed(2)),
    activitiesPerSecond: Math.round((perCommitment * commitments.length) / (progress / 1000)),
    ratio: Number((progress / Math.max(baseline, 0.001)).toFixed(1)),
  }),
);
