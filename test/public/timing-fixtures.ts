/**
 * Beside the Kalix world of fixtures.ts (30 September 2019): Kalix's ended
 * 2018 promise with its published year-end follow-up and a coming 2020
 * promise, Haparanda with only an ended 2018 promise, and Övertorneå with a
 * promise imported from a genomförandeplan table.
 */
import { DEMO, signIn, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import type { World } from './fixtures.ts';

const SIGNATURES = {
  signatures: [
    { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2018-01-10' },
    { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2018-01-10' },
  ],
};

async function ok<T = any>(res: Promise<{ statusCode: number; body: string; json: () => any }>): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json();
}

async function publish(officer: Client, doc: object): Promise<{ id: string; commitmentIds: string[] }> {
  const set = await ok(officer.request('POST', '/api/v1/promise-sets', doc));
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, SIGNATURES));
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`));
  const commitmentIds = set.focusAreas.flatMap((a: { commitments: { id: string }[] }) =>
    a.commitments.map((c) => c.id),
  );
  return { id: set.id, commitmentIds };
}

/** Kalix 2018: two promises done, the third not; its year-end follow-up published through the whole workflow. */
async function kalix2018(ctx: TestContext, w: World): Promise<void> {
  const doc = { ...kalixPromise({ from: '2018-01-01', to: '2018-12-31' }), title: 'Medborgarlöfte Kalix 2018' };
  const set = await publish(w.officer, doc);
  const [insats, trafik] = [set.commitmentIds[0], set.commitmentIds[1]];
  const days = ['2018-02-01', '2018-04-01', '2018-08-01', '2018-10-01'];
  await ok(
    w.officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        ...days.map((date) => ({ commitmentId: insats, date })),
        { commitmentId: trafik, date: '2018-03-01' },
        { commitmentId: trafik, date: '2018-10-01' },
      ],
    }),
  );
  const f = await ok(
    w.coordinator.request('POST', `/api/v1/promise-sets/${set.id}/follow-ups`, {
      cadence: 'year',
      year: 2018,
      index: 1,
    }),
  );
  await ok(w.coordinator.request('POST', `/api/v1/follow-ups/${f.id}/review`));
  await ok(w.officer.request('POST', `/api/v1/follow-ups/${f.id}/review`));
  await ok((await signIn(ctx.app, DEMO.lpoChief)).request('POST', `/api/v1/follow-ups/${f.id}/approve`));
  await ok((await signIn(ctx.app, DEMO.kalixLeader)).request('POST', `/api/v1/follow-ups/${f.id}/approve`));
  await ok(w.coordinator.request('POST', `/api/v1/follow-ups/${f.id}/publish`));
}

export const PLAN = `Medborgarlöfte Övertorneå 2019
Polisen och Övertorneå kommun

Löftena gäller från 1 januari 2019 till 31 december 2019.

Genomförandeplan

Område\tVad\tNär\tSamverkan\tAnsvarig\tUppföljning
Narkotika\tUnderrättelsestyrda insatser mot narkotikaförsäljning till unga\tMinst en gång i månaden\tTullverket\tPolisen\tAntal anmälningar Antal beslag
Trygghet\tTrygghetsvandring i centrum\tTvå gånger per år\tFastighetsägarna\tKommunen – samordnaren\tProtokoll med åtgärder
`;

export async function buildTimingWorld(ctx: TestContext, world: World): Promise<void> {
  await kalix2018(ctx, world);
  await publish(world.officer, {
    ...kalixPromise({ from: '2020-01-01', to: '2020-12-31' }),
    title: 'Medborgarlöfte Kalix 2020',
  });
  await publish(world.officer, {
    ...kalixPromise({ from: '2018-01-01', to: '2018-12-31' }),
    title: 'Medborgarlöfte Haparanda 2018',
    municipalities: [{ code: '2583', name: 'Haparanda' }],
  });
  const imported = await ok(world.officer.request('POST', '/api/v1/imports/promise', { text: PLAN }));
  await publish(world.officer, imported.document);
}
