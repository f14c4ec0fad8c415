/**
 * A staff user's personal data on request: the platform's admin exports
 * everything stored about them and erases the account. After the erasure
 * they cannot sign in, their token no longer works, and their name and
 * e-mail are nowhere in the database, while the audit entries and what they
 * made remain under a pseudonym. Nobody else can do either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEMO, orgIdByCode, signIn, type Client, type TestContext, startTestApp } from '../helpers.ts';
import { createAccount, TEST_PASSWORD } from '../accounts.ts';
import type { ErasureResult, PersonalDataExport } from '../../src/contracts/privacy.ts';

let ctx: TestContext;
let admin: Client;
let kalix: string;
let greta: { id: string; email: string };
let gretaClient: Client;
let token: string;
let surveyId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  kalix = await orgIdByCode(ctx.deps, '2514');
  greta = await createAccount(ctx, admin, {
    email: 'greta.gdpr@kalix.se',
    name: 'Greta Gdpr',
    organisationId: kalix,
    role: 'admin',
  });
  // Someone whose address contains Greta's must keep it.
  await createAccount(ctx, admin, {
    email: 'lill.greta.gdpr@kalix.se',
    name: 'Lill Greta',
    organisationId: kalix,
    role: 'viewer',
  });
  gretaClient = await signIn(ctx.app, greta.email, TEST_PASSWORD);
  const survey = await gretaClient.request('POST', '/api/v1/surveys', {
    municipalityId: kalix,
    template: 'lokal-trygghetsmatning',
  });
  expect(survey.statusCode, survey.body).toBe(201);
  surveyId = survey.json().id;
  const made = await gretaClient.request('POST', '/api/v1/tokens', { organisationId: kalix, role: 'viewer' });
  expect(made.statusCode, made.body).toBe(201);
  token = made.json().token;
});
afterAll(async () => {
  await ctx.close();
});

/** The tables with a row whose text holds `needle` (case-insensitive) not preceded by a letter, digit or dot. */
async function tablesMentioning(needle: string): Promise<string[]> {
  const pattern = `(^|[^a-z0-9.])${needle.toLowerCase().replace(/[.]/g, '\\.')}`;
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
    ctx.deps.db,
  );
  const hits: string[] = [];
  for (const { table_name } of tables.rows) {
    const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(table_name)} t
      where lower(t::text) ~ ${pattern}`.execute(ctx.deps.db);
    if (Number(r.rows[0]?.n)) hits.push(table_name);
  }
  return hits;
}

describe('exporting a staff user’s data', () => {
  it('gives the platform admin everything stored about them', async () => {
    const res = await admin.request('GET', `/api/v1/users/${greta.id}/personal-data`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('personuppgifter.json');
    const data = res.json() as PersonalDataExport;
    expect(data.user).toMatchObject({ name: 'Greta Gdpr', email: 'greta.gdpr@kalix.se', signsInWithPassword: true });
    expect(data.memberships).toEqual([expect.objectContaining({ organisationId: kalix, role: 'admin' })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.tokens).toEqual([expect.objectContaining({ role: 'viewer', revokedAt: null })]);
    const actions = data.audit.map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'survey.create', 'token.create']));
    expect(data.recordedAs['surveys.created_by']).toBe(1);
  });

  it('is refused to everyone but the platform admin, the kommun’s own admin too', async () => {
    for (const who of [DEMO.kalixCoordinator, DEMO.officer]) {
      const c = await signIn(ctx.app, who);
      expect((await c.request('GET', `/api/v1/users/${greta.id}/personal-data`)).statusCode).toBe(403);
      expect((await c.request('POST', `/api/v1/users/${greta.id}/erase`)).statusCode).toBe(403);
    }
    const refused = await gretaClient.request('POST', `/api/v1/users/${greta.id}/erase`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('plattformens administratör');
  });

  it('answers 404 for an account that does not exist', async () => {
    const res = await admin.request('GET', '/api/v1/users/00000000-0000-4000-8000-000000000001/personal-data');
    expect(res.statusCode).toBe(404);
  });
});

describe('erasing the account', () => {
  it('refuses the admin’s own account', async () => {
    const me = (await admin.request('GET', '/api/v1/auth/session')).json().user.id as string;
    const res = await admin.request('POST', `/api/v1/users/${me}/erase`);
    expect(res.statusCode).toBe(400);
    expect(res.json().messageEn).toContain('your own account');
  });

  it('removes the access and leaves only a pseudonym where the name and e-mail were', async () => {
    expect(await tablesMentioning('greta.gdpr@kalix.se')).toEqual(expect.arrayContaining(['users', 'audit_log']));
    const res = await admin.request('POST', `/api/v1/users/${greta.id}/erase`);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as ErasureResult;
    expect(result.pseudonym).toMatch(/^Borttagen användare [0-9a-f]{8}$/);
    expect(result.changed).toMatchObject({ memberships: 1, 'api_tokens.created_by': 1, 'surveys.created_by': 1 });
    expect(result.changed.sessions).toBeGreaterThanOrEqual(1);
    expect(result.kept.join(' ')).toContain('Underskrifter');

    // Signed out everywhere, the password and the token no longer work.
    expect((await gretaClient.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'greta.gdpr@kalix.se', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    const bearer = await ctx.app.inject({ url: '/api/v1/users', headers: { authorization: `Bearer ${token}` } });
    expect(bearer.statusCode).toBe(401);

    // Nowhere in the database, in any form; the other person's address is untouched.
    expect(await tablesMentioning('greta.gdpr@kalix.se')).toEqual([]);
    expect(await tablesMentioning('Greta Gdpr')).toEqual([]);
    expect(await tablesMentioning('lill.greta.gdpr@kalix.se')).toContain('users');

    // The records remain, under the pseudonym.
    const survey = await ctx.deps.db
      .selectFrom('surveys')
      .select('created_by')
      .where('id', '=', surveyId)
      .executeTakeFirstOrThrow();
    expect(survey.created_by).toBe(result.pseudonym);
    const entries = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_label', 'action', 'after'])
      .where('actor_user_id', '=', greta.id)
      .execute();
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['survey.create', 'token.create']));
    expect(new Set(entries.map((e) => e.actor_label))).toEqual(new Set([result.pseudonym]));

    // One entry records the erasure, by the admin, without the erased data.
    const erasure = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.erase')
      .executeTakeFirstOrThrow();
    expect(erasure.entity_id).toBe(greta.id);
    expect(erasure.actor_label).toContain(DEMO.admin);
    expect(JSON.stringify(erasure.after)).toContain(result.pseudonym);

    // The export now shows the pseudonym and the erasure.
    const after = (await admin.request('GET', `/api/v1/users/${greta.id}/personal-data`)).json() as PersonalDataExport;
    expect(after.user.name).toBe(result.pseudonym);
    expect(after.user.erasedAt).toBe(result.erasedAt);
    expect(after.memberships).toEqual([]);
    expect(after.sessions).toEqual([]);
  });

  it('is not done twice', async () => {
    const again = await admin.request('POST', `/api/v1/users/${greta.id}/erase`);
    expect(again.statusCode).toBe(409);
    expect(
      await ctx.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'user.erase').execute(),
    ).toHaveLength(1);
  });
});
