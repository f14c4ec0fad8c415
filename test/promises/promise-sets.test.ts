import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { importPromiseText } from '../../src/domain/promise-import/index.ts';
import type { PromiseDocument } from '../../src/domain/promise-document.ts';
import { demoDocumentText } from '../../src/app/demo/promises.ts';

let ctx: TestContext;
let kalixCoordinator: Client;
let haparandaCoordinator: Client;
let kalixDoc: PromiseDocument;

beforeAll(async () => {
  ctx = await startTestApp();
  kalixCoordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  haparandaCoordinator = await signIn(ctx.app, DEMO.haparandaCoordinator);
  kalixDoc = importPromiseText(demoDocumentText('kalix.txt'));
});
afterAll(async () => ctx.close());

/** The stored document minus what storing adds (ids, lifecycle, empty optional columns). */
function withoutStorage(doc: Record<string, any>): Record<string, any> {
  const { id, status, version, agreementId, introduction, ...rest } = doc;
  return {
    ...rest,
    focusAreas: rest.focusAreas.map(({ id: _fa, ...fa }: any) => ({
      ...fa,
      commitments: fa.commitments.map(({ id: _c, when, condition, owner, ...c }: any) => c),
    })),
  };
}

describe('POST /api/v1/promise-sets', () => {
  it('stores a promise document and answers 201 with ids on every focus area and commitment', async () => {
    const res = await kalixCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc);
    expect(res.statusCode).toBe(201);
    const stored = res.json();
    expect(stored).toMatchObject({ status: 'draft', version: 1, municipalities: [{ code: '2514', name: 'Kalix' }] });
    for (const fa of stored.focusAreas) {
      expect(fa.id).toMatch(/^[0-9a-f-]{36}$/);
      for (const c of fa.commitments) expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(withoutStorage(stored)).toEqual(kalixDoc);
  });

  it('a document exported and imported again is equal', async () => {
    const first = (await kalixCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc)).json();
    const exported = (await kalixCoordinator.request('GET', `/api/v1/promise-sets/${first.id}`)).json();
    const again = (await kalixCoordinator.request('POST', '/api/v1/promise-sets', exported)).json();
    expect(again.id).not.toBe(first.id);
    expect(withoutStorage(again)).toEqual(withoutStorage(exported));
  });

  it('refuses a kommun the user does not work for, and stores nothing', async () => {
    const before = await ctx.deps.db.selectFrom('promise_sets').select('id').execute();
    const res = await haparandaCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc);
    expect(res.statusCode).toBe(403);
    const after = await ctx.deps.db.selectFrom('promise_sets').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('refuses a document that is not in the format, naming the field', async () => {
    const res = await kalixCoordinator.request('POST', '/api/v1/promise-sets', { ...kalixDoc, format: 'annat/v9' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].path).toBe('/format');
    const unknownKommun = await kalixCoordinator.request('POST', '/api/v1/promise-sets', {
      ...kalixDoc,
      municipalities: [{ code: null, name: 'Atlantis' }],
    });
    expect(unknownKommun.statusCode).toBe(400);
    expect(unknownKommun.json().message).toContain('Atlantis');
  });

  it('works with a bearer API token', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const kalix = (await admin.request('GET', '/api/v1/organisations?kind=municipality&q=Kalix')).json()
      .organisations[0].id;
    const { token } = (
      await admin.request('POST', '/api/v1/tokens', { organisationId: kalix, role: 'coordinator' })
    ).json();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/promise-sets',
      headers: { authorization: `Bearer ${token}` },
      payload: kalixDoc,
    });
    expect(res.statusCode).toBe(201);
    const got = await ctx.app.inject({
      url: `/api/v1/promise-sets/${res.json().id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(got.statusCode).toBe(200);
  });
});

describe('GET /api/v1/promise-sets', () => {
  it("lists by kommun and status, only within the reader's reach", async () => {
    const created = (await kalixCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc)).json();
    const drafts = (await kalixCoordinator.request('GET', '/api/v1/promise-sets?kommun=2514&status=draft')).json()
      .promiseSets;
    expect(drafts.map((s: { id: string }) => s.id)).toContain(created.id);
    expect(drafts[0]).toMatchObject({ municipalities: [{ code: '2514' }], status: 'draft' });
    expect(drafts.find((s: { id: string }) => s.id === created.id).commitments).toBeGreaterThan(3);
    expect(
      (await kalixCoordinator.request('GET', '/api/v1/promise-sets?kommun=2514&status=published')).json().promiseSets,
    ).toEqual([]);
    expect((await haparandaCoordinator.request('GET', '/api/v1/promise-sets?kommun=2514')).json().promiseSets).toEqual(
      [],
    );
    expect((await haparandaCoordinator.request('GET', `/api/v1/promise-sets/${created.id}`)).statusCode).toBe(404);
  });

  it('lists sets changed at the same moment in one fixed order: by id', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await kalixCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc)).json().id);
    }
    const byId = ids.toSorted();
    // Written one by one against id order, so the rows lie in the table in the opposite order the list must give.
    const same = new Date('2030-01-01T08:00:00Z');
    for (const id of byId.toReversed()) {
      await ctx.deps.db.updateTable('promise_sets').set({ updated_at: same }).where('id', '=', id).execute();
    }
    for (const reader of [admin, kalixCoordinator]) {
      const listed = (await reader.request('GET', '/api/v1/promise-sets')).json().promiseSets;
      // Changed last of all (2030), so they lead the list.
      expect(listed.slice(0, 6).map((s: { id: string }) => s.id)).toEqual(byId);
    }
  });
});

describe('lifecycle and versions', () => {
  it('draft → agreed (both parties sign) → published shows on the public page → new version with reason → history and diff', async () => {
    const set = (await kalixCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc)).json();
    const url = `/api/v1/promise-sets/${set.id}`;

    // A draft is edited in place: still version 1.
    const edited = structuredClone(set);
    edited.title = 'Medborgarlöfte Kalix 2024';
    expect((await kalixCoordinator.request('PUT', url, { document: edited })).json().version).toBe(1);

    const oneParty = await kalixCoordinator.request('POST', `${url}/agree`, {
      signatures: [
        { name: 'Karin Lind', role: 'Kommunstyrelsens ordförande', party: 'kommunen', signedAt: '2024-02-01' },
        { name: 'Per Persson', role: 'Kommundirektör', party: 'kommunen', signedAt: '2024-02-01' },
      ],
    });
    expect(oneParty.statusCode).toBe(400);
    expect(oneParty.json().message).toContain('Båda parterna');

    const agreed = await kalixCoordinator.request('POST', `${url}/agree`, {
      signatures: [
        {
          name: 'Birgitta Nyström',
          role: 'Lokalpolisområdeschef Östra Norrbotten',
          party: 'polisen',
          signedAt: '2024-02-03',
        },
        { name: 'Karin Lind', role: 'Kommunstyrelsens ordförande', party: 'kommunen', signedAt: '2024-02-01' },
      ],
    });
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json()).toMatchObject({ status: 'agreed', signedAt: '2024-02-03' });

    expect((await kalixCoordinator.request('POST', `${url}/agree`, { signatures: [] })).statusCode).toBe(400);
    expect((await kalixCoordinator.request('POST', `${url}/publish`)).json().status).toBe('published');
    const page = await ctx.app.inject({ url: '/kommun/kalix' });
    expect(page.body).toContain('Medborgarlöfte Kalix 2024');
    expect(page.body).toContain(kalixDoc.focusAreas[0]!.commitments[0]!.text.slice(0, 40));

    const current = (await kalixCoordinator.request('GET', url)).json();
    const noReason = await kalixCoordinator.request('PUT', url, { document: current });
    expect(noReason.statusCode).toBe(400);
    const revised = structuredClone(current);
    const changed = revised.focusAreas[0].commitments[0];
    changed.text = `${changed.text} Gäller även skolloven.`;
    const dropped = revised.focusAreas.at(-1).commitments.pop();
    const v2 = await kalixCoordinator.request('PUT', url, {
      document: revised,
      reason: 'Styrgruppen lade till skolloven',
    });
    expect(v2.json()).toMatchObject({ version: 2, status: 'published' });

    const versions = (await kalixCoordinator.request('GET', `${url}/versions`)).json().versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(versions[1].reason).toBe('Styrgruppen lade till skolloven');
    const v1doc = (await kalixCoordinator.request('GET', `${url}/versions/1`)).json();
    expect(v1doc.focusAreas[0].commitments[0].text).toBe(current.focusAreas[0].commitments[0].text);

    const changes = (await kalixCoordinator.request('GET', `${url}/diff?from=1&to=2`)).json().changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'commitment_changed',
          commitmentId: changed.id,
          fields: [expect.objectContaining({ field: 'text', after: changed.text })],
        }),
        expect.objectContaining({ kind: 'commitment_removed', commitmentId: dropped.id }),
      ]),
    );

    expect((await kalixCoordinator.request('POST', `${url}/close`)).json().status).toBe('closed');
    const closedEdit = await kalixCoordinator.request('PUT', url, { document: revised, reason: 'x' });
    expect(closedEdit.statusCode).toBe(409);
  });

  it('every step is in the audit log', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const actions = (await admin.request('GET', '/api/v1/audit?action=promise_set.'))
      .json()
      .entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'promise_set.create',
        'promise_set.update',
        'promise_set.agree',
        'promise_set.publish',
        'promise_set.close',
      ]),
    );
  });
});

describe('print and share', () => {
  it('the promise set as PDF and Word, the genomförandeplan as PDF, Word and CSV', async () => {
    const set = (await kalixCoordinator.request('POST', '/api/v1/promise-sets', kalixDoc)).json();
    const pdf = await kalixCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain('medborgarlofte-kalix-v1.pdf');
    const docx = await kalixCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/export.docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const csv = await kalixCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/plan.csv`);
    expect(csv.body.startsWith('\uFEFFFokusområde;Vad;När;Samverkan;Ansvarig;Uppföljning')).toBe(true);
    expect(csv.body.trim().split('\r\n')).toHaveLength(1 + kalixDoc.focusAreas.flatMap((a) => a.commitments).length);
    expect(
      (await kalixCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/plan.pdf`)).rawPayload
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await kalixCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/plan.docx`)).statusCode).toBe(200);
    expect((await haparandaCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/export.pdf`)).statusCode).toBe(
      404,
    );
    expect((await kalixCoordinator.request('GET', `/api/v1/promise-sets/${set.id}/export.odt`)).statusCode).toBe(400);
  });
});
