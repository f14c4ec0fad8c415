/**
 * What the national benchmarks measure against, on a generated national data
 * set: Kalix's published promise set, its commitments and a coordinator
 * token; the app, and a bare Fastify baseline on the same pool (`GET /select`
 * runs `select 1`, `POST /activities` inserts the same row the API would),
 * both listening.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import type { Deps } from '../src/app/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { CLI_ACTOR } from '../src/app/audit.ts';
import { createToken } from '../src/app/auth/tokens.ts';
import { resolveOrganisationRef } from '../src/app/admin/organisations.ts';

export async function startNationalServers(deps: Deps) {
  const kalix = await resolveOrganisationRef(deps, '2514');
  const { token: kalixToken } = await createToken(deps, CLI_ACTOR, { organisationId: kalix, role: 'coordinator' });
  const set = (
    await sql<{
      id: string;
    }>`select p.id from promise_sets p join promise_set_municipalities m on m.promise_set_id = p.id
    where m.organisation_id = ${kalix} and p.status = 'published'`.execute(deps.db)
  ).rows[0]!.id;
  const commitments = (
    await sql<{ id: string }>`select id from commitments where promise_set_id = ${set} order by position`.execute(
      deps.db,
    )
  ).rows.map((r) => r.id);

  const app = await buildApp(deps);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  bare.get('/select', async () => (await sql`select 1 as one`.execute(deps.db)).rows[0]);
  bare.post('/activities', async (req, reply) => {
    const b = req.body as { commitmentId: string; date: string; quantity: number };
    const row = await deps.db
      .insertInto('activities')
      .values({
        commitment_id: b.commitmentId,
        promise_set_id: set,
        date: b.date,
        quantity: b.quantity,
        created_by: 'bare',
        people: '[]',
        outcomes: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.status(201).send(row);
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  return {
    kalix,
    kalixToken,
    set,
    commitments,
    appUrl,
    bareUrl,
    close: async () => {
      await app.close();
      await bare.close();
    },
  };
}

/** A kommun's logging: every commitment of its set, on days spread over the first half of `year`. */
export function halfYearOfLogging(commitments: string[], year: number): string[] {
  return Array.from({ length: commitments.length * 181 }, (_, i) =>
    JSON.stringify({
      commitmentId: commitments[i % commitments.length],
      date: new Date(Date.UTC(year, 0, 1 + ((i * 7) % 181))).toISOString().slice(0, 10),
      quantity: 1,
    }),
  );
}
