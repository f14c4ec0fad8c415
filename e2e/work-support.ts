/**
 * Helpers for the journeys through Löften, Aktiviteter and Översikt: a
 * signed-in API client on the test server (to set the scene), promise
 * documents to store, and reading what a user reads.
 */
import type { Page } from 'playwright-core';
import { DEMO, signIn as apiSignIn, type Client } from '../test/helpers.ts';
import type { Server } from './support.ts';

export { DEMO };

export const COORDINATOR = DEMO.kalixCoordinator;
export const OFFICER = DEMO.officer;

/** Today on this machine's clock, as the browser and the server see it in the test. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function apiClient(server: Server, email: string): Promise<Client> {
  return apiSignIn(server.ctx.app, email);
}

interface CommitmentSpec {
  text: string;
  target?: object;
  followUp?: string[];
}

/** A promise document for Kalix with one focus area. */
export function kalixDocument(
  title: string,
  commitments: CommitmentSpec[],
  period: { from: string; to: string | null } | null,
) {
  return {
    format: 'medborgarlofte/v1',
    title,
    municipalities: [{ code: '2514', name: 'Kalix' }],
    policeArea: 'Östra Norrbotten',
    period,
    signedAt: null,
    signatories: [],
    warnings: [],
    sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
    focusAreas: [
      {
        title: 'Trygghet i centrum',
        commitments: commitments.map((c) => ({
          text: c.text,
          responsible: ['polisen'],
          partners: [],
          places: [],
          targets: [],
          followUp: c.followUp ?? [],
          target: c.target ?? { kind: 'none' },
        })),
      },
    ],
  };
}

export interface StoredSet {
  id: string;
  focusAreas: { commitments: { id: string; text: string }[] }[];
}

async function expectStatus(res: { statusCode: number; body: string }, status: number, what: string): Promise<void> {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** Stores, signs and publishes a promise set as the Kalix coordinator would, through the API. */
export async function publishedSet(server: Server, doc: object): Promise<StoredSet> {
  const client = await apiClient(server, COORDINATOR);
  const created = await client.request('POST', '/api/v1/promise-sets', doc);
  await expectStatus(created, 201, 'create');
  const set = created.json() as StoredSet;
  const signedAt = today();
  const agreed = await client.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'Lokalpolisområdeschef', party: 'polisen', signedAt },
      { name: 'Tommy Nilsson', role: 'Kommunstyrelsens ordförande', party: 'kommunen', signedAt },
    ],
  });
  await expectStatus(agreed, 200, 'agree');
  await expectStatus(await client.request('POST', `/api/v1/promise-sets/${set.id}/publish`), 200, 'publish');
  return set;
}

/** The coordinator's API session per server, signed in once: polling must not run into the sign-in limit (30 per address). */
const countingClients = new WeakMap<Server, Promise<Client>>();

export async function activityCount(server: Server, query: string): Promise<number> {
  let signedIn = countingClients.get(server);
  if (!signedIn) countingClients.set(server, (signedIn = apiClient(server, COORDINATOR)));
  const client = await signedIn;
  const res = await client.request('GET', `/api/v1/activities${query}`);
  await expectStatus(res, 200, 'list activities');
  return (res.json() as { activities: unknown[] }).activities.length;
}

/** The visible text of an element with every run of whitespace (no-break spaces too) made one space. */
export async function textOf(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/gu, ' ').trim()));
}
