/**
 * Who may manage whom, as a matrix: every user-management route × actors of
 * every kind (platform, region, LPO, kommun and partner admins, a kommun
 * admin's API token, and roles without admin rights) × accounts whose
 * memberships lie in a kommun, a partner, another kommun, an LPO, a region,
 * the platform, two kommuner, or nowhere. An account is managed only by an
 * actor whose reach holds every one of its memberships; one the actor sees
 * but does not wholly reach answers 403, one it cannot see 404.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/seed.ts';
import { createAccount, lastPasswordLinkToken, TEST_PASSWORD } from '../accounts.ts';

type Request = (method: string, url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
type Relation = 'manage' | 'see' | 'none';

const TARGETS = ['kalix', 'partner', 'haparanda', 'lpo', 'region', 'mixed', 'none', 'platform'] as const;
type Target = (typeof TARGETS)[number];

interface ActorCase {
  /** Where this actor tries to add a membership (an organisation it may manage, if any). */
  addTo: string;
  manages: Target[];
  sees: Target[];
}

let ctx: TestContext;
let platform: Client;
const org: Record<string, string> = {};
const targets = {} as Record<Target, { id: string; membershipId: string | null; role: string; orgIds: string[] }>;
const actors: Record<string, ActorCase & { request: Request }> = {};

async function account(
  email: string,
  organisationId: string,
  role: string,
): Promise<{ id: string; membershipId: string }> {
  const user = await createAccount(ctx, platform, { email, name: email.split('@')[0]!, organisationId, role });
  const view = (await platform.request('GET', `/api/v1/users/${user.id}`)).json();
  return { id: user.id, membershipId: view.memberships[0].id };
}

function asClient(c: Client): Request {
  return c.request;
}

function asToken(token: string): Request {
  return (method, url, payload) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}

beforeAll(async () => {
  ctx = await startTestApp();
  platform = await signIn(ctx.app, DEMO.admin);
  org.kalix = await orgIdByCode(ctx.deps, '2514');
  org.haparanda = await orgIdByCode(ctx.deps, '2583');
  org.partner = await orgIdByName(ctx.deps, 'Furuhedsskolan');
  org.ifo = await orgIdByName(ctx.deps, 'Socialtjänsten Kalix (IFO)');
  org.lpo = await orgIdByName(ctx.deps, 'Östra Norrbotten');
  org.region = await orgIdByName(ctx.deps, 'Polisregion Nord');
  org.platform = (
    await ctx.deps.db.selectFrom('organisations').select('id').where('kind', '=', 'platform').executeTakeFirstOrThrow()
  ).id;

  for (const t of ['kalix', 'partner', 'haparanda', 'lpo', 'region'] as const) {
    const a = await account(`mal.${t}@example.se`, org[t]!, 'viewer');
    targets[t] = { id: a.id, membershipId: a.membershipId, role: 'viewer', orgIds: [org[t]!] };
  }
  const mixed = await account('mal.mixed@example.se', org.kalix, 'viewer');
  expect(
    (
      await platform.request('POST', '/api/v1/memberships', {
        userId: mixed.id,
        organisationId: org.haparanda,
        role: 'viewer',
      })
    ).statusCode,
  ).toBe(201);
  targets.mixed = {
    id: mixed.id,
    membershipId: mixed.membershipId,
    role: 'viewer',
    orgIds: [org.kalix, org.haparanda],
  };
  const none = await account('mal.none@example.se', org.kalix, 'viewer');
  expect((await platform.request('DELETE', `/api/v1/memberships/${none.membershipId}`)).statusCode).toBe(204);
  targets.none = { id: none.id, membershipId: null, role: 'viewer', orgIds: [] };
  const me = (await platform.request('GET', '/api/v1/auth/session')).json().user;
  targets.platform = { id: me.id, membershipId: me.memberships[0].id, role: 'admin', orgIds: [org.platform] };

  const admin = async (name: string, at: string) => {
    await account(`admin.${name}@example.se`, at, 'admin');
    return signIn(ctx.app, `admin.${name}@example.se`, TEST_PASSWORD);
  };
  const kalixAdmin = await admin('kalix', org.kalix);
  const token = (
    await kalixAdmin.request('POST', '/api/v1/tokens', {
      organisationId: org.kalix,
      role: 'admin',
      name: 'Kalix admin',
    })
  ).json().token;
  const everyoneBut = (...not: Target[]) => TARGETS.filter((t) => !not.includes(t));
  const kalixReach: Target[] = ['kalix', 'partner'];
  Object.assign(actors, {
    platformAdmin: { request: asClient(platform), addTo: org.ifo, manages: everyoneBut('platform'), sees: [] },
    regionAdmin: {
      request: asClient(await admin('region', org.region)),
      addTo: org.region,
      manages: everyoneBut('none', 'platform'),
      sees: [],
    },
    lpoAdmin: {
      request: asClient(await admin('lpo', org.lpo)),
      addTo: org.lpo,
      manages: ['kalix', 'partner', 'haparanda', 'lpo', 'mixed'],
      sees: [],
    },
    kalixAdmin: { request: asClient(kalixAdmin), addTo: org.ifo, manages: kalixReach, sees: ['mixed'] },
    kalixAdminToken: { request: asToken(token), addTo: org.ifo, manages: kalixReach, sees: ['mixed'] },
    partnerAdmin: {
      request: asClient(await admin('partner', org.partner)),
      addTo: org.partner,
      manages: ['partner'],
      sees: [],
    },
    kalixCoordinator: {
      request: asClient(await signIn(ctx.app, DEMO.kalixCoordinator)),
      addTo: org.kalix,
      manages: [],
      sees: ['kalix', 'partner', 'mixed'],
    },
    lpoOfficer: {
      request: asClient(await signIn(ctx.app, DEMO.officer)),
      addTo: org.lpo,
      manages: [],
      sees: ['kalix', 'partner', 'haparanda', 'lpo', 'mixed'],
    },
    lpoLeader: { request: asClient(await signIn(ctx.app, DEMO.lpoChief)), addTo: org.lpo, manages: [], sees: [] },
    kalixPartner: {
      request: asClient(await signIn(ctx.app, DEMO.kalixPartner)),
      addTo: org.partner,
      manages: [],
      sees: [],
    },
  } satisfies Record<string, ActorCase & { request: Request }>);
}, 120_000);
afterAll(async () => ctx.close());

function relation(a: ActorCase, t: Target): Relation {
  return a.manages.includes(t) ? 'manage' : a.sees.includes(t) ? 'see' : 'none';
}

const refused = (r: Relation) => (r === 'see' ? 403 : 404);

/** The platform admin puts back what a successful call changed, so every cell starts from the same accounts. */
async function restore(t: Target): Promise<void> {
  const target = targets[t];
  if (target.membershipId)
    await platform.request('PATCH', `/api/v1/memberships/${target.membershipId}`, { role: target.role });
}

const ACTOR_NAMES = [
  'platformAdmin',
  'regionAdmin',
  'lpoAdmin',
  'kalixAdmin',
  'kalixAdminToken',
  'partnerAdmin',
  'kalixCoordinator',
  'lpoOfficer',
  'lpoLeader',
  'kalixPartner',
] as const;

describe('user management matrix', () => {
  for (const name of ACTOR_NAMES) {
    for (const t of TARGETS) {
      it(`${name} × account in ${t}`, async () => {
        if (name === 'platformAdmin' && t === 'platform') return; // oneself: see the own-password tests below
        const a = actors[name]!;
        const rel = relation(a, t);
        const target = targets[t];
        const user = `/api/v1/users/${target.id}`;

        const read = await a.request('GET', user);
        expect(read.statusCode, 'GET user').toBe(rel === 'none' ? 404 : 200);
        const listed = (await a.request('GET', '/api/v1/users')).json().users as { id: string; manageable: boolean }[];
        expect(listed.find((u) => u.id === target.id)?.manageable, 'listed').toBe(
          rel === 'none' ? undefined : rel === 'manage',
        );

        const rename = await a.request('PATCH', user, { name: `Namn ${name}` });
        expect(rename.statusCode, 'PATCH name').toBe(rel === 'manage' ? 200 : refused(rel));

        const link = await a.request('POST', `${user}/password-link`);
        expect(link.statusCode, 'password link').toBe(rel === 'manage' ? 202 : refused(rel));

        // Nobody sets someone else's password, not even who manages the account.
        const password = await a.request('PATCH', user, { password: 'kapat-konto-123' });
        expect(password.statusCode, 'PATCH password').toBe(rel === 'manage' ? 403 : refused(rel));

        const mayAdd = name.endsWith('Admin') || name === 'kalixAdminToken';
        const add = await a.request('POST', '/api/v1/memberships', {
          userId: target.id,
          organisationId: a.addTo,
          role: 'viewer',
        });
        const already = target.orgIds.includes(a.addTo);
        expect(add.statusCode, 'POST membership').toBe(
          !mayAdd ? 403 : rel === 'manage' ? (already ? 409 : 201) : refused(rel),
        );
        if (add.statusCode === 201)
          expect((await platform.request('DELETE', `/api/v1/memberships/${add.json().id}`)).statusCode).toBe(204);

        if (target.membershipId) {
          const role = await a.request('PATCH', `/api/v1/memberships/${target.membershipId}`, { role: 'leader' });
          expect(role.statusCode, 'PATCH membership').toBe(rel === 'manage' ? 204 : rel === 'see' ? 403 : 404);
          await restore(t);
        }
      });
    }
  }
});

describe('the account takeover of the finding', () => {
  it('a kommun admin can neither pull the platform admin into the kommun nor set its password', async () => {
    const kalixAdmin = actors.kalixAdmin!;
    const add = await kalixAdmin.request('POST', '/api/v1/memberships', {
      userId: targets.platform.id,
      organisationId: org.kalix,
      role: 'viewer',
    });
    expect(add.statusCode).toBe(404);
    const takeover = await kalixAdmin.request('PATCH', `/api/v1/users/${targets.platform.id}`, {
      password: 'kapat-konto-123',
    });
    expect(takeover.statusCode).toBe(404);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO.admin, password: 'kapat-konto-123' },
    });
    expect(login.statusCode).toBe(401);
    await signIn(ctx.app, DEMO.admin, DEMO_PASSWORD);
    const memberships = await ctx.deps.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('user_id', '=', targets.platform.id)
      .execute();
    expect(memberships.map((m) => m.organisation_id)).toEqual([org.platform]);
  });

  it('nor through its API token', async () => {
    const token = actors.kalixAdminToken!;
    expect(
      (
        await token.request('POST', '/api/v1/memberships', {
          userId: targets.platform.id,
          organisationId: org.kalix,
          role: 'admin',
        })
      ).statusCode,
    ).toBe(404);
    expect((await token.request('POST', `/api/v1/users/${targets.platform.id}/password-link`)).statusCode).toBe(404);
  });

  it("an admin manages a password only by sending a link to the account's own address; the old password works until the link is used", async () => {
    const email = 'mal.kalix@example.se';
    const before = ctx.mails.length;
    const res = await actors.kalixAdmin!.request('POST', `/api/v1/users/${targets.kalix.id}/password-link`);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ sentTo: email });
    const mail = ctx.mails.slice(before).find((m) => m.to === email)!;
    expect(mail.subject).toContain('nytt lösenord');
    expect(mail.text).not.toContain(TEST_PASSWORD);
    await signIn(ctx.app, email, TEST_PASSWORD);
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token: lastPasswordLinkToken(ctx, email), password: 'valt-av-personen-1' },
    });
    expect(confirm.statusCode).toBe(204);
    await signIn(ctx.app, email, 'valt-av-personen-1');
    const audit = (await platform.request('GET', '/api/v1/audit?action=user.password_link')).json().entries as {
      entityId: string;
    }[];
    expect(audit.some((e) => e.entityId === targets.kalix.id)).toBe(true);
  });

  it('a kommun admin may make new API tokens only for organisations it manages', async () => {
    const kalixAdmin = actors.kalixAdmin!;
    for (const at of [org.platform, org.haparanda, org.lpo, org.region]) {
      expect(
        (await kalixAdmin.request('POST', '/api/v1/tokens', { organisationId: at, role: 'admin' })).statusCode,
      ).toBe(403);
    }
    expect(
      (await kalixAdmin.request('POST', '/api/v1/tokens', { organisationId: org.partner, role: 'viewer' })).statusCode,
    ).toBe(201);
  });
});

describe('memberships of someone who is also a member elsewhere', () => {
  it('the kommun admin sees the person as a member, cannot change the role, but may take away access to the kommun', async () => {
    const person = await account('delad@example.se', org.kalix, 'coordinator');
    expect(
      (
        await platform.request('POST', '/api/v1/memberships', {
          userId: person.id,
          organisationId: org.haparanda,
          role: 'viewer',
        })
      ).statusCode,
    ).toBe(201);
    const kalixAdmin = actors.kalixAdmin!;
    const seen = (await kalixAdmin.request('GET', '/api/v1/users'))
      .json()
      .users.find((u: { id: string }) => u.id === person.id);
    expect(seen).toMatchObject({
      manageable: false,
      memberships: expect.arrayContaining([expect.objectContaining({ organisationId: org.haparanda })]),
    });
    const promote = await kalixAdmin.request('PATCH', `/api/v1/memberships/${person.membershipId}`, { role: 'admin' });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().message).toContain('också medlem');
    expect((await kalixAdmin.request('DELETE', `/api/v1/memberships/${person.membershipId}`)).statusCode).toBe(204);
    const after = (await platform.request('GET', `/api/v1/users/${person.id}`)).json();
    expect(after.memberships.map((m: { organisationId: string }) => m.organisationId)).toEqual([org.haparanda]);
    expect((await kalixAdmin.request('GET', `/api/v1/users/${person.id}`)).statusCode).toBe(404);
  });
});

describe("one's own password", () => {
  it('is changed with the current one; a wrong current password changes nothing', async () => {
    const email = 'eget@example.se';
    const me = await account(email, org.kalix, 'viewer');
    const session = await signIn(ctx.app, email, TEST_PASSWORD);
    const other = await signIn(ctx.app, email, TEST_PASSWORD);
    const wrong = await session.request('PATCH', `/api/v1/users/${me.id}`, {
      password: 'nytt-eget-losen',
      currentPassword: 'fel-losenord',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('nuvarande lösenordet');
    await signIn(ctx.app, email, TEST_PASSWORD);
    const ok = await session.request('PATCH', `/api/v1/users/${me.id}`, {
      password: 'nytt-eget-losen',
      currentPassword: TEST_PASSWORD,
    });
    expect(ok.statusCode).toBe(200);
    await signIn(ctx.app, email, 'nytt-eget-losen');
    expect((await session.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await other.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('a user created through the API has no password until the person chooses one', async () => {
    const res = await platform.request('POST', '/api/v1/users', {
      email: 'inbjuden@example.se',
      name: 'Inbjuden',
      organisationId: org.kalix,
      role: 'viewer',
    });
    expect(res.json()).toMatchObject({ hasPassword: false, invitationSent: true });
    const row = await ctx.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
  });
});
