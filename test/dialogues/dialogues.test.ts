import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { dialogueFindingsFor } from '../../src/app/dialogues/findings.ts';
import { counts, dialogue, finding } from './fixtures.ts';

let ctx: TestContext;
let kalix: string;
let haparanda: string;
let coordinator: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  kalix = await orgIdByCode(ctx.deps, '2514');
  haparanda = await orgIdByCode(ctx.deps, '2583');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
});
afterAll(async () => ctx.close());

describe('registering dialogues', () => {
  it('stores a medborgardialog with participant counts by group and its findings', async () => {
    const res = await coordinator.request('POST', '/api/v1/dialogues', dialogue());
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      kind: 'medborgardialog',
      kindLabel: 'Medborgardialog',
      date: '2025-03-12',
      place: 'Folkets hus',
      kommun: { id: kalix, code: '2514', name: 'Kalix' },
      participants: { boende: 12, näringsidkare: 3, ungdomar: 5 },
      participantTotal: 20,
      walk: null,
      warnings: [],
    });
    expect(d.title).toContain('Medborgardialog');
    expect(d.findings).toHaveLength(2);
    expect(d.findings[0]).toMatchObject({
      category: 'otrygga_platser',
      categoryLabel: 'Otrygga platser',
      seriousness: 3,
      area: null,
      status: 'no_action',
    });
    expect(d.findings[1]).toMatchObject({ category: 'trafik', seriousness: 4, area: { name: 'Centrum' } });
    const again = await coordinator.request('GET', `/api/v1/dialogues/${d.id}`);
    expect(again.json()).toEqual(d);
  });

  it('stores a medarbetardialog in an area given by id, and a registered trygghetsvandring at the step after the walk', async () => {
    const area = await ctx.deps.db
      .selectFrom('areas')
      .select('id')
      .where('municipality_id', '=', kalix)
      .where('name', '=', 'Centrum')
      .executeTakeFirstOrThrow();
    const staff = await coordinator.request(
      'POST',
      '/api/v1/dialogues',
      dialogue({
        kind: 'medarbetardialog',
        place: null,
        areaId: area.id,
        participants: { socialtjänst: 4, skola: 6 },
        findings: [finding({ text: 'Oro för narkotika bland unga', category: 'narkotika', seriousness: 5 })],
      }),
    );
    expect(staff.statusCode).toBe(201);
    expect(staff.json()).toMatchObject({
      kind: 'medarbetardialog',
      area: { id: area.id, name: 'Centrum' },
      participantTotal: 10,
    });

    const walk = await coordinator.request(
      'POST',
      '/api/v1/dialogues',
      dialogue({
        kind: 'trygghetsvandring',
        areaName: 'Näsbyn',
        participants: { boende: 9, polis: 2, kommun: 3 },
        walk: { preMeetingDate: '2025-03-01', followUpDate: '2025-03-30', route: 'Skolan – centrum – stationen' },
      }),
    );
    expect(walk.statusCode).toBe(201);
    expect(walk.json()).toMatchObject({
      kind: 'trygghetsvandring',
      area: { name: 'Näsbyn' },
      participantTotal: 14,
      walk: {
        stage: 'vandring',
        stageLabel: 'Vandring',
        preMeetingDate: '2025-03-01',
        walkDate: '2025-03-12',
        followUpDate: '2025-03-30',
        route: 'Skolan – centrum – stationen',
      },
      warnings: [],
    });
  });

  it('uses an area name that already exists in the kommun instead of creating another', async () => {
    const before = await counts(ctx.deps.db);
    const res = await coordinator.request('POST', '/api/v1/dialogues', dialogue({ areaName: 'centrum', findings: [] }));
    expect(res.statusCode).toBe(201);
    expect(res.json().area.name).toBe('Centrum');
    expect((await counts(ctx.deps.db)).areas).toBe(before.areas);
  });

  it("lists the kommun's dialogues with counts, filtered by kind", async () => {
    const all = (await coordinator.request('GET', '/api/v1/dialogues?kommun=2514')).json().dialogues;
    expect(all.length).toBe(4);
    const walks = (await coordinator.request('GET', '/api/v1/dialogues?kommun=2514&kind=trygghetsvandring')).json()
      .dialogues;
    expect(walks).toEqual([
      expect.objectContaining({ kind: 'trygghetsvandring', findingCount: 2, participantTotal: 14, stage: 'vandring' }),
    ]);
  });

  it('writes an audit entry for every registration', async () => {
    const audits = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id'])
      .where('action', '=', 'dialogue.create')
      .execute();
    expect(audits).toHaveLength(4);
    expect(audits.every((a) => a.organisation_id === kalix)).toBe(true);
    expect(
      await ctx.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'area.create').execute(),
    ).toHaveLength(2);
  });

  it('adds findings to a dialogue later', async () => {
    const d = (await coordinator.request('POST', '/api/v1/dialogues', dialogue({ findings: [] }))).json();
    const res = await coordinator.request('POST', `/api/v1/dialogues/${d.id}/findings`, {
      findings: [finding({ category: 'bedragerier', seriousness: 2 })],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().findings).toEqual([expect.objectContaining({ category: 'bedragerier', position: 0 })]);
  });
});

describe('bad input is a 400 with a Swedish message and stores nothing', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['unknown category', dialogue({ findings: [finding({ category: 'mord' })] }), /Okänd problemkategori/],
    [
      'seriousness out of range',
      dialogue({ findings: [finding({ seriousness: 0 })] }),
      /Allvarlighetsgraden ska vara 1–5/,
    ],
    ['impossible date', dialogue({ date: '2025-02-29' }), /2025-02-29.*finns inte/],
    ['date in the future', dialogue({ date: '2999-01-01' }), /framtiden/],
    ['no place or area', dialogue({ place: null }), /plats eller område/],
    ['negative participants', dialogue({ participants: { boende: -2 } }), /negativt/],
    ['unknown kommun', dialogue({ kommun: '9999' }), /Okänd kommun/],
    [
      'follow-up before the walk',
      dialogue({ kind: 'trygghetsvandring', walk: { followUpDate: '2025-03-01' } }),
      /efter vandringen/,
    ],
  ];
  for (const [name, body, message] of cases) {
    it(name, async () => {
      const before = await counts(ctx.deps.db);
      const res = await coordinator.request('POST', '/api/v1/dialogues', body);
      expect(res.statusCode).toBe(400);
      const err = res.json();
      expect(err.code).toBe('validation_failed');
      expect(`${err.message} ${JSON.stringify(err.details ?? '')}`).toMatch(message);
      expect(await counts(ctx.deps.db)).toEqual(before);
    });
  }

  it('an area of another kommun, even after a valid new area name in the same request', async () => {
    const other = await ctx.deps.db
      .insertInto('areas')
      .values({ municipality_id: haparanda, name: 'Torget' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await counts(ctx.deps.db);
    const res = await coordinator.request(
      'POST',
      '/api/v1/dialogues',
      dialogue({
        areaName: 'Helt nytt område',
        findings: [finding({ areaName: 'Ännu ett nytt' }), finding({ areaId: other.id })],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Området finns inte i kommunen');
    expect(await counts(ctx.deps.db)).toEqual(before);
  });
});

describe('dialogueFindingsFor', () => {
  it("returns every finding of the kommun's year with category, area, seriousness, source kind and date", async () => {
    const findings = await dialogueFindingsFor(ctx.deps, kalix, 2025);
    expect(findings.length).toBe(6);
    expect(findings).toContainEqual(
      expect.objectContaining({
        sourceKind: 'trygghetsvandring',
        date: '2025-03-12',
        category: 'trafik',
        seriousness: 4,
        area: expect.objectContaining({ name: 'Centrum' }),
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        sourceKind: 'medarbetardialog',
        category: 'narkotika',
        area: expect.objectContaining({ name: 'Centrum' }),
      }),
    );
    expect(await dialogueFindingsFor(ctx.deps, kalix, 2024)).toEqual([]);
    expect(await dialogueFindingsFor(ctx.deps, haparanda, 2025)).toEqual([]);
  });
});
