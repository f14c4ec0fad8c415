/** `lofte events`: what waits and what failed for good, handled now with --drain, given new attempts with --retry. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { createDeps } from '../../src/server/deps.ts';
import type { Deps } from '../../src/app/deps.ts';
import { MAX_ATTEMPTS } from '../../src/app/events/drain.ts';

const dir = mkdtempSync(join(tmpdir(), 'lofte-events-'));
const env = { DATA_DIR: join(dir, 'db') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lofte(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, env);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The database, opened only while `fn` runs (one process at a time holds the folder). */
async function withDb<T>(fn: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await createDeps(loadConfig(env), { log: () => {} });
  try {
    return await fn(deps);
  } finally {
    await deps.db.destroy();
  }
}

const SET = '00000000-0000-4000-8000-0000000000aa';

beforeAll(async () => {
  await withDb(async (deps) => {
    const now = new Date();
    const event = (attempts: number) => ({
      kind: 'promise_set.published',
      subject_id: SET,
      payload: JSON.stringify({ promiseSetId: SET }),
      occurred_at: now,
      next_attempt_at: now,
      attempts,
      last_error: attempts ? 'subscriber-mail: connect ECONNREFUSED 127.0.0.1:25' : null,
    });
    await deps.db
      .insertInto('domain_events')
      .values([event(0), event(MAX_ATTEMPTS)])
      .execute();
  });
});

describe('lofte events', () => {
  it('tells what waits and what failed for good, with the error, and exits 1 while something failed', async () => {
    const res = await lofte('events');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('Väntar: 1, misslyckade för gott: 1.');
    expect(res.stdout).toContain(
      `promise_set.published ${SET} (${MAX_ATTEMPTS} försök): subscriber-mail: connect ECONNREFUSED`,
    );
  });

  it('--drain handles what is due and leaves the failed one alone', async () => {
    const res = await lofte('events', '--drain');
    expect(res.stdout).toContain('Hanterade: 1, misslyckade: 0.');
    expect(res.stdout).toContain('Väntar: 0, misslyckade för gott: 1.');
    expect(res.code).toBe(1);
  });

  it('--retry gives the failed one new attempts, handles it and writes it in the audit log', async () => {
    const res = await lofte('events', '--retry');
    expect(res.stdout).toContain('1 misslyckade händelser försöks igen.');
    expect(res.stdout).toContain('Väntar: 0, misslyckade för gott: 0.');
    expect(res.code).toBe(0);
    const audit = await withDb((deps) =>
      deps.db
        .selectFrom('audit_log')
        .select(['action', 'actor_label'])
        .where('action', '=', 'domain_events.retry')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'domain_events.retry', actor_label: 'kommandoraden (lofte)' }]);
  });
});
