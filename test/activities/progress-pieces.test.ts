/**
 * Progress read through the database (activities summed into week ∩ month
 * pieces) must equal progress computed from every single activity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';
import { computeProgress, addDays } from '../../src/domain/progress/index.ts';
import type { Target } from '../../src/domain/promise-document.ts';

let ctx: TestContext;
let officer: Client;

const count = (n: number, per: string | null, every = 1, average = false): Target =>
  ({ kind: 'count', count: n, atLeast: true, max: null, per, every, average, unit: null }) as Target;
const TARGETS: Target[] = [
  count(3, 'day'),
  count(2, 'week', 2),
  count(5, 'month'),
  count(4, 'quarter', 1, true),
  count(6, 'tertial'),
  count(3, 'term'),
  count(20, null),
  count(1, 'week', 3),
  { kind: 'share', percent: 20, atLeast: true },
];

beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
});
afterAll(async () => ctx.close());

describe('progress through the database', () => {
  it('equals the domain calculation over every activity, for every kind of bucket', async () => {
    const doc = kalixPromise({ from: '2020-11-18', to: '2022-02-09' });
    doc.focusAreas[0]!.commitments = TARGETS.map((target, i) => ({
      text: `Åtagande ${i + 1}`,
      responsible: ['polisen'],
      partners: [],
      places: [],
      target,
      targets: [],
      followUp: [],
    }));
    const set = (await officer.request('POST', '/api/v1/promise-sets', doc)).json();
    const ids: string[] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const activities = Array.from({ length: 600 }, () => ({
      commitmentId: ids[rnd(ids.length)]!,
      date: addDays('2020-11-01', rnd(500)),
      quantity: 1 + rnd(3),
      outcomes: { part: rnd(3), whole: 2 + rnd(5) },
    }));
    const stored = (await officer.request('POST', '/api/v1/activities/batch', { activities })).json().activities as {
      id: string;
    }[];
    // Asked once now, so every later answer must see past the cached one.
    await check(set.id, ids, activities, doc.period!);
    // Edits and deletes must keep the stored sums right: move 50 activities, delete 50.
    for (let k = 0; k < 50; k++) {
      const moved = activities[k]!;
      moved.date = addDays(moved.date, 17);
      moved.quantity = 5;
      await officer.request('PATCH', `/api/v1/activities/${stored[k]!.id}`, { date: moved.date, quantity: 5 });
    }
    for (let k = 50; k < 100; k++) await officer.request('DELETE', `/api/v1/activities/${stored[k]!.id}`);
    activities.splice(50, 50);
    await check(set.id, ids, activities, doc.period!);
    // One activity logged on its own, against each of two commitments, moves the cached answers too.
    for (const commitmentId of [ids[1]!, ids[4]!]) {
      const one = { commitmentId, date: '2021-03-02', quantity: 2, outcomes: { part: 1, whole: 3 } };
      expect((await officer.request('POST', '/api/v1/activities', one)).statusCode).toBe(201);
      activities.push(one);
      await check(set.id, ids, activities, doc.period!);
    }
    // A changed period changes what counts.
    const changed = {
      ...(await officer.request('GET', `/api/v1/promise-sets/${set.id}`)).json(),
      period: { from: '2021-01-01', to: '2021-12-31' },
    };
    expect((await officer.request('PUT', `/api/v1/promise-sets/${set.id}`, { document: changed })).statusCode).toBe(
      200,
    );
    await check(set.id, ids, activities, changed.period);
  });
});

async function check(
  setId: string,
  ids: string[],
  activities: { commitmentId: string; date: string; quantity: number; outcomes: Record<string, number> }[],
  period: { from: string; to: string | null },
) {
  for (const at of ['2021-03-31', '2021-08-01', '2021-12-31', '2022-02-09', '2022-06-01']) {
    const api = (await officer.request('GET', `/api/v1/promise-sets/${setId}/progress?at=${at}`)).json();
    for (const [i, id] of ids.entries()) {
      const expected = computeProgress({
        target: TARGETS[i]!,
        period,
        at,
        activities: activities
          .filter((a) => a.commitmentId === id)
          .map((a) => ({ date: a.date, quantity: a.quantity, ...a.outcomes })),
      });
      const got = api.commitments.find((c: { id: string }) => c.id === id);
      expect({ at, i, ...got, id: undefined }).toEqual({ at, i, ...expected, id: undefined });
    }
  }
}
