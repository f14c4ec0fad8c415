/**
 * A kommun as citizens should see it, and everything they must not: Kalix
 * with a published promise set, activities (one with a note naming a person
 * and a phone number), a published follow-up and a draft one, plus a draft
 * set and an agreed-but-unpublished set. Haparanda (same LPO) has a
 * published set of its own.
 */
import type { PromiseDocument } from '../../src/domain/promise-document.ts';
import { DEMO, signIn, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';

export const NOW = new Date('2019-09-30T12:00:00Z');

/** Texts that exist in the database but must never reach a public page, feed, export, mail or share text. */
export const SECRETS = {
  noteName: 'Anders Svensson',
  notePhone: '070-123 45 67',
  personInActivity: 'Lisa Hemlig',
  activityLoggedBy: 'Johan Berg',
  draftSetTitle: 'Hemligt utkast Kalix 2020',
  draftCommitment: 'Utkastlöfte om kameraövervakning som inte är beslutat',
  agreedSetTitle: 'Överenskommet men opublicerat Kalix',
  agreedCommitment: 'Överenskommet löfte om hundpatrull som ännu inte publicerats',
  draftFollowUpSummary: 'UTKAST: siffrorna är inte granskade',
  draftFollowUpCitizens: 'Opublicerad medborgarröst om Centrum',
  recipient: 'kso.hemlig@kalix.se',
};

export const PUBLISHED = {
  summary: 'Narkotikainsatserna och föräldraträffarna genomfördes enligt plan.',
  citizensSaid: 'Många invånare sa att de känner sig otrygga vid busstationen på kvällarna.',
  nextSteps: 'Fler trafikkontroller i byarna under hösten.',
  comment: 'Kontrollerna gjordes men registrerades inte i tid.',
};

const SIGNATURES = {
  signatures: [
    { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
    { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
  ],
};

export interface World {
  officer: Client;
  coordinator: Client;
  setId: string;
  commitmentIds: string[];
  activityIds: string[];
  publishedFollowUpId: string;
  draftFollowUpId: string;
  draftSetId: string;
  agreedSetId: string;
}

async function ok<T = any>(res: Promise<{ statusCode: number; body: string; json: () => any }>): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json();
}

function draftDocument(title: string, text: string): PromiseDocument {
  const doc = kalixPromise({ from: '2020-01-01', to: '2020-12-31' });
  return {
    ...doc,
    title,
    focusAreas: [{ title: 'Trygghet', commitments: [{ ...doc.focusAreas[0]!.commitments[0]!, text }] }],
  };
}

async function publishedFollowUp(
  w: Pick<World, 'officer' | 'coordinator' | 'setId' | 'commitmentIds'>,
  ctx: TestContext,
): Promise<string> {
  const f = await ok(
    w.coordinator.request('POST', `/api/v1/promise-sets/${w.setId}/follow-ups`, {
      cadence: 'halfyear',
      year: 2019,
      index: 1,
    }),
  );
  await ok(
    w.coordinator.request('PUT', `/api/v1/follow-ups/${f.id}`, {
      summary: PUBLISHED.summary,
      citizensSaid: PUBLISHED.citizensSaid,
      nextSteps: PUBLISHED.nextSteps,
      recipients: [SECRETS.recipient],
      items: [{ commitmentId: w.commitmentIds[2], verdict: 'delvis_uppfyllt', comment: PUBLISHED.comment }],
    }),
  );
  await ok(w.coordinator.request('POST', `/api/v1/follow-ups/${f.id}/review`));
  await ok(w.officer.request('POST', `/api/v1/follow-ups/${f.id}/review`));
  await ok((await signIn(ctx.app, DEMO.lpoChief)).request('POST', `/api/v1/follow-ups/${f.id}/approve`));
  await ok((await signIn(ctx.app, DEMO.kalixLeader)).request('POST', `/api/v1/follow-ups/${f.id}/approve`));
  await ok(w.coordinator.request('POST', `/api/v1/follow-ups/${f.id}/publish`));
  return f.id;
}

export async function buildWorld(ctx: TestContext): Promise<World> {
  ctx.deps.now = () => NOW;
  const officer = await signIn(ctx.app, DEMO.officer);
  const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const set = await ok(officer.request('POST', '/api/v1/promise-sets', kalixPromise()));
  const commitmentIds: string[] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, SIGNATURES));
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`));
  const logged = await ok<{ activities: { id: string }[] }>(
    officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        {
          commitmentId: commitmentIds[0],
          date: '2019-03-10',
          note: `Samtal med ${SECRETS.noteName}, tel ${SECRETS.notePhone}`,
          people: [SECRETS.personInActivity],
        },
        { commitmentId: commitmentIds[0], date: '2019-05-02' },
        {
          commitmentId: commitmentIds[1],
          date: '2019-04-02',
          note: `Ring ${SECRETS.noteName} på ${SECRETS.notePhone}`,
        },
        { commitmentId: commitmentIds[0], date: '2019-09-02' },
      ],
    }),
  );
  const w = { officer, coordinator, setId: set.id as string, commitmentIds };
  const publishedFollowUpId = await publishedFollowUp(w, ctx);
  const draft = await ok(
    coordinator.request('POST', `/api/v1/promise-sets/${set.id}/follow-ups`, {
      cadence: 'halfyear',
      year: 2019,
      index: 2,
    }),
  );
  await ok(
    coordinator.request('PUT', `/api/v1/follow-ups/${draft.id}`, {
      summary: SECRETS.draftFollowUpSummary,
      citizensSaid: SECRETS.draftFollowUpCitizens,
    }),
  );
  const draftSet = await ok(
    officer.request('POST', '/api/v1/promise-sets', draftDocument(SECRETS.draftSetTitle, SECRETS.draftCommitment)),
  );
  const agreedSet = await ok(
    officer.request('POST', '/api/v1/promise-sets', draftDocument(SECRETS.agreedSetTitle, SECRETS.agreedCommitment)),
  );
  await ok(officer.request('POST', `/api/v1/promise-sets/${agreedSet.id}/agree`, SIGNATURES));
  return {
    ...w,
    activityIds: logged.activities.map((a) => a.id),
    publishedFollowUpId,
    draftFollowUpId: draft.id,
    draftSetId: draftSet.id,
    agreedSetId: agreedSet.id,
  };
}

/** Haparanda (same LPO as Kalix) with a published set about traffic and schools. */
export async function publishHaparanda(officer: Client): Promise<string> {
  const doc = kalixPromise();
  const set = await ok(
    officer.request('POST', '/api/v1/promise-sets', {
      ...doc,
      title: 'Medborgarlöfte Haparanda 2019',
      municipalities: [{ code: '2583', name: 'Haparanda' }],
      focusAreas: [
        {
          title: 'Trafik',
          commitments: [
            { ...doc.focusAreas[0]!.commitments[2]!, text: 'Polisen gör trafikkontroller vid skolorna varje vecka.' },
          ],
        },
      ],
    }),
  );
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, SIGNATURES));
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`));
  return set.id;
}

export function expectNoSecrets(text: string, where: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) {
    if (text.includes(secret)) throw new Error(`${where} shows ${name}: "${secret}"`);
  }
}
