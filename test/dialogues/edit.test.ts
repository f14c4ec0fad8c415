/**
 * Correcting and deleting a registered dialogue: typos are fixed in place
 * and audited with before and after; bad input changes nothing; other
 * kommuner see nothing; deleting refuses (409) what would lose a finding's
 * action or a later walk's link, and otherwise takes the findings out of
 * the lägesbild too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { dialogueFindingsFor } from '../../src/app/dialogues/findings.ts';
import { counts, dialogue, finding } from './fixtures.ts';

let ctx: TestContext;
let kalix: string;
let coordinator: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2025-07-01T10:00:00Z');
  kalix = await orgIdByCode(ctx.deps, '2514');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
});
afterAll(async () => ctx.close());

async function register(over: Record<string, unknown> = {}) {
  const res = await coordinator.request('POST', '/api/v1/dialogues', dialogue(over));
  expect(res.statusCode).toBe(201);
  return res.json();
}

const audits = (action: string) =>
  ctx.deps.db
    .selectFrom('audit_log')
    .select(['entity_id', 'organisation_id', 'before', 'after', 'actor_label'])
    .where('action', '=', action)
    .execute();

/** Everything a refused request could have touched: row counts, the dialogue as read, and the audit log. */
async function state(id: string) {
  const auditRows = (await ctx.deps.db.selectFrom('audit_log').select('id').execute()).length;
  return {
    counts: await counts(ctx.deps.db),
    dialogue: (await coordinator.request('GET', `/api/v1/dialogues/${id}`)).json(),
    auditRows,
  };
}

describe('editing a dialogue', () => {
  it('corrects date, place, area, participants and findings (edit one, remove one, add one) and audits before and after', async () => {
    const d = await register();
    const [first, second] = d.findings;
    const res = await coordinator.request('PATCH', `/api/v1/dialogues/${d.id}`, {
      date: '2025-03-13',
      place: 'Folkets Hus, stora salen',
      areaName: 'Centrum',
      participants: { boende: 15, ungdomar: 5 },
      findings: [
        {
          id: first.id,
          text: 'Trasig belysning i gångtunneln vid stationen (sedan januari)',
          category: 'otrygga_platser',
          seriousness: 4,
          areaName: 'Centrum',
        },
        finding({ text: 'Narkotikaförsäljning vid busstationen', category: 'narkotika', seriousness: 5 }),
      ],
    });
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({
      date: '2025-03-13',
      place: 'Folkets Hus, stora salen',
      area: { name: 'Centrum' },
      participants: { boende: 15, ungdomar: 5 },
      participantTotal: 20,
      // The title was made from form, place and date, so it follows them.
      title: 'Medborgardialog Folkets Hus, stora salen 2025-03-13',
    });
    expect(
      after.findings.map((f: { id: string; text: string; seriousness: number; position: number }) => [
        f.position,
        f.text,
        f.seriousness,
      ]),
    ).toEqual([
      [0, 'Trasig belysning i gångtunneln vid stationen (sedan januari)', 4],
      [1, 'Narkotikaförsäljning vid busstationen', 5],
    ]);
    expect(after.findings[0]).toMatchObject({ id: first.id, area: { name: 'Centrum' } });
    expect(after.findings.map((f: { id: string }) => f.id)).not.toContain(second.id);
    expect((await coordinator.request('GET', `/api/v1/dialogues/${d.id}`)).json()).toEqual(after);

    const [entry] = (await audits('dialogue.update')).filter((a) => a.entity_id === d.id);
    expect(entry).toMatchObject({ organisation_id: kalix });
    const before = entry!.before as Record<string, any>;
    const changed = entry!.after as Record<string, any>;
    expect([before.date, changed.date]).toEqual(['2025-03-12', '2025-03-13']);
    expect(before.findings.map((f: { text: string }) => f.text)).toEqual([first.text, second.text]);
    expect(changed.findings.map((f: { category: string }) => f.category)).toEqual(['otrygga_platser', 'narkotika']);
    expect(before.participants).toEqual({ boende: 12, näringsidkare: 3, ungdomar: 5 });
  });

  it('the lägesbild counts the corrected findings at once', async () => {
    const d = await register({
      date: '2025-05-05',
      findings: [finding({ text: 'Fortkörning på Storgatan', category: 'vald', seriousness: 2 })],
    });
    const wrong = (await dialogueFindingsFor(ctx.deps, kalix, 2025)).find((f) => f.dialogueId === d.id)!;
    expect(wrong.category).toBe('vald');
    await coordinator.request('PATCH', `/api/v1/dialogues/${d.id}`, {
      findings: [{ id: d.findings[0].id, text: 'Fortkörning på Storgatan', category: 'trafik', seriousness: 4 }],
    });
    const right = (await dialogueFindingsFor(ctx.deps, kalix, 2025)).find((f) => f.dialogueId === d.id)!;
    expect(right).toMatchObject({ id: d.findings[0].id, category: 'trafik', seriousness: 4 });
  });

  it('keeps a title the user wrote, and leaves the findings alone when none are sent', async () => {
    const d = await register({ title: 'Dialog med PRO', findings: [finding()] });
    const res = (
      await coordinator.request('PATCH', `/api/v1/dialogues/${d.id}`, { date: '2025-03-10', note: 'Rättat datum' })
    ).json();
    expect(res).toMatchObject({ title: 'Dialog med PRO', date: '2025-03-10', note: 'Rättat datum' });
    expect(res.findings).toEqual(d.findings);
    const renamed = (await coordinator.request('PATCH', `/api/v1/dialogues/${d.id}`, { title: null })).json();
    expect(renamed.title).toBe('Medborgardialog Folkets hus 2025-03-10');
  });
});

describe('bad input is a 4xx with a code, and nothing changes', () => {
  let id: string;
  let findingId: string;
  let otherFindingId: string;
  beforeAll(async () => {
    const d = await register({ findings: [finding()] });
    id = d.id;
    findingId = d.findings[0].id;
    otherFindingId = (await register()).findings[0].id;
  });

  // Bodies are functions: the ids exist only once beforeAll has run.
  const cases: [string, () => Record<string, unknown>, RegExp][] = [
    ['a date in the future', () => ({ date: '2025-07-02' }), /framtiden/],
    ['an impossible date', () => ({ date: '2025-02-30' }), /finns inte/],
    ['no place and no area left', () => ({ place: null }), /plats eller område/],
    ['walk details on a medborgardialog', () => ({ walk: { route: 'Torget' } }), /trygghetsvandring/],
    ['nothing to change', () => ({}), /minst en uppgift/],
    ['negative participants', () => ({ participants: { boende: -1 } }), /negativt/],
    [
      'an unknown category',
      () => ({ findings: [{ id: findingId, text: 'x', category: 'mord', seriousness: 3 }] }),
      /Okänd problemkategori/,
    ],
    [
      'seriousness out of range',
      () => ({ findings: [{ id: findingId, text: 'x', category: 'trafik', seriousness: 6 }] }),
      /1–5/,
    ],
    [
      'an empty finding text',
      () => ({ findings: [{ id: findingId, text: '  ', category: 'trafik', seriousness: 3 }] }),
      /tomt/,
    ],
    ['a finding of another dialogue', () => ({ findings: [{ ...finding(), id: otherFindingId }] }), /hör inte till/],
    [
      'the same finding twice',
      () => ({
        findings: [
          { ...finding(), id: findingId },
          { ...finding(), id: findingId },
        ],
      }),
      /två gånger/,
    ],
  ];
  for (const [name, body, message] of cases) {
    it(name, async () => {
      const before = await state(id);
      const res = await coordinator.request('PATCH', `/api/v1/dialogues/${id}`, body());
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().messageEn).toBeTruthy();
      expect(`${res.json().message} ${JSON.stringify(res.json().details ?? '')}`).toMatch(message);
      expect(await state(id)).toEqual(before);
    });
  }

  it('an area of another kommun in the last finding, after new area names earlier in the same request', async () => {
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const foreign = await ctx.deps.db
      .insertInto('areas')
      .values({ municipality_id: haparanda, name: 'Torget' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await state(id);
    const res = await coordinator.request('PATCH', `/api/v1/dialogues/${id}`, {
      date: '2025-03-01',
      areaName: 'Ett helt nytt område',
      findings: [{ ...finding(), id: findingId, areaName: 'Ännu ett nytt område' }, finding({ areaId: foreign.id })],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: { field: 'findings.1.area' } });
    expect(await state(id)).toEqual(before);
  });
});

describe('other kommuner and readers', () => {
  it("Haparanda's coordinator gets 404 on editing and deleting Kalix's dialogue; the LPO chief 403; nothing changes", async () => {
    const d = await register();
    const haparanda = await signIn(ctx.app, DEMO.haparandaCoordinator);
    const chief = await signIn(ctx.app, DEMO.lpoChief);
    const before = await state(d.id);
    for (const [client, status] of [
      [haparanda, 404],
      [chief, 403],
    ] as const) {
      const edit = await client.request('PATCH', `/api/v1/dialogues/${d.id}`, { date: '2025-03-01' });
      expect([edit.statusCode, edit.json().code]).toEqual([status, status === 404 ? 'not_found' : 'forbidden']);
      expect((await client.request('DELETE', `/api/v1/dialogues/${d.id}`)).statusCode).toBe(status);
    }
    expect(await state(d.id)).toEqual(before);
  });

  it('an EST report is not a dialogue here: 404', async () => {
    const est = (
      await coordinator.request('POST', '/api/v1/est/reports', {
        kommun: '2514',
        week: '2025-W20',
        areaName: 'Centrum',
        answers: {},
      })
    ).json();
    expect((await coordinator.request('PATCH', `/api/v1/dialogues/${est.id}`, { note: 'x' })).statusCode).toBe(404);
    expect((await coordinator.request('DELETE', `/api/v1/dialogues/${est.id}`)).statusCode).toBe(404);
  });
});

describe('deleting a dialogue', () => {
  it('removes it with its findings, audits what was removed, and the lägesbild no longer counts them', async () => {
    const d = await register({
      date: '2025-06-01',
      findings: [finding({ text: 'Dubbelregistrerad iakttagelse', category: 'bedragerier' })],
    });
    const before = await counts(ctx.deps.db);
    const res = await coordinator.request('DELETE', `/api/v1/dialogues/${d.id}`);
    expect(res.statusCode).toBe(204);
    expect((await coordinator.request('GET', `/api/v1/dialogues/${d.id}`)).statusCode).toBe(404);
    expect(await counts(ctx.deps.db)).toEqual({
      ...before,
      dialogues: before.dialogues - 1,
      dialogue_findings: before.dialogue_findings - 1,
    });
    const [entry] = (await audits('dialogue.delete')).filter((a) => a.entity_id === d.id);
    expect(entry).toMatchObject({ organisation_id: kalix, after: null });
    expect((entry!.before as Record<string, any>).findings[0].text).toBe('Dubbelregistrerad iakttagelse');
    expect((await dialogueFindingsFor(ctx.deps, kalix, 2025)).some((f) => f.dialogueId === d.id)).toBe(false);
  });

  it("leaves the confidential police notes where they were: police still see them, the kommun's staff still do not", async () => {
    const officer = await signIn(ctx.app, DEMO.officer);
    const secret = 'Underrättelse om försäljning vid hamnen';
    expect(
      (
        await officer.request('POST', '/api/v1/situation/2514/2024/police-notes', {
          category: 'narkotika',
          seriousness: 5,
          text: secret,
        })
      ).statusCode,
    ).toBe(201);
    const d = await register({ date: '2024-05-01', findings: [finding({ category: 'narkotika', seriousness: 2 })] });
    expect((await coordinator.request('DELETE', `/api/v1/dialogues/${d.id}`)).statusCode).toBe(204);
    const staff = await coordinator.request('GET', '/api/v1/situation/2514/2024');
    expect(staff.json().problems).toEqual([]);
    expect(staff.body).not.toContain(secret);
    const police = (await officer.request('GET', '/api/v1/situation/2514/2024')).json();
    expect(
      police.problems.map((p: { category: string; parts: { source: string }[] }) => [
        p.category,
        p.parts.map((x) => x.source),
      ]),
    ).toEqual([['narkotika', ['police']]]);
    expect(JSON.stringify(await audits('dialogue.delete'))).not.toContain(secret);
  });
});

describe('a trygghetsvandring: what deleting and editing may not lose', () => {
  let walkId: string;
  let findingIds: string[];
  let nextId: string;
  beforeAll(async () => {
    const walk = await register({
      kind: 'trygghetsvandring',
      date: '2025-04-15',
      findings: [finding(), finding({ text: 'Klotter på busskuren', category: 'skadegorelse' })],
    });
    walkId = walk.id;
    findingIds = walk.findings.map((f: { id: string }) => f.id);
    const followUp = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/follow-up`, {
      date: '2025-05-02',
      actions: [
        { findingId: findingIds[0], owner: 'Tekniska förvaltningen', action: 'Byta armaturer', dueDate: '2025-06-01' },
      ],
    });
    expect(followUp.statusCode).toBe(200);
  });

  it('deleting is refused while a finding has an action, with a Swedish and English reason; nothing changes', async () => {
    const before = await state(walkId);
    const res = await coordinator.request('DELETE', `/api/v1/dialogues/${walkId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'conflict',
      details: { reasons: ['findings_have_actions'], findingIds: [findingIds[0]] },
    });
    expect(res.json().message).toMatch(/kan inte tas bort.*En iakttagelse har en åtgärd/);
    expect(res.json().messageEn).toMatch(/cannot be deleted/);
    expect(await state(walkId)).toEqual(before);
  });

  it('removing the acted-on finding in an edit is refused too; the other one can go, and the action stays on its finding', async () => {
    const walk = (await coordinator.request('GET', `/api/v1/dialogues/${walkId}`)).json();
    const [acted, plain] = walk.findings;
    const before = await state(walkId);
    const refused = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}`, {
      findings: [{ ...finding(), id: plain.id }],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().details).toEqual({ reason: 'finding_has_action', findingIds: [acted.id] });
    expect(await state(walkId)).toEqual(before);

    const fixed = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}`, {
      findings: [{ id: acted.id, text: 'Trasig belysning i gångtunneln', category: 'otrygga_platser', seriousness: 4 }],
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().findings).toEqual([
      expect.objectContaining({
        id: acted.id,
        text: 'Trasig belysning i gångtunneln',
        seriousness: 4,
        owner: 'Tekniska förvaltningen',
        action: 'Byta armaturer',
        dueDate: '2025-06-01',
      }),
    ]);
  });

  it('a walk keeps its date order, and one planned as the next walk keeps the link: deleting the first is refused', async () => {
    const order = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}`, {
      walk: { preMeetingDate: '2025-04-20' },
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().message).toContain('Förmötet');

    const next = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/plan-next`, { date: '2025-09-15' });
    nextId = next.json().id;
    // Planned, so its day may lie ahead; but not before the walk it follows.
    expect((await coordinator.request('PATCH', `/api/v1/dialogues/${nextId}`, { date: '2025-10-01' })).statusCode).toBe(
      200,
    );
    expect((await coordinator.request('PATCH', `/api/v1/dialogues/${nextId}`, { date: '2025-04-01' })).statusCode).toBe(
      400,
    );
    expect(
      (await coordinator.request('PATCH', `/api/v1/dialogues/${nextId}`, { findings: [finding()] })).statusCode,
    ).toBe(409);

    // Clear the action the API way, then only the later walk stands in the way.
    await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}/findings/${findingIds[0]}`, {
      owner: null,
      action: null,
      dueDate: null,
    });
    const refused = await coordinator.request('DELETE', `/api/v1/dialogues/${walkId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().details).toMatchObject({ reasons: ['later_walk'], laterWalkIds: [nextId] });

    expect((await coordinator.request('DELETE', `/api/v1/dialogues/${nextId}`)).statusCode).toBe(204);
    expect((await coordinator.request('DELETE', `/api/v1/dialogues/${walkId}`)).statusCode).toBe(204);
  });
});
