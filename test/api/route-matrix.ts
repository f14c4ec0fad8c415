/**
 * The route list of /api/openapi.json as operations to call, and the
 * actors to call them as: API tokens for every role, inside Kalix's reach
 * and outside it, made by the platform admin. Shared by the generated
 * authorisation and fuzz tests.
 */
import type { LightMyRequestResponse } from 'fastify';
import { authenticateToken } from '../../src/app/auth/tokens.ts';
import { can, ROLES, type Actor, type Role } from '../../src/domain/access/permissions.ts';
import { DEMO, orgIdByCode, orgIdByName, signIn, type Client, type TestContext } from '../helpers.ts';
import { fillPath, ROUTES, type RouteEntry, type Sample } from './route-table.ts';
import type { Fixture } from './route-fixture.ts';

export interface Operation {
  key: string;
  method: string;
  path: string;
  entry: RouteEntry | undefined;
  /** The operation's description in /api/openapi.json. */
  spec: OpenApiOperation;
}

export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
}

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  nullable?: boolean;
};

const METHOD_ORDER: Record<string, number> = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 };

/** Every operation of the API description, reads first and deletions last so the fixture lives as long as possible. */
export async function operations(ctx: TestContext): Promise<Operation[]> {
  const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [m, spec] of Object.entries(byMethod)) {
      const method = m.toUpperCase();
      const key = `${method} ${path}`;
      ops.push({ key, method, path, entry: ROUTES[key], spec });
    }
  }
  return ops.sort((a, b) => METHOD_ORDER[a.method]! - METHOD_ORDER[b.method]!);
}

export interface TestActor {
  name: string;
  token: string;
  actor: Actor;
}

/** A token per role in `organisationId`, with the actor it authenticates as (to ask the rules table what it may do). */
let platformAdmin: Promise<Client & { app: unknown }> | null = null;

async function tokensFor(
  ctx: TestContext,
  organisationId: string,
  where: string,
  roles: readonly Role[],
): Promise<TestActor[]> {
  // One sign-in per app: hashing the password is the slow part.
  if (!platformAdmin || (await platformAdmin).app !== ctx.app)
    platformAdmin = signIn(ctx.app, DEMO.admin).then((c) => Object.assign(c, { app: ctx.app }));
  const admin = await platformAdmin;
  const out: TestActor[] = [];
  for (const role of roles) {
    const res = await admin.request('POST', '/api/v1/tokens', { organisationId, role, name: `${role}@${where}` });
    if (res.statusCode !== 201) throw new Error(`token ${role}@${where}: ${res.body}`);
    const token = res.json().token as string;
    const actor = await authenticateToken(ctx.deps, token);
    if (!actor) throw new Error('token does not authenticate');
    out.push({ name: `${role}@${where}`, token, actor });
  }
  return out;
}

/** Inside Kalix's reach: every role in Kalix, the LPO that covers it, a partner under it, and the platform. */
export async function insideActors(ctx: TestContext, f: Fixture): Promise<TestActor[]> {
  const platform = (
    await ctx.deps.db.selectFrom('organisations').select('id').where('kind', '=', 'platform').executeTakeFirstOrThrow()
  ).id;
  return [
    ...(await tokensFor(ctx, f.kalix, 'Kalix', ROLES)),
    ...(await tokensFor(ctx, f.lpo, 'LPO Östra Norrbotten', ROLES)),
    ...(await tokensFor(ctx, await orgIdByName(ctx.deps, 'Furuhedsskolan'), 'Furuhedsskolan', ['partner', 'viewer'])),
    ...(await tokensFor(ctx, platform, 'plattformen', ['admin'])),
  ];
}

/** The platform's admin as a token: every right everywhere, so a request gets as deep as its input lets it. */
export async function platformAdminToken(ctx: TestContext): Promise<string> {
  const platform = (
    await ctx.deps.db.selectFrom('organisations').select('id').where('kind', '=', 'platform').executeTakeFirstOrThrow()
  ).id;
  return (await tokensFor(ctx, platform, 'plattformen', ['admin']))[0]!.token;
}

/** Outside: every role in another kommun (Norsjö), in the LPO of another area, and a partner of Haparanda. */
export async function outsideActors(ctx: TestContext): Promise<TestActor[]> {
  return [
    ...(await tokensFor(ctx, await orgIdByCode(ctx.deps, '2417'), 'Norsjö', ROLES)),
    ...(await tokensFor(ctx, await orgIdByName(ctx.deps, 'Skellefteå'), 'LPO Skellefteå', ROLES)),
    ...(await tokensFor(ctx, await orgIdByName(ctx.deps, 'Haparandabostäder'), 'Haparandabostäder', [
      'partner',
      'admin',
    ])),
  ];
}

export function sampleOf(op: Operation, f: Fixture): Sample {
  return op.entry?.sample?.(f) ?? {};
}

export interface CallOptions {
  token?: string | null;
  sample?: Sample;
  /** Replaces the path with a given one (fuzzed path parameters). */
  url?: string;
}

export function call(
  ctx: TestContext,
  op: Operation,
  f: Fixture,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const sample = options.sample ?? sampleOf(op, f);
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let payload: string | Buffer | undefined;
  if (sample.raw) {
    headers['content-type'] = sample.raw.contentType;
    payload = sample.raw.payload;
  } else if (sample.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = typeof sample.body === 'string' ? sample.body : JSON.stringify(sample.body);
  }
  return ctx.app.inject({
    method: op.method as 'GET',
    url: options.url ?? fillPath(op.path, f),
    ...(sample.query ? { query: sample.query } : {}),
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

/** May this actor do the route's action to Kalix's things, by the rules table? */
export function allowed(entry: RouteEntry, actor: Actor, f: Fixture): boolean {
  if (entry.action === 'public' || entry.action === 'signed-in') return true;
  return entry.allowed ? entry.allowed(actor, f) : can(actor, entry.action, f.kalix);
}

/** The fixture ids an answer shows, if any: an actor without the right must see none of them. */
export function leakedIds(res: LightMyRequestResponse, ids: readonly string[]): string[] {
  return ids.filter((id) => res.body.includes(id));
}
