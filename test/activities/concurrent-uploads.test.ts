/**
 * Uploads that run at the same time against the same commitments, in
 * different orders, must all land: every path takes the commitments' locks
 * in one order (migration 0016, pieces.ts), so none can deadlock. On
 * PostgreSQL the uploads really run side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';
import { addDays } from '../../src/domain/progress/index.ts';

let ctx: TestContext;
let officer: Client;
let ids: string[];
let setId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  officer = await signIn(ctx.app, DEMO.officer);
  const doc = kalixPromise();
  const template = doc.focusAreas[0]!.commitments[0]!;
  doc.focusAreas[0]!.commitments = Array.from({ length: 4 }, (_, i) => ({ ...template, text: `Åtagande ${i + 1}` }));
  const set = (await officer.request('POST', '/api/v1/promise-sets', doc)).json();
  setId = set.id;
  ids = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
});
afterAll(async () => ctx.close());

describe('uploads at the same time', () => {
  it('all land, whatever order their rows name the commitments in, and every one counts', async () => {
    const uploads = Array.from({ length: 8 }, (_, u) => ({
      activities: Array.from({ length: 24 }, (_, i) => ({
        // Half the uploads name the commitments forwards, half backwards; dates spread over weeks.
        commitmentId: ids[u % 2 ? i % 4 : 3 - (i % 4)]!,
        date: addDays('2019-02-04', (i * 5 + u) % 60),
        quantity: 1,
      })),
    }));
    const answers = await Promise.all(uploads.map((body) => officer.request('POST', '/api/v1/activities/batch', body)));
    expect(answers.map((a) => a.statusCode)).toEqual(uploads.map(() => 201));
    // Returned in the order sent.
    expect(answers[0]!.json().activities.map((a: { commitmentId: string }) => a.commitmentId)).toEqual(
      uploads[0]!.activities.map((a) => a.commitmentId),
    );
    const progress = (await officer.request('GET', `/api/v1/promise-sets/${setId}/progress?at=2019-12-31`)).json();
    const done = progress.commitments.map((c: { doneToDate: number }) => c.doneToDate);
    expect(done).toEqual([48, 48, 48, 48]);
  });
});
