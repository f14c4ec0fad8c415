import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { counts, finding } from './fixtures.ts';

let ctx: TestContext;
let coordinator: Client;
let walkId: string;
let findingIds: string[];

beforeAll(async () => {
  ctx = await startTestApp();
  // A fixed "today" so overdue days are exact.
  ctx.deps.now = () => new Date('2025-07-01T10:00:00Z');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
});
afterAll(async () => ctx.close());

const openActions = async () => (await coordinator.request('GET', '/api/v1/dialogues/open-actions?kommun=2514')).json();

describe('a trygghetsvandring in three steps', () => {
  it('step 1: the pre-meeting plans the walk', async () => {
    const res = await coordinator.request('POST', '/api/v1/safety-walks', {
      kommun: '2514',
      title: 'Trygghetsvandring Centrum',
      date: '2025-04-15',
      preMeetingDate: '2025-04-01',
      followUpDate: '2025-05-02',
      route: 'Stationen – torget – skolan',
      areaName: 'Centrum',
      participants: { boende: 10, polis: 2 },
    });
    expect(res.statusCode).toBe(201);
    walkId = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'trygghetsvandring',
      title: 'Trygghetsvandring Centrum',
      walk: {
        stage: 'formote',
        stageLabel: 'Förmöte',
        preMeetingDate: '2025-04-01',
        walkDate: '2025-04-15',
        followUpDate: '2025-05-02',
      },
      warnings: [],
    });
  });

  it('the follow-up meeting cannot come before the walk is registered', async () => {
    const res = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/follow-up`, {
      date: '2025-05-02',
      actions: [],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('steget förmöte');
  });

  it('step 2: the walk with who walked and its findings', async () => {
    const res = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/walk`, {
      date: '2025-04-15',
      participants: { boende: 11, polis: 2, kommun: 3, bostadsbolag: 2 },
      findings: [
        finding(),
        finding({ text: 'Buskage skymmer sikten vid skolan', seriousness: 2 }),
        finding({ text: 'Klotter på busskuren', category: 'skadegorelse', seriousness: 1 }),
      ],
    });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.walk.stage).toBe('vandring');
    expect(d.participantTotal).toBe(18);
    expect(d.findings.map((f: { status: string }) => f.status)).toEqual(['no_action', 'no_action', 'no_action']);
    findingIds = d.findings.map((f: { id: string }) => f.id);
  });

  it('step 3: the follow-up meeting gives findings an owner, an action and a date', async () => {
    const res = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/follow-up`, {
      date: '2025-05-02',
      actions: [
        {
          findingId: findingIds[0],
          owner: 'Tekniska förvaltningen',
          action: 'Byta armaturer i tunneln',
          dueDate: '2025-06-01',
        },
        { findingId: findingIds[1], owner: 'Kalixbo', action: 'Klippa buskaget', dueDate: '2025-09-30' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.walk).toMatchObject({ stage: 'aterkoppling', followUpDate: '2025-05-02' });
    expect(d.findings.map((f: { status: string }) => f.status)).toEqual(['overdue', 'open', 'no_action']);
    expect(d.findings[0]).toMatchObject({
      owner: 'Tekniska förvaltningen',
      action: 'Byta armaturer i tunneln',
      dueDate: '2025-06-01',
    });
    expect(d.warnings.map((w: { code: string }) => w.code)).toEqual(['findings_without_action']);
  });

  it('open actions are listed by due date, the overdue one flagged', async () => {
    const list = await openActions();
    expect(list.overdue).toBe(1);
    expect(
      list.actions.map((a: { action: string; overdue: boolean; daysOverdue: number }) => [
        a.action,
        a.overdue,
        a.daysOverdue,
      ]),
    ).toEqual([
      ['Byta armaturer i tunneln', true, 30],
      ['Klippa buskaget', false, 0],
    ]);
    expect(list.actions[0].dialogue).toMatchObject({ id: walkId, kind: 'trygghetsvandring', date: '2025-04-15' });
  });

  it('an action shows until it is marked done, also after the walk is closed', async () => {
    const closed = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/close`);
    expect(closed.json().walk).toMatchObject({ stage: 'klar', closedOn: '2025-07-01' });
    expect((await openActions()).actions).toHaveLength(2);

    const done = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}/findings/${findingIds[0]}`, {
      doneAt: '2025-06-20',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', doneAt: '2025-06-20' });
    expect((await openActions()).actions.map((a: { action: string }) => a.action)).toEqual(['Klippa buskaget']);

    const undone = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}/findings/${findingIds[0]}`, {
      doneAt: null,
    });
    expect(undone.json().status).toBe('overdue');
    expect((await openActions()).actions).toHaveLength(2);
  });

  it('an action needs an owner and a date', async () => {
    const res = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}/findings/${findingIds[2]}`, {
      action: 'Sanera klottret',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('ansvarig och ett datum');
    const ok = await coordinator.request('PATCH', `/api/v1/dialogues/${walkId}/findings/${findingIds[2]}`, {
      action: 'Sanera klottret',
      owner: 'Fastighetsägaren',
      dueDate: '2025-07-15',
    });
    expect(ok.json()).toMatchObject({ status: 'open', owner: 'Fastighetsägaren' });
  });

  it('every step is audited', async () => {
    const actions = (
      await ctx.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', 'in', [walkId, ...findingIds])
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'safety_walk.plan',
        'safety_walk.walk',
        'safety_walk.follow_up',
        'safety_walk.close',
        'dialogue_finding.done',
        'dialogue_finding.update',
      ]),
    );
  });

  it('"planera ny vandring" copies the route and area to a new walk at the pre-meeting step', async () => {
    const res = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/plan-next`, {
      date: '2025-10-14',
      preMeetingDate: '2025-10-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Trygghetsvandring Centrum',
      area: { name: 'Centrum' },
      walk: { stage: 'formote', route: 'Stationen – torget – skolan', previousWalkId: walkId, walkDate: '2025-10-14' },
      warnings: [],
    });
    const soon = await coordinator.request('POST', `/api/v1/safety-walks/${walkId}/plan-next`, { date: '2025-05-20' });
    expect(soon.json().warnings.map((w: { code: string }) => w.code)).toEqual(['next_walk_soon']);
  });
});

describe('walk warnings', () => {
  it('warns above 20 walkers and when the follow-up meeting is planned outside 2–3 weeks', async () => {
    const res = await coordinator.request('POST', '/api/v1/safety-walks', {
      kommun: '2514',
      date: '2025-08-12',
      followUpDate: '2025-09-30',
      areaName: 'Näsbyn',
      participants: { boende: 18, polis: 2, kommun: 3 },
    });
    expect(res.statusCode).toBe(201);
    const warnings = res.json().warnings as { code: string; message: string }[];
    expect(warnings.map((w) => w.code)).toEqual(['too_many_walkers', 'follow_up_timing']);
    expect(warnings[0]!.message).toContain('högst cirka 20');
    expect(warnings[1]!.message).toContain('49 dagar');
  });

  it('warns at the walk step too, when more people walked than planned', async () => {
    const planned = (
      await coordinator.request('POST', '/api/v1/safety-walks', {
        kommun: '2514',
        date: '2025-06-10',
        followUpDate: '2025-06-27',
        areaName: 'Näsbyn',
      })
    ).json();
    expect(planned.warnings).toEqual([]);
    const walked = await coordinator.request('POST', `/api/v1/safety-walks/${planned.id}/walk`, {
      date: '2025-06-10',
      participants: { boende: 25 },
      findings: [],
    });
    expect(walked.json().warnings.map((w: { code: string }) => w.code)).toEqual(['too_many_walkers']);
  });

  it('refuses the walk step on a date in the future, storing nothing', async () => {
    const planned = (
      await coordinator.request('POST', '/api/v1/safety-walks', { kommun: '2514', date: '2025-09-01', route: 'Hamnen' })
    ).json();
    const before = await counts(ctx.deps.db);
    const res = await coordinator.request('POST', `/api/v1/safety-walks/${planned.id}/walk`, {
      date: '2025-09-01',
      participants: { boende: 5 },
      findings: [finding()],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('framtiden');
    expect(await counts(ctx.deps.db)).toEqual(before);
  });
});

describe('today is the Swedish day', () => {
  it('accepts a walk held just after midnight in Sweden while UTC still has the day before', async () => {
    const saved = ctx.deps.now;
    ctx.deps.now = () => new Date('2025-07-01T22:30:00Z');
    try {
      const res = await coordinator.request('POST', '/api/v1/dialogues', {
        kommun: '2514',
        kind: 'trygghetsvandring',
        date: '2025-07-02',
        place: 'Stationen',
        participants: { boende: 4 },
      });
      expect(res.statusCode).toBe(201);
      const tooEarly = await coordinator.request('POST', '/api/v1/dialogues', {
        kommun: '2514',
        kind: 'trygghetsvandring',
        date: '2025-07-03',
        place: 'Stationen',
        participants: { boende: 4 },
      });
      expect(tooEarly.statusCode).toBe(400);
    } finally {
      ctx.deps.now = saved;
    }
  });
});
