/**
 * State changes that arrive at the same moment, on a real PostgreSQL server
 * (PGlite has one connection, so there nothing ever overlaps). Each change
 * reads a row, decides on its state and writes: two of them at once must
 * both be recorded (signatures), or one must win and the other hear 409
 * (publish, close, a step of a walk) — never a lost signature, a double
 * publish, a version written twice or a second audit entry for one change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { createUser } from '../../src/app/admin/users.ts';
import { CLI_ACTOR } from '../../src/app/audit.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/seed.ts';
import { drainEvents } from '../../src/app/events/drain.ts';

const ROUNDS = 8;

let ctx: TestContext;
let officer: Client;
let coordinator: Client;
/** Pairs of leaders, one for each party; the second pair made here, since the demo has one leader per side. */
let leaders: [Client, Client][];
let setId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const police = await orgIdByName(ctx.deps, 'Östra Norrbotten');
  const kalix = await orgIdByCode(ctx.deps, '2514');
  await createUser(ctx.deps, CLI_ACTOR, {
    email: 'bitr.lpochef@example.se',
    name: 'Eva Berg',
    password: DEMO_PASSWORD,
    organisationId: police,
    role: 'leader',
  });
  await createUser(ctx.deps, CLI_ACTOR, {
    email: 'kommundirektor@example.se',
    name: 'Per Nilsson',
    password: DEMO_PASSWORD,
    organisationId: kalix,
    role: 'leader',
  });
  leaders = [
    [await signIn(ctx.app, DEMO.lpoChief), await signIn(ctx.app, DEMO.kalixLeader)],
    [await signIn(ctx.app, 'bitr.lpochef@example.se'), await signIn(ctx.app, 'kommundirektor@example.se')],
  ];
  // A fixed "today" after the walks' dates, set once everyone has signed in (sessions age by the real clock).
  ctx.deps.now = () => new Date('2025-07-01T10:00:00Z');
  setId = await agreedSet();
});
afterAll(async () => ctx.close());

async function agreedSet(): Promise<string> {
  const set = (
    await officer.request('POST', '/api/v1/promise-sets', kalixPromise({ from: '2018-01-01', to: '2021-12-31' }))
  ).json();
  const agreed = await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, { signatures: SIGNATURES });
  expect(agreed.statusCode, agreed.body).toBe(200);
  return set.id;
}

const SIGNATURES = [
  { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2018-01-10' },
  { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2018-01-10' },
];

const codes = (responses: LightMyRequestResponse[]) => responses.map((r) => r.statusCode).sort();

async function auditCount(action: string, entityId: string): Promise<number> {
  const rows = await ctx.deps.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .execute();
  return rows.length;
}

/** Outbox events of one kind about one subject: the change that happened once recorded it once. */
async function eventCount(kind: string, subjectId: string): Promise<number> {
  const rows = await ctx.deps.db
    .selectFrom('domain_events')
    .select('id')
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .execute();
  return rows.length;
}

/** One winner, the rest told 409: what every "only from state X" change must answer when it arrives twice. */
function oneWins(responses: LightMyRequestResponse[]): void {
  const refusals = responses
    .filter((r) => r.statusCode !== 200)
    .map((r) => r.body)
    .join('\n');
  expect(codes(responses), refusals).toEqual([200, ...responses.slice(1).map(() => 409)]);
}

describe('a follow-up reviewed and approved by both sides at the same moment', () => {
  it('records both signatures and moves on, every time', async () => {
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const created = await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
        cadence: 'quarter',
        year: 2018 + Math.floor(round / 4),
        index: (round % 4) + 1,
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      await coordinator.request('PUT', `/api/v1/follow-ups/${id}`, { recipients: ['kso@kalix.se'] });

      const reviews = await Promise.all(
        [coordinator, officer].map((c) => c.request('POST', `/api/v1/follow-ups/${id}/review`)),
      );
      expect(codes(reviews)).toEqual([200, 200]);
      const reviewed = (await coordinator.request('GET', `/api/v1/follow-ups/${id}`)).json();
      if (reviewed.status !== 'reviewed' || reviewed.reviews.length !== 2) {
        lost.push(`round ${round}: review ${reviewed.status}, ${reviewed.reviews.length} of 2 reviews`);
        // Let the round go on to its approvals: the lost review is given again, one after the other.
        for (const c of [coordinator, officer]) await c.request('POST', `/api/v1/follow-ups/${id}/review`);
      }

      const mailsBefore = ctx.mails.length;
      const [police, kommun] = leaders[round % 2]!;
      const approvals = await Promise.all(
        [police, kommun].map((c) => c.request('POST', `/api/v1/follow-ups/${id}/approve`)),
      );
      expect(codes(approvals)).toEqual([200, 200]);
      const approved = (await coordinator.request('GET', `/api/v1/follow-ups/${id}`)).json();
      if (approved.status !== 'approved' || approved.approvals.length !== 2) {
        lost.push(`round ${round}: approval ${approved.status}, ${approved.approvals.length} of 2 signatures`);
      }
      await drainEvents(ctx.deps);
      const sent = ctx.mails.slice(mailsBefore).filter((m) => m.subject.startsWith('Uppföljning godkänd'));
      if (approved.status === 'approved' && sent.length !== 1)
        lost.push(`round ${round}: ${sent.length} approval mails`);
      expect(await auditCount('follow_up.approve', id)).toBe(2);
      expect(await eventCount('follow_up.approved', id)).toBe(1);
    }
    expect(lost).toEqual([]);
  });

  it('a follow-up published twice at once is published once, with one audit entry; the other hears 409', async () => {
    const id = (
      await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
        cadence: 'year',
        year: 2018,
        index: 1,
      })
    ).json().id;
    for (const c of [coordinator, officer]) await c.request('POST', `/api/v1/follow-ups/${id}/review`);
    for (const c of leaders[0]!) await c.request('POST', `/api/v1/follow-ups/${id}/approve`);
    const published = await Promise.all(
      [coordinator, officer, coordinator].map((c) => c.request('POST', `/api/v1/follow-ups/${id}/publish`)),
    );
    oneWins(published);
    expect(await auditCount('follow_up.publish', id)).toBe(1);
    expect(await eventCount('follow_up.published', id)).toBe(1);
  });

  it('the same period asked for twice at once makes one follow-up; the other hears 409', async () => {
    const made = await Promise.all(
      [coordinator, officer].map((c) =>
        c.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, { cadence: 'tertial', year: 2019, index: 2 }),
      ),
    );
    expect(codes(made), made.map((r) => r.body.slice(0, 200)).join('\n')).toEqual([201, 409]);
  });
});

describe('a promise set changed from two places at once', () => {
  it('agreed and published twice at once: once each, one audit entry and one version each', async () => {
    const set = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
    oneWins(
      await Promise.all(
        [officer, coordinator].map((c) =>
          c.request('POST', `/api/v1/promise-sets/${set.id}/agree`, { signatures: SIGNATURES }),
        ),
      ),
    );
    oneWins(
      await Promise.all([officer, coordinator].map((c) => c.request('POST', `/api/v1/promise-sets/${set.id}/publish`))),
    );
    expect(await auditCount('promise_set.agree', set.id)).toBe(1);
    expect(await auditCount('promise_set.publish', set.id)).toBe(1);
  });

  it('two changes of an agreed set at once make two new versions, neither written over', async () => {
    const set = (await officer.request('GET', `/api/v1/promise-sets/${setId}`)).json();
    const before = set.version as number;
    const edits = await Promise.all(
      ['Första ändringen', 'Andra ändringen'].map((reason, i) =>
        (i ? coordinator : officer).request('PUT', `/api/v1/promise-sets/${setId}`, {
          document: { ...set, title: reason },
          reason,
        }),
      ),
    );
    expect(codes(edits), edits.map((r) => r.body).join('\n')).toEqual([200, 200]);
    const versions = (await officer.request('GET', `/api/v1/promise-sets/${setId}/versions`)).json().versions as {
      version: number;
      reason: string | null;
    }[];
    expect(
      versions
        .filter((v) => v.version > before)
        .map((v) => v.reason)
        .sort(),
    ).toEqual(['Andra ändringen', 'Första ändringen']);
    expect((await officer.request('GET', `/api/v1/promise-sets/${setId}`)).json().version).toBe(before + 2);
  });

  it('two carry-overs into one draft at once keep both carried commitments', async () => {
    const from = (await officer.request('GET', `/api/v1/promise-sets/${setId}`)).json();
    const ids = from.focusAreas[0].commitments.map((c: { id: string }) => c.id) as string[];
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round++) {
      const draft = (
        await officer.request('POST', '/api/v1/promise-sets', {
          ...kalixPromise({ from: '2022-01-01', to: '2022-12-31' }),
          title: `Utkast ${round}`,
          focusAreas: [],
        })
      ).json();
      const carried = await Promise.all(
        [ids[0], ids[1]].map((id, i) =>
          (i ? coordinator : officer).request('POST', `/api/v1/promise-sets/${setId}/carry-over`, {
            toPromiseSetId: draft.id,
            commitmentIds: [id],
          }),
        ),
      );
      expect(codes(carried), carried.map((r) => r.body).join('\n')).toEqual([200, 200]);
      const after = (await officer.request('GET', `/api/v1/promise-sets/${draft.id}`)).json();
      const n = after.focusAreas.flatMap((a: { commitments: unknown[] }) => a.commitments).length;
      if (n !== 2) lost.push(`round ${round}: ${n} of 2 carried commitments`);
    }
    expect(lost).toEqual([]);
  });

  it('an agreement saved twice at once is saved, not a server error', async () => {
    const parties = [await orgIdByName(ctx.deps, 'Östra Norrbotten'), await orgIdByCode(ctx.deps, '2514')];
    const body = (title: string) => ({
      title,
      parties,
      period: { from: '2024-01-01', to: null },
      signatories: [],
      focusProblems: [],
      probableCauses: [],
      goals: [{ text: 'Genomföra två trygghetsvandringar per år.', type: 'production' }],
      followUp: null,
      followUpCadence: 'tertial',
    });
    const created = await officer.request('POST', '/api/v1/agreements', body('Överenskommelse'));
    expect(created.statusCode, created.body).toBe(201);
    for (let round = 0; round < ROUNDS / 2; round++) {
      const saved = await Promise.all(
        [officer, coordinator].map((c, i) =>
          c.request('PUT', `/api/v1/agreements/${created.json().id}`, body(`Version ${round}.${i}`)),
        ),
      );
      expect(codes(saved), saved.map((r) => r.body).join('\n')).toEqual([200, 200]);
      const stored = (await officer.request('GET', `/api/v1/agreements/${created.json().id}`)).json();
      expect(stored.parties.sort()).toEqual([...parties].sort());
    }
  });
});

describe('a survey opened and closed from two places at once', () => {
  /** Kalix, with areas for the survey's area question. */
  async function kalixWithAreas(): Promise<{ id: string }> {
    const id = await orgIdByCode(ctx.deps, '2514');
    await ctx.deps.db
      .insertInto('areas')
      .values(['Centrum', 'Näsbyn'].map((name) => ({ municipality_id: id, name })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    return { id };
  }

  it('published twice, closed twice, reopened twice: once each, the others hear 409', async () => {
    const kalix = await kalixWithAreas();
    const created = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      template: 'lokal-trygghetsmatning',
    });
    const id = created.json().id as string;
    const twice = (step: string) =>
      Promise.all([0, 1].map(() => coordinator.request('POST', `/api/v1/surveys/${id}/${step}`)));
    oneWins(await twice('publish'));
    oneWins(await twice('close'));
    oneWins(await twice('publish'));
    expect(await auditCount('survey.publish', id)).toBe(2);
    expect(await auditCount('survey.close', id)).toBe(1);
  });
});

describe('single-use codes made for two mailings at once', () => {
  it('each mailing gets its own batch number', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    const id = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix,
        template: 'lokal-trygghetsmatning',
      })
    ).json().id as string;
    await coordinator.request('PATCH', `/api/v1/surveys/${id}`, { access: 'codes' });
    const made = await Promise.all(
      [0, 1, 2].map(() => coordinator.request('POST', `/api/v1/surveys/${id}/codes?format=json`, { count: 5 })),
    );
    expect(codes(made), made.map((r) => r.body).join('\n')).toEqual([201, 201, 201]);
    expect(made.map((r) => r.json().batch).sort()).toEqual([1, 2, 3]);
  });
});

describe('a survey deleted while it is published', () => {
  it('is either deleted as a draft or published and kept, never published and then deleted', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    const bad: string[] = [];
    for (let round = 0; round < 2 * ROUNDS; round++) {
      const id = (
        await coordinator.request('POST', '/api/v1/surveys', {
          municipalityId: kalix,
          template: 'lokal-trygghetsmatning',
        })
      ).json().id as string;
      const [published, deleted] = await Promise.all([
        coordinator.request('POST', `/api/v1/surveys/${id}/publish`),
        coordinator.request('DELETE', `/api/v1/surveys/${id}`),
      ]);
      const exists = !!(await ctx.deps.db.selectFrom('surveys').select('id').where('id', '=', id).executeTakeFirst());
      if (published.statusCode === 200 && (deleted.statusCode < 400 || !exists))
        bad.push(`round ${round}: published, then deleted`);
      if (![200, 404].includes(published.statusCode))
        bad.push(`round ${round}: publish answered ${published.statusCode}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('a trygghetsvandring moved on from two places at once', () => {
  const finding = (text: string) => ({ text, category: 'otrygga_platser', seriousness: 2 });

  it('each step is taken once: its findings are not doubled, its audit entry is one', async () => {
    const walk = (
      await coordinator.request('POST', '/api/v1/safety-walks', { kommun: '2514', date: '2025-04-15', route: 'Torget' })
    ).json();
    const step = (path: string, body?: unknown) =>
      Promise.all([0, 1].map(() => coordinator.request('POST', `/api/v1/safety-walks/${walk.id}/${path}`, body)));
    oneWins(
      await step('walk', {
        date: '2025-04-15',
        participants: { boende: 4 },
        findings: [finding('Mörk gångtunnel'), finding('Trasig lampa')],
      }),
    );
    const walked = (await coordinator.request('GET', `/api/v1/dialogues/${walk.id}`)).json();
    expect(walked.findings).toHaveLength(2);
    oneWins(
      await step('follow-up', {
        date: '2025-05-02',
        actions: walked.findings.map((f: { id: string }) => ({
          findingId: f.id,
          owner: 'Tekniska förvaltningen',
          action: 'Byta armaturer',
          dueDate: '2025-06-01',
        })),
      }),
    );
    oneWins(await step('close'));
    for (const action of ['safety_walk.walk', 'safety_walk.follow_up', 'safety_walk.close'])
      expect(await auditCount(action, walk.id)).toBe(1);
  });

  it('two edits of different fields of a dialogue at once are both kept, and findings added at once are numbered in turn', async () => {
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round++) {
      const d = (
        await coordinator.request('POST', '/api/v1/dialogues', {
          kommun: '2514',
          kind: 'medborgardialog',
          date: '2025-03-12',
          place: 'Folkets hus',
          participants: { boende: 5 },
          findings: [finding('Mörkt vid stationen')],
        })
      ).json();
      const edits = await Promise.all([
        coordinator.request('PATCH', `/api/v1/dialogues/${d.id}`, { note: 'Många unga kom' }),
        officer.request('PATCH', `/api/v1/dialogues/${d.id}`, { date: '2025-03-13' }),
        coordinator.request('POST', `/api/v1/dialogues/${d.id}/findings`, {
          findings: [finding('Klotter'), finding('Fortkörning')],
        }),
        officer.request('POST', `/api/v1/dialogues/${d.id}/findings`, { findings: [finding('Nedskräpning')] }),
      ]);
      expect(codes(edits), edits.map((r) => r.body).join('\n')).toEqual([200, 200, 201, 201]);
      const after = (await coordinator.request('GET', `/api/v1/dialogues/${d.id}`)).json();
      if (after.note !== 'Många unga kom' || after.date !== '2025-03-13')
        lost.push(`round ${round}: note ${after.note}, date ${after.date}`);
      const positions = after.findings.map((f: { position: number }) => f.position);
      if (new Set(positions).size !== 4) lost.push(`round ${round}: finding positions ${positions.join(',')}`);
    }
    expect(lost).toEqual([]);
  });

  it('a dialogue deleted while it is edited: the edit is done first or hears 404, never a server error', async () => {
    const answers: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const d = (
        await coordinator.request('POST', '/api/v1/dialogues', {
          kommun: '2514',
          kind: 'medborgardialog',
          date: '2025-03-12',
          place: 'Folkets hus',
          participants: { boende: 5 },
          findings: [],
        })
      ).json();
      const [edited, added, deleted] = await Promise.all([
        coordinator.request('PATCH', `/api/v1/dialogues/${d.id}`, { note: 'Sent tillägg' }),
        officer.request('POST', `/api/v1/dialogues/${d.id}/findings`, { findings: [finding('Klotter')] }),
        coordinator.request('DELETE', `/api/v1/dialogues/${d.id}`),
      ]);
      expect(deleted.statusCode).toBeLessThan(500);
      answers.push(edited.statusCode, added.statusCode);
    }
    expect(answers.filter((s) => ![200, 201, 404, 409].includes(s))).toEqual([]);
  });

  it('an EST report moved to another week while its note is corrected keeps both', async () => {
    const partner = await signIn(ctx.app, DEMO.kalixPartner);
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round++) {
      const r = (
        await partner.request('POST', '/api/v1/est/reports', {
          kommun: '2514',
          week: `2025-W1${round}`,
          areaName: 'Centrum',
          answers: {},
        })
      ).json();
      const edits = await Promise.all([
        partner.request('PUT', `/api/v1/est/reports/${r.id}`, { week: `2025-W2${round}`, answers: {} }),
        coordinator.request('PUT', `/api/v1/est/reports/${r.id}`, { answers: {}, note: 'Rättad' }),
      ]);
      expect(codes(edits), edits.map((x) => x.body).join('\n')).toEqual([200, 200]);
      const after = (await coordinator.request('GET', `/api/v1/est/reports/${r.id}`)).json();
      // The note is replaced by every save; the week, not sent by the second, must stay moved whichever came last.
      if (after.week !== `2025-W2${round}`) lost.push(`round ${round}: week ${after.week}`);
    }
    expect(lost).toEqual([]);
  });

  it('two changes to one finding at once (a new owner, marked done) are both kept', async () => {
    const walk = (
      await coordinator.request('POST', '/api/v1/safety-walks', { kommun: '2514', date: '2025-04-20', route: 'Hamnen' })
    ).json();
    const texts = Array.from({ length: ROUNDS }, (_, i) => `Iakttagelse ${i}`);
    const walked = (
      await coordinator.request('POST', `/api/v1/safety-walks/${walk.id}/walk`, {
        date: '2025-04-20',
        participants: { boende: 3 },
        findings: texts.map(finding),
      })
    ).json();
    await coordinator.request('POST', `/api/v1/safety-walks/${walk.id}/follow-up`, {
      date: '2025-05-02',
      actions: walked.findings.map((f: { id: string }) => ({
        findingId: f.id,
        owner: 'Gatukontoret',
        action: 'Laga',
        dueDate: '2025-06-01',
      })),
    });
    const lost: string[] = [];
    for (const f of walked.findings as { id: string }[]) {
      const url = `/api/v1/dialogues/${walk.id}/findings/${f.id}`;
      const [a, b] = await Promise.all([
        coordinator.request('PATCH', url, { owner: 'Fastighetsbolaget' }),
        coordinator.request('PATCH', url, { doneAt: '2025-06-20' }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      const row = await ctx.deps.db
        .selectFrom('dialogue_findings')
        .select(['owner', 'done_at'])
        .where('id', '=', f.id)
        .executeTakeFirstOrThrow();
      if (row.owner !== 'Fastighetsbolaget' || !row.done_at)
        lost.push(`${f.id}: owner ${row.owner}, done ${row.done_at}`);
    }
    expect(lost).toEqual([]);
  });
});

describe("the platform's last admin", () => {
  it("two admins taking away each other's membership at once leave one admin, never none", async () => {
    const platform = (
      await ctx.deps.db
        .selectFrom('organisations')
        .select('id')
        .where('kind', '=', 'platform')
        .executeTakeFirstOrThrow()
    ).id;
    const adminIds = async () =>
      await ctx.deps.db
        .selectFrom('memberships')
        .select(['id', 'user_id'])
        .where('organisation_id', '=', platform)
        .where('role', '=', 'admin')
        .execute();
    let survivor: { client: Client; email: string } = { client: await signIn(ctx.app, DEMO.admin), email: DEMO.admin };
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round++) {
      const email = `admin${round}@example.se`;
      await createUser(ctx.deps, CLI_ACTOR, {
        email,
        name: `Admin ${round}`,
        password: DEMO_PASSWORD,
        organisationId: platform,
        role: 'admin',
      });
      const other = { client: await signIn(ctx.app, email), email };
      const userId = async (e: string) =>
        (await ctx.deps.db.selectFrom('users').select('id').where('email', '=', e).executeTakeFirstOrThrow()).id;
      const admins = await adminIds();
      const idOf = new Map<string, string>();
      for (const e of [survivor.email, other.email]) {
        const uid = await userId(e);
        idOf.set(e, admins.find((a) => a.user_id === uid)!.id);
      }
      const removed = await Promise.all([
        survivor.client.request('DELETE', `/api/v1/memberships/${idOf.get(other.email)}`),
        other.client.request('DELETE', `/api/v1/memberships/${idOf.get(survivor.email)}`),
      ]);
      const left = await adminIds();
      // The second is refused: 400 (last admin), or 403/404 when it arrives after its own rights are gone.
      const refused = removed.filter((r) => r.statusCode !== 204).map((r) => r.statusCode);
      if (left.length !== 1 || refused.length !== 1 || ![400, 403, 404].includes(refused[0]!)) {
        lost.push(`round ${round}: ${left.length} admins left (${codes(removed).join(', ')})`);
        break;
      }
      if (removed[1]!.statusCode === 204) survivor = other;
    }
    expect(lost).toEqual([]);
  });
});

describe("the platform's last active admin", () => {
  it('two admins disabling each other at once leave one who can sign in, never none', async () => {
    const platform = (
      await ctx.deps.db
        .selectFrom('organisations')
        .select('id')
        .where('kind', '=', 'platform')
        .executeTakeFirstOrThrow()
    ).id;
    const activeAdmins = async () =>
      await ctx.deps.db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select('u.email')
        .where('m.organisation_id', '=', platform)
        .where('m.role', '=', 'admin')
        .where('u.disabled_at', 'is', null)
        .execute();
    // Only two active platform admins, each about to disable the other.
    for (const a of await activeAdmins()) {
      if (a.email !== DEMO.admin)
        await ctx.deps.db.updateTable('users').set({ disabled_at: new Date() }).where('email', '=', a.email).execute();
    }
    const lost: string[] = [];
    let survivor: string = DEMO.admin;
    for (let round = 0; round < ROUNDS / 2; round++) {
      const email = `disabler${round}@example.se`;
      await createUser(ctx.deps, CLI_ACTOR, {
        email,
        name: `Admin ${round}`,
        password: DEMO_PASSWORD,
        organisationId: platform,
        role: 'admin',
      });
      const [a, b] = [await signIn(ctx.app, survivor), await signIn(ctx.app, email)];
      const idOf = async (e: string) =>
        (await ctx.deps.db.selectFrom('users').select('id').where('email', '=', e).executeTakeFirstOrThrow()).id;
      const results = await Promise.all([
        a.request('PATCH', `/api/v1/users/${await idOf(email)}`, { disabled: true }),
        b.request('PATCH', `/api/v1/users/${await idOf(survivor)}`, { disabled: true }),
      ]);
      const active = await activeAdmins();
      if (active.length !== 1) {
        lost.push(`round ${round}: ${active.length} active admins left (${codes(results).join(', ')})`);
        break;
      }
      survivor = active[0]!.email;
    }
    expect(lost).toEqual([]);
  });
});
