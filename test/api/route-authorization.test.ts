/**
 * Authorisation over every route of /api/openapi.json, generated from the
 * route list: a new route is covered without a new test (and fails until
 * route-table.ts says which action it needs). Each route is called, with
 * its path filled by ids of Kalix's objects, as nobody, as every role of an
 * organisation outside Kalix's reach, and as every role inside it.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildFixture, fixtureIds, type Fixture } from './route-fixture.ts';
import { ROUTES } from './route-table.ts';
import { reachFor } from '../../src/domain/access/permissions.ts';
import {
  allowed,
  call,
  insideActors,
  leakedIds,
  operations,
  outsideActors,
  type Operation,
  type TestActor,
} from './route-matrix.ts';

let ctx: TestContext;
let f: Fixture;
let ops: Operation[];
let ids: string[];
let inside: TestActor[];
let outside: TestActor[];

beforeAll(async () => {
  ctx = await startTestApp();
  f = await buildFixture(ctx);
  ids = fixtureIds(f);
  ops = await operations(ctx);
  inside = await insideActors(ctx, f);
  outside = await outsideActors(ctx);
}, 120_000);
afterAll(async () => ctx.close());

const isPublic = (op: Operation) => Array.isArray(op.spec.security) && op.spec.security.length === 0;

describe('the route table', () => {
  it('has an entry for every route in the API description, and no entry without a route', () => {
    expect(ops.length).toBeGreaterThan(100);
    expect(
      ops.filter((op) => !op.entry).map((op) => op.key),
      'routes missing from test/api/route-table.ts',
    ).toEqual([]);
    const keys = new Set(ops.map((op) => op.key));
    expect(
      Object.keys(ROUTES).filter((k) => !keys.has(k)),
      'entries without a route',
    ).toEqual([]);
  });

  it('agrees with the API description on which routes are public', () => {
    const disagree = ops.filter((op) => isPublic(op) !== (op.entry?.action === 'public')).map((op) => op.key);
    expect(disagree).toEqual([]);
  });
});

describe('nobody signed in', () => {
  it('gets 401 from every route that is not public, even with a body that is not JSON', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      const res = await call(ctx, op, f, { token: null });
      const broken = await call(ctx, op, f, {
        token: null,
        sample: { raw: { payload: '{"nul": "\\u0000', contentType: 'application/json' } },
      });
      if (isPublic(op)) {
        if (res.statusCode >= 500 || broken.statusCode >= 500)
          wrong.push(`${op.key}: ${res.statusCode}/${broken.statusCode}`);
      } else if (res.statusCode !== 401 || broken.statusCode !== 401 || res.json().code !== 'unauthenticated') {
        wrong.push(`${op.key}: ${res.statusCode}/${broken.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * What an actor may get: never a 5xx; without the right, 403 or 404, or a
 * list (GET) that shows none of Kalix's objects; with it, anything else.
 */
function judge(op: Operation, a: TestActor, res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 160)}`;
  const entry = op.entry!;
  const leaked = leakedIds(res, ids);
  if (allowed(entry, a.actor, f)) return null;
  if (res.statusCode === 403 || res.statusCode === 404) return null;
  if (op.method === 'GET' && res.statusCode >= 200 && res.statusCode < 300 && leaked.length === 0) return null;
  // A bulk intake by someone who may log somewhere answers row by row (each foreign row "not found");
  // one who may log nowhere (viewer, leader) is refused as a whole (403), which the line above checks.
  if (
    entry.rowReport &&
    res.statusCode === 400 &&
    reachFor(a.actor, 'activity.write') !== 'all' &&
    (reachFor(a.actor, 'activity.write') as ReadonlySet<string>).size > 0 &&
    (res.json() as { details?: { rows?: unknown[] } }).details?.rows
  )
    return null;
  return `${res.statusCode}${leaked.length ? ` showing ${leaked.length} of Kalix's ids` : ''} (no ${entry.action}) ${res.body.slice(0, 160)}`;
}

describe("every role outside the reach (another kommun, another police area, another kommun's partner)", () => {
  it('is refused (403/404) or sees nothing of Kalix, and never causes a 5xx', { timeout: 180_000 }, async () => {
    // Every route as every role, one after another: minutes on a loaded machine.
    const wrong: string[] = [];
    for (const op of ops) {
      if (isPublic(op)) continue;
      for (const a of outside) {
        const res = await call(ctx, op, f, { token: a.token });
        const why = judge(op, a, res) ?? (leakedIds(res, ids).length ? "shows Kalix's ids" : null);
        if (why) wrong.push(`${op.key} as ${a.name}: ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('every role inside the reach', () => {
  it('never causes a 5xx, and is refused (403/404) where the rules table gives its role no right', {
    // Every route as every role, one after another: minutes on a loaded machine.
    timeout: 180_000,
  }, async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      if (isPublic(op)) continue;
      const entry = op.entry!;
      // Those without the right first: an allowed change (a deletion, a state change) must not hide a refusal.
      const ordered = [...inside].sort(
        (a, b) => Number(allowed(entry, a.actor, f)) - Number(allowed(entry, b.actor, f)),
      );
      for (const a of ordered) {
        const why = judge(op, a, await call(ctx, op, f, { token: a.token }));
        if (why) wrong.push(`${op.key} as ${a.name}: ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('a role that may not act', () => {
  it("is refused (403/404) before any conflict about the object's state, also once the objects have moved on", async () => {
    // By now the inside pass has published, closed, approved, revoked and deleted what it could:
    // a refusal must not turn into a 409 ("already published") or a 400 about the state.
    const wrong: string[] = [];
    for (const op of ops) {
      if (isPublic(op)) continue;
      for (const a of inside.filter((x) => !allowed(op.entry!, x.actor, f))) {
        const why = judge(op, a, await call(ctx, op, f, { token: a.token }));
        if (why) wrong.push(`${op.key} as ${a.name}: ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
