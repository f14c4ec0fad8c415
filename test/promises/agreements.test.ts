import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';

let ctx: TestContext;
let officer: Client;
let parties: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
  parties = [await orgIdByName(ctx.deps, 'Östra Norrbotten'), await orgIdByCode(ctx.deps, '2514')];
});
afterAll(async () => ctx.close());

const agreement = () => ({
  title: 'Samverkansöverenskommelse Kalix 2024–2027',
  parties,
  period: { from: '2024-01-01', to: null },
  signatories: [{ name: 'Birgitta Nyström', role: 'Lokalpolisområdeschef', party: 'polisen', signedAt: '2024-01-15' }],
  focusProblems: ['Narkotika bland unga', 'Otrygghet i centrum kvällstid'],
  probableCauses: ['Tillgång via sociala medier'],
  goals: [
    { text: 'Vi ska verka för ett tryggare centrum.', type: 'effect' },
    {
      text: 'Polisen och kommunen ska arbeta för färre unga i narkotikamiljöer.',
      type: 'process',
      target: {
        kind: 'count',
        count: 4,
        atLeast: true,
        max: null,
        per: 'year',
        every: 1,
        average: false,
        unit: 'riktade insatser',
      },
    },
    { text: 'Genomföra två trygghetsvandringar per år.', type: 'production' },
  ],
  followUp: 'Styrgruppen följer upp varje tertial och en skriftlig sammanfattning görs i februari.',
  followUpCadence: 'tertial',
});

describe('samverkansöverenskommelse', () => {
  it('stores typed goals, an open-ended period ("tills vidare") and warns about a vague goal with nothing to count', async () => {
    const res = await officer.request('POST', '/api/v1/agreements', agreement());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.period).toEqual({ from: '2024-01-01', to: null });
    expect(body.goals.map((g: { type: string }) => g.type)).toEqual(['effect', 'process', 'production']);
    expect(body.warnings).toHaveLength(1);
    expect(body.warnings[0]).toMatchObject({ code: 'vague_goal', index: 0 });
    expect(body.warnings[0].message).toContain('vagt verb');
  });

  it('records an extension and keeps it', async () => {
    const created = (await officer.request('POST', '/api/v1/agreements', agreement())).json();
    const updated = await officer.request('PUT', `/api/v1/agreements/${created.id}`, {
      ...agreement(),
      period: { from: '2024-01-01', to: '2025-12-31' },
      extensions: [{ until: '2027-12-31', decidedAt: '2025-11-20', note: 'Förlängd av styrgruppen' }],
    });
    expect(updated.statusCode).toBe(200);
    expect((await officer.request('GET', `/api/v1/agreements/${created.id}`)).json().extensions[0].until).toBe(
      '2027-12-31',
    );
  });

  it('refuses bad input and stores nothing', async () => {
    const count = async () => (await ctx.deps.db.selectFrom('agreements').select('id').execute()).length;
    const before = await count();
    const noKommun = await officer.request('POST', '/api/v1/agreements', { ...agreement(), parties: [parties[0]] });
    expect(noKommun.statusCode).toBe(400);
    const backwards = await officer.request('POST', '/api/v1/agreements', {
      ...agreement(),
      period: { from: '2025-01-01', to: '2024-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    const badGoal = await officer.request('POST', '/api/v1/agreements', {
      ...agreement(),
      goals: [{ text: 'x', type: 'wish' }],
    });
    expect(badGoal.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('another kommun cannot see or change it', async () => {
    const created = (await officer.request('POST', '/api/v1/agreements', agreement())).json();
    const other = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await other.request('GET', `/api/v1/agreements/${created.id}`)).statusCode).toBe(404);
    expect((await other.request('PUT', `/api/v1/agreements/${created.id}`, agreement())).statusCode).toBe(404);
  });
});
