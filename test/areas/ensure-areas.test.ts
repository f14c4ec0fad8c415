/**
 * One way a named place becomes an area (ensureAreas): dialogues, surveys,
 * promise sets and activity files all reuse the kommun's area whatever the
 * case (Å, Ä, Ö included) and spacing, trim names, refuse names over 100
 * characters with a 400 that stores nothing, and two callers making the
 * same new name at once get the one area (side by side on PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { dialogue } from '../dialogues/fixtures.ts';
import { ensureAreas } from '../../src/app/areas/ensure.ts';
import { CLI_ACTOR } from '../../src/app/audit.ts';
import { AppError } from '../../src/domain/errors.ts';

let ctx: TestContext;
let coordinator: Client;
let kalixId: string;
let toreId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  kalixId = await orgIdByCode(ctx.deps, '2514');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const res = await coordinator.request('POST', '/api/v1/municipalities/2514/areas', { name: 'Övre Töre' });
  expect(res.statusCode, res.body).toBe(201);
  toreId = res.json().id;
});
afterAll(async () => ctx.close());

const kalixAreas = async () =>
  await ctx.deps.db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('municipality_id', '=', kalixId)
    .orderBy('name')
    .execute();

const promiseNaming = (...places: string[]) => {
  const doc = kalixPromise();
  doc.focusAreas[0]!.commitments[1]!.places = places;
  return doc;
};

describe('ensureAreas', () => {
  it('reuses an area whatever its case and spacing, and makes a new name once, trimmed and audited', async () => {
    const before = await kalixAreas();
    const ids = await ctx.deps.db
      .transaction()
      .execute((trx) =>
        ensureAreas(trx, CLI_ACTOR, kalixId, [' övre  töre ', 'ÖVRE TÖRE', '  Ny   Plats ', 'NY PLATS', 'ny plats']),
      );
    expect(ids.get(' övre  töre ')).toBe(toreId);
    expect(ids.get('ÖVRE TÖRE')).toBe(toreId);
    const made = ids.get('  Ny   Plats ')!;
    expect(ids.get('NY PLATS')).toBe(made);
    expect(ids.get('ny plats')).toBe(made);
    const after = await kalixAreas();
    expect(after.length).toBe(before.length + 1);
    expect(after.find((a) => a.id === made)?.name).toBe('Ny Plats');
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', made)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['area.create']);
  });

  it('refuses a name over 100 characters or an empty one (400) and makes nothing', async () => {
    const before = await kalixAreas();
    for (const names of [
      ['Åby', 'Å'.repeat(101)],
      ['Åby', '   '],
    ]) {
      const err = await ctx.deps.db
        .transaction()
        .execute((trx) => ensureAreas(trx, CLI_ACTOR, kalixId, names))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('validation_failed');
    }
    expect(await kalixAreas()).toEqual(before);
    const ok = await ctx.deps.db
      .transaction()
      .execute((trx) => ensureAreas(trx, CLI_ACTOR, kalixId, ['Ä'.repeat(100)]));
    expect(ok.size).toBe(1);
  });

  it('gives two callers making the same new name at the same time one area', async () => {
    const names = ['Sangis ängar', 'SANGIS ÄNGAR', 'sangis  ängar'];
    const results = await Promise.all(
      names.map((n) => ctx.deps.db.transaction().execute((trx) => ensureAreas(trx, CLI_ACTOR, kalixId, [n]))),
    );
    const ids = new Set(results.map((r, i) => r.get(names[i]!)));
    expect(ids.size).toBe(1);
    expect(
      (await kalixAreas()).filter((a) => a.name.toLocaleLowerCase('sv').replace(/\s+/g, ' ') === 'sangis ängar'),
    ).toHaveLength(1);
  });
});

describe('every place that names an area uses the same rules', () => {
  it('a dialogue naming the area in other case and spacing gets the existing area', async () => {
    const before = (await kalixAreas()).length;
    const res = await coordinator.request(
      'POST',
      '/api/v1/dialogues',
      dialogue({ areaName: '  övre   töre ', findings: [] }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().area.id).toBe(toreId);
    expect((await kalixAreas()).length).toBe(before);
  });

  it('a dialogue naming an area of 101 characters is refused (400) and stores nothing', async () => {
    const before = await kalixAreas();
    const res = await coordinator.request('POST', '/api/v1/dialogues', dialogue({ areaName: 'Ö'.repeat(101) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('högst 100');
    expect(await kalixAreas()).toEqual(before);
  });

  it("a survey adding areas reuses the kommun's own, Swedish case and spacing folded", async () => {
    const s = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalixId,
        template: 'lokal-trygghetsmatning',
      })
    ).json();
    const before = (await kalixAreas()).length;
    const res = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, {
      addAreas: ['ÖVRE  TÖRE', 'Rolfs', 'ROLFS'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const names = (await kalixAreas()).map((a) => a.name);
    expect(names.length).toBe(before + 1);
    expect(names).toContain('Rolfs');
    const tooLong = await coordinator.request('PATCH', `/api/v1/surveys/${s.id}`, { addAreas: ['Å'.repeat(101)] });
    expect(tooLong.statusCode).toBe(400);
    expect((await kalixAreas()).length).toBe(before + 1);
  });

  it('a promise naming known places in other spacing makes no new area; a place over 100 characters is refused', async () => {
    const before = (await kalixAreas()).length;
    const res = await coordinator.request('POST', '/api/v1/promise-sets', promiseNaming('övre  töre', ' Rolfs '));
    expect(res.statusCode, res.body).toBe(201);
    expect((await kalixAreas()).length).toBe(before);
    const sets = Number(
      (
        await ctx.deps.db
          .selectFrom('promise_sets')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const refused = await coordinator.request('POST', '/api/v1/promise-sets', promiseNaming('Ö'.repeat(101)));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.field).toBe('places');
    expect((await kalixAreas()).length).toBe(before);
    expect(
      Number(
        (
          await ctx.deps.db
            .selectFrom('promise_sets')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(sets);
  });
});
