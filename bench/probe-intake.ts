// TEMP probe (not committed): CPU split of intake vs bare insert.
import Fastify from 'fastify';
import { sql } from 'kysely';
import fs from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { CLI_ACTOR } from '../src/app/audit.ts';
import { createToken } from '../src/app/tokens.ts';
import { resolveOrganisationRef } from '../src/app/organisations.ts';
import { generateNational } from './national-data.ts';
import { load } from './load.ts';
import { withFreshDatabase } from './fresh-database.ts';

function ticks(pid: string | number, task?: string): number {
  try {
    const s = fs.readFileSync(task ? `/proc/${pid}/task/${task}/stat` : `/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch { return 0; }
}
function pgTicks(): number {
  let t = 0;
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try { if (fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres') t += ticks(p); } catch {}
  }
  return t;
}
const seconds = Number(process.env.S ?? 6);
async function measure(name: string, fn: () => Promise<{ rps: number; requests: number }>) {
  const m0 = ticks(process.pid, String(process.pid)); const a0 = ticks(process.pid); const p0 = pgTicks();
  const r = await fn();
  const m1 = ticks(process.pid, String(process.pid)); const a1 = ticks(process.pid); const p1 = pgTicks();
  const per = (t: number) => Math.round((t * 10 / r.requests) * 1000) / 1000; // ms per request (100 Hz ticks)
  console.log(JSON.stringify({ name, rps: Math.round(r.rps), mainMsPerReq: per(m1 - m0), allNodeMsPerReq: per(a1 - a0), pgMsPerReq: per(p1 - p0) }));
}
await withFreshDatabase('postgres://postgres@127.0.0.1:5432/test', async (url) => {
  const deps = await createDeps(loadConfig({ DATABASE_URL: url, JOBS_ENABLED: 'false' }), { log: () => {} });
  await generateNational(deps.db, { firstYear: 2021, years: 5, perYear: 15000 });
  const kalix = await resolveOrganisationRef(deps, '2514');
  const { token } = await createToken(deps, CLI_ACTOR, { organisationId: kalix, role: 'coordinator' });
  const set = (await sql<{ id: string }>`select p.id from promise_sets p join promise_set_municipalities m on m.promise_set_id = p.id
    where m.organisation_id = ${kalix} and p.status = 'published'`.execute(deps.db)).rows[0]!.id;
  const commitments = (await sql<{ id: string }>`select id from commitments where promise_set_id = ${set} order by position`.execute(deps.db)).rows.map((r) => r.id);
  const app = await buildApp(deps);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  bare.post('/activities', async (req, reply) => {
    const b = req.body as { commitmentId: string; date: string; quantity: number };
    const row = await deps.db.insertInto('activities').values({ commitment_id: b.commitmentId, promise_set_id: set, date: b.date,
      quantity: b.quantity, created_by: 'bare', people: '[]', outcomes: '{}' }).returning('id').executeTakeFirstOrThrow();
    return reply.status(201).send(row);
  });
  bare.get('/select', async () => (await sql`select 1 as one`.execute(deps.db)).rows[0]);
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const bodies = Array.from({ length: 12 * 181 }, (_, i) => JSON.stringify({ commitmentId: commitments[i % 12],
    date: new Date(Date.UTC(2025, 0, 1 + ((i * 7) % 181))).toISOString().slice(0, 10), quantity: 1 }));
  const h = { authorization: `Bearer ${token}` };
  const which = (process.env.ONLY ?? 'bare,intake,progress,select').split(',');
  for (let round = 0; round < 2; round++) {
    if (which.includes('bare')) await measure('bare', () => load({ url: `${bareUrl}/activities`, method: 'POST', bodies, connections: 20, seconds }));
    if (which.includes('intake')) await measure('intake', () => load({ url: `${appUrl}/api/v1/activities`, method: 'POST', headers: h, bodies, connections: 20, seconds }));
    if (which.includes('select')) await measure('select', () => load({ url: `${bareUrl}/select`, connections: 50, seconds }));
    if (which.includes('progress')) await measure('progress', async () => { const r = await load({ url: `${appUrl}/api/v1/promise-sets/${set}/progress?at=2025-06-30`, headers: h, connections: 50, seconds }); console.log('p95', r.p95, 'p50', r.p50); return r; });
  }
  await app.close(); await bare.close(); await deps.db.destroy();
});
