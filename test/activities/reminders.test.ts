import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from './fixtures.ts';
import { runDueJobs } from '../../src/app/jobs/scheduler.ts';
import { createAccount } from '../accounts.ts';

let ctx: TestContext;
let officer: Client;
const setNow = (iso: string) => {
  ctx.deps.now = () => new Date(iso);
};

beforeAll(async () => {
  ctx = await startTestApp();
  setNow('2019-12-01T08:00:00Z');
  officer = await signIn(ctx.app, DEMO.officer);
  const set = (await officer.request('POST', '/api/v1/promise-sets', kalixPromise())).json();
  await officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
    ],
  });
  const [narcotics] = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  await officer.request('POST', '/api/v1/activities/batch', {
    activities: [
      { commitmentId: narcotics, date: '2019-03-10' },
      { commitmentId: narcotics, date: '2019-05-02' },
    ],
  });
  // A second Kalix coordinator who has turned reminders and digests off.
  const admin = await signIn(ctx.app, DEMO.admin);
  await createAccount(ctx, admin, {
    email: 'tyst@kalix.se',
    name: 'Tyst Samordnare',
    organisationId: await orgIdByCode(ctx.deps, '2514'),
    role: 'coordinator',
  });
  // The invitation mailed to the new account is not what these tests count.
  ctx.mails.splice(0);
  const quiet = await signIn(ctx.app, 'tyst@kalix.se', 'ett-langt-losenord');
  expect((await quiet.request('PUT', '/api/v1/me/notifications', { reminders: false, digest: false })).json()).toEqual({
    reminders: false,
    digest: false,
  });
});
afterAll(async () => ctx.close());

describe('daily reminders', () => {
  it('run once a day even when several processes try at the same time', async () => {
    setNow('2019-12-18T06:00:00Z');
    const results = await Promise.all([
      runDueJobs(ctx.deps, 'process-a'),
      runDueJobs(ctx.deps, 'process-b'),
      runDueJobs(ctx.deps, 'process-c'),
    ]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect((await runDueJobs(ctx.deps, 'process-a')).ran).toBe(false);
  });

  it('e-mail the coordinator about an at-risk commitment and a half year ending short within 14 days; not the one who opted out', async () => {
    const toKarin = ctx.mails.filter((m) => m.to === DEMO.kalixCoordinator);
    expect(toKarin.map((m) => m.subject)).toEqual(
      expect.arrayContaining(['Åtagande som ligger efter', 'Påminnelse: en period slutar snart']),
    );
    const closing = toKarin.find((m) => m.subject.startsWith('Påminnelse'))!;
    expect(closing.text).toContain('narkotikainsatser');
    expect(closing.text).toContain('0 av 2');
    expect(closing.text).toContain('2019-12-31');
    expect(ctx.mails.filter((m) => m.to === 'tyst@kalix.se')).toEqual([]);
    expect(ctx.mails.filter((m) => m.to === DEMO.haparandaCoordinator)).toEqual([]);
  });

  it('do not repeat the same reminder the next day', async () => {
    const before = ctx.mails.filter((m) => m.subject !== 'Veckobrev').length;
    setNow('2019-12-19T06:00:00Z');
    expect((await runDueJobs(ctx.deps, 'process-a')).ran).toBe(true);
    expect(ctx.mails.length).toBe(before);
  });

  it('send the weekly digest on Mondays to coordinators who want it', async () => {
    setNow('2019-12-23T06:00:00Z');
    await runDueJobs(ctx.deps, 'process-b');
    const digest = ctx.mails.filter((m) => m.subject.startsWith('Veckobrev'));
    expect(digest.map((m) => m.to)).toEqual([DEMO.kalixCoordinator]);
    expect(digest[0]!.text).toContain('narkotikainsatser');
  });
});
