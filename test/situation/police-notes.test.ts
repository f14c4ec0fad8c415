/**
 * Who may change the police's confidential notes, and who sees that they
 * changed: police roles that write the lägesbild add and remove notes; the
 * read-only police roles (läsare, LPO-chef) read them; everyone else gets
 * 404. Police-note entries of the audit log are police material too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { createAccount, TEST_PASSWORD } from '../accounts.ts';

const url = '/api/v1/situation/2514/2025/police-notes';
const NOTE = { category: 'narkotika', seriousness: 4, text: 'Känd försäljning vid busstationen' };
let ctx: TestContext;
let platform: Client;
let officer: Client;
let lpoLeader: Client;
let lpoViewer: Client;
let lpoAdmin: Client;
let kalixAdmin: Client;
let viewerAndCoordinator: Client;

async function person(email: string, organisationId: string, role: string): Promise<Client> {
  await createAccount(ctx, platform, { email, name: email.split('@')[0]!, organisationId, role });
  return signIn(ctx.app, email, TEST_PASSWORD);
}

async function noteIds(): Promise<string[]> {
  return (await ctx.deps.db.selectFrom('police_notes').select('id').execute()).map((r) => r.id);
}

beforeAll(async () => {
  ctx = await startTestApp();
  platform = await signIn(ctx.app, DEMO.admin);
  const lpo = await orgIdByName(ctx.deps, 'Östra Norrbotten');
  const kalix = await orgIdByCode(ctx.deps, '2514');
  officer = await signIn(ctx.app, DEMO.officer);
  lpoLeader = await signIn(ctx.app, DEMO.lpoChief);
  lpoViewer = await person('lasare.lpo@example.se', lpo, 'viewer');
  lpoAdmin = await person('admin.lpo@example.se', lpo, 'admin');
  kalixAdmin = await person('admin.kalix@example.se', kalix, 'admin');
  // A police reader who is also a kommun's coordinator: writing the kommun's lägesbild does not make the police notes theirs to change.
  const both = await createAccount(ctx, platform, {
    email: 'bada@example.se',
    name: 'Båda',
    organisationId: lpo,
    role: 'viewer',
  });
  expect(
    (
      await platform.request('POST', '/api/v1/memberships', {
        userId: both.id,
        organisationId: kalix,
        role: 'coordinator',
      })
    ).statusCode,
  ).toBe(201);
  viewerAndCoordinator = await signIn(ctx.app, 'bada@example.se', TEST_PASSWORD);
});
afterAll(async () => ctx.close());

describe('police notes', () => {
  it('the kommunpolis (officer) and the LPO admin add and remove notes, and are told they may', async () => {
    const added = await officer.request('POST', url, NOTE);
    expect(added.statusCode).toBe(201);
    expect((await officer.request('GET', url)).json()).toMatchObject({
      mayWrite: true,
      notes: [{ id: added.json().id }],
    });
    const byAdmin = await lpoAdmin.request('POST', url, { ...NOTE, text: 'Till att tas bort' });
    expect(byAdmin.statusCode).toBe(201);
    expect((await lpoAdmin.request('DELETE', `${url}/${byAdmin.json().id}`)).statusCode).toBe(204);
    expect(await noteIds()).toEqual([added.json().id]);
  });

  for (const [name, client] of [
    ['an LPO viewer', () => lpoViewer],
    ['the LPO chief (leader)', () => lpoLeader],
    ['a police viewer who is also a kommun coordinator', () => viewerAndCoordinator],
  ] as const) {
    it(`${name} reads the notes but can neither add nor remove them`, async () => {
      const before = await noteIds();
      expect(before.length).toBeGreaterThan(0);
      const read = await client().request('GET', url);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ mayWrite: false, notes: [{ text: NOTE.text }] });
      const add = await client().request('POST', url, NOTE);
      expect(add.statusCode).toBe(403);
      expect(add.json().message).toContain('läsa polisens underlag');
      expect((await client().request('DELETE', `${url}/${before[0]}`)).statusCode).toBe(403);
      expect(await noteIds()).toEqual(before);
    });
  }

  it('non-police (kommun admin, platform admin) get 404 for reading and changing', async () => {
    const [id] = await noteIds();
    for (const c of [kalixAdmin, platform]) {
      expect((await c.request('GET', url)).statusCode).toBe(404);
      expect((await c.request('POST', url, NOTE)).statusCode).toBe(404);
      expect((await c.request('DELETE', `${url}/${id}`)).statusCode).toBe(404);
    }
  });
});

describe('police notes in the audit log', () => {
  it('are hidden from a kommun admin and the platform admin, in JSON and CSV', async () => {
    for (const c of [kalixAdmin, platform]) {
      const filtered = (await c.request('GET', '/api/v1/audit?action=police_note')).json().entries;
      expect(filtered).toEqual([]);
      const all = (await c.request('GET', '/api/v1/audit?limit=10000')).json().entries as {
        action: string;
        entityType: string;
      }[];
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((e) => e.entityType === 'police_note')).toEqual([]);
      expect((await c.request('GET', '/api/v1/audit?format=csv')).body).not.toContain('police_note');
    }
  });

  it('are shown to the police admin whose area covers the kommun', async () => {
    const entries = (await lpoAdmin.request('GET', '/api/v1/audit?action=police_note')).json().entries as {
      action: string;
    }[];
    expect(entries.map((e) => e.action).sort()).toEqual([
      'police_note.create',
      'police_note.create',
      'police_note.delete',
    ]);
  });
});
