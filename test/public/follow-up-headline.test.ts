/**
 * Issue 12: a mid-year follow-up reads "3 uppfyllda, 4 i fas, 1 ligger
 * efter" (never "0 av 8 löften uppfyllda") in the same words on the public
 * page, in the PDF and DOCX and in the e-mail; every number says its span;
 * a löpande promise is followed up in text; the year-end one reads "6 av 8
 * uppfyllda".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { notifyFollowUpPublished } from '../../src/app/public/notify.ts';
import { readDocx, readPdf, squash, xmlText } from '../../src/reports/test-read.ts';

let ctx: TestContext;
let officer: Client;
let coordinator: Client;
let setId: string;
let ids: string[];

const yearly = (count: number) => ({
  kind: 'count',
  count,
  atLeast: true,
  max: null,
  per: 'year',
  every: 1,
  average: false,
  unit: 'insatser',
});
/** Three met, four on their pace, one behind by the end of tertial 2; the last is löpande. */
const TARGETS = [yearly(1), yearly(1), yearly(1), yearly(12), yearly(12), yearly(12), yearly(12), yearly(12)];

async function ok(res: Promise<{ statusCode: number; body: string; json: () => any }>) {
  const r = await res;
  expect(r.statusCode, r.body).toBeLessThan(300);
  return r.json();
}

const dates = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => `2019-${String(from + i).padStart(2, '0')}-15`);

async function publish(id: string) {
  await ok(coordinator.request('POST', `/api/v1/follow-ups/${id}/review`));
  await ok(officer.request('POST', `/api/v1/follow-ups/${id}/review`));
  await ok((await signIn(ctx.app, DEMO.lpoChief)).request('POST', `/api/v1/follow-ups/${id}/approve`));
  await ok((await signIn(ctx.app, DEMO.kalixLeader)).request('POST', `/api/v1/follow-ups/${id}/approve`));
  await ok(coordinator.request('POST', `/api/v1/follow-ups/${id}/publish`));
}

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2019-09-10T10:00:00Z');
  officer = await signIn(ctx.app, DEMO.officer);
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const doc = kalixPromise();
  const template = doc.focusAreas[0]!.commitments[0]!;
  doc.focusAreas = [
    {
      title: 'Trygghet',
      commitments: TARGETS.map((target, i) => ({ ...template, text: `Löfte ${i + 1} om trygghet.`, target })) as never,
    },
    {
      title: 'Löpande',
      commitments: [{ ...template, text: 'Löpande information om grannsamverkan.', target: { kind: 'none' } }] as never,
    },
  ];
  const set = await ok(officer.request('POST', '/api/v1/promise-sets', doc));
  setId = set.id;
  ids = set.focusAreas.flatMap((a: { commitments: { id: string }[] }) => a.commitments.map((c) => c.id));
  await ok(
    officer.request('POST', `/api/v1/promise-sets/${setId}/agree`, {
      signatures: [
        { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
        { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
      ],
    }),
  );
  await ok(officer.request('POST', `/api/v1/promise-sets/${setId}/publish`));
  const log = (i: number, days: string[]) => days.map((date) => ({ commitmentId: ids[i], date }));
  await ok(
    officer.request('POST', '/api/v1/activities/batch', {
      activities: [
        ...[0, 1, 2].flatMap((i) => log(i, ['2019-06-03'])),
        ...[3, 4, 5, 6].flatMap((i) => log(i, dates(8, 1))),
        ...log(7, dates(2, 1)),
        ...log(8, ['2019-05-20']),
      ],
    }),
  );
  const kalix = await ctx.deps.db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', 'kalix')
    .executeTakeFirstOrThrow();
  await ctx.deps.db
    .insertInto('public_subscriptions')
    .values({
      municipality_id: kalix.id,
      email: 'invanare@example.se',
      unsubscribe_token: 'token-for-test-only-headline-0123456789',
      confirmed_at: new Date(),
    })
    .execute();
});
afterAll(async () => ctx.close());

describe('a mid-year follow-up (tertial 2 of a one-year promise)', () => {
  let id: string;
  const HEADLINE = '3 uppfyllda, 4 i fas, 1 ligger efter, 1 följs upp i text';

  it('proposes met, on track and behind by the pace of the year, and the löpande promise in text', async () => {
    const f = await ok(
      coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
        cadence: 'tertial',
        year: 2019,
        index: 2,
      }),
    );
    id = f.id;
    expect(f.items.map((i: { proposed: string }) => i.proposed)).toEqual([
      'uppfyllt',
      'uppfyllt',
      'uppfyllt',
      'i_fas',
      'i_fas',
      'i_fas',
      'i_fas',
      'ligger_efter',
      'foljs_upp_i_text',
    ]);
    // The yearly numbers count from 1 January; the löpande one in the tertial.
    expect(f.items[3]).toMatchObject({ done: 8, required: 12, span: { kind: 'to_date', from: '2019-01-01' } });
    expect(f.items[8]).toMatchObject({ done: 1, required: null, span: { kind: 'window', noun: 'tertial' } });
    await publish(id);
  });

  it('reads the same headline on the public page, in the PDF and DOCX and in the e-mail', async () => {
    const page = (await ctx.app.inject({ url: `/kommun/kalix/uppfoljning/${id}` })).body;
    expect(page).toContain(HEADLINE);
    expect(page).not.toContain('0 av 9');
    expect(page).toContain('8 av 12 insatser hittills i år');
    expect(page).toContain('Gjort under tertialen: 1');
    expect(page).toContain('Bedömning: Följs upp i text');
    expect(page).not.toContain('Ej uppfyllt');

    const pdf = await ctx.app.inject({ url: `/kommun/kalix/uppfoljning/${id}.pdf` });
    const pdfText = squash((await readPdf(pdf.rawPayload)).text);
    expect(pdfText).toContain(HEADLINE);
    expect(pdfText).toContain('8 av 12 hittills i år');
    expect(pdfText).toContain('aktiviteter under tertialen');

    const docx = await coordinator.request('GET', `/api/v1/follow-ups/${id}/export.docx`);
    expect(xmlText(readDocx(docx.rawPayload)['word/document.xml'] ?? '')).toContain(HEADLINE);

    ctx.mails.length = 0;
    expect(await notifyFollowUpPublished(ctx.deps, id)).toBe(1);
    expect(ctx.mails[0]!.text).toContain(`${HEADLINE}.`);
  });
});

describe('the year-end follow-up', () => {
  it('says how many were met: "6 av 8 uppfyllda"', async () => {
    ctx.deps.now = () => new Date('2020-01-15T10:00:00Z');
    // Months later: the sessions of September have run out.
    officer = await signIn(ctx.app, DEMO.officer);
    coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
    await ok(
      officer.request('POST', '/api/v1/activities/batch', {
        activities: [3, 4, 5].flatMap((i) => dates(4, 9).map((date) => ({ commitmentId: ids[i], date: date }))),
      }),
    );
    const f = await ok(
      coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
        cadence: 'year',
        year: 2019,
        index: 1,
      }),
    );
    await ok(
      coordinator.request('PUT', `/api/v1/follow-ups/${f.id}`, {
        items: [{ commitmentId: ids[8], verdict: 'foljs_upp_i_text', comment: 'Informationen spreds hela året.' }],
      }),
    );
    await publish(f.id);
    const page = (await ctx.app.inject({ url: `/kommun/kalix/uppfoljning/${f.id}` })).body;
    // The löpande promise has no number to meet: it is named, not counted as a failure.
    expect(page).toContain('6 av 8 uppfyllda, 2 delvis uppfyllda, 1 följs upp i text');
  });
});
