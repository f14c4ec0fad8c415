/**
 * OIDC sign-in against a real OpenID provider (oidc-provider) on 127.0.0.1,
 * driven like a browser: plain fetch, manual redirects, a cookie jar.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- oidc-provider ships no type declarations
import Provider from 'oidc-provider';
import { DEMO, startTestApp, type TestContext } from './helpers.ts';

const CLIENT = { id: 'medborgarlofte', secret: 'test-client-secret-that-is-long-enough' };

/** What the provider knows about people: claims as a kommun directory would hold them. */
const ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string }> = {
  // Upper case on purpose: addresses must match regardless of case.
  'kalix-sso': { email: 'Samordnare.Kalix@demo.medborgarlofte.se', email_verified: true, name: 'Karin Lind' },
  stranger: { email: 'okand.person@kommun.example.se', email_verified: true, name: 'Okänd Person' },
  unverified: { email: DEMO.officer, email_verified: false, name: 'Ej verifierad' },
  'haparanda-sso': { email: DEMO.haparandaCoordinator, email_verified: true, name: 'Matti Niemi' },
};

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function startProvider(appBase: string): Promise<{ issuer: string; server: Server }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${appBase}/api/v1/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['provider-cookie-key-for-tests'] },
    // Explicit lifetimes keep the provider from printing a notice for each default it falls back to.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = ACCOUNTS[id];
      return account ? { accountId: id, claims: async () => ({ sub: id, ...account }) } : undefined;
    },
  });
  const server = createHttpServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { issuer, server };
}

interface Cookie {
  name: string;
  value: string;
  path: string;
}

/** Enough of a browser: cookies per origin and path, no automatic redirects. */
class Browser {
  private jar = new Map<string, Cookie[]>();

  setCookie(origin: string, cookie: Cookie): void {
    const list = (this.jar.get(origin) ?? []).filter((c) => c.name !== cookie.name || c.path !== cookie.path);
    this.jar.set(origin, [...list, cookie]);
  }

  private remember(origin: string, header: string): void {
    const [pair = '', ...attributes] = header.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
    const path = attr('path') ?? '/';
    const expires = attr('expires');
    const maxAge = attr('max-age');
    const gone =
      value === '' ||
      (maxAge !== undefined && Number(maxAge) <= 0) ||
      (expires !== undefined && new Date(expires).getTime() < Date.now());
    const kept = (this.jar.get(origin) ?? []).filter((c) => c.name !== name || c.path !== path);
    this.jar.set(origin, gone ? kept : [...kept, { name, value, path }]);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.find((c) => c.name === name)?.value;
  }

  async request(url: string, form?: Record<string, string>): Promise<Response> {
    const target = new URL(url);
    const cookies = (this.jar.get(target.origin) ?? []).filter((c) => target.pathname.startsWith(c.path));
    const headers: Record<string, string> = {};
    if (cookies.length) headers.cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(target, {
      method: form ? 'POST' : 'GET',
      headers,
      redirect: 'manual',
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const line of res.headers.getSetCookie()) this.remember(target.origin, line);
    return res;
  }
}

describe('OIDC sign-in with a real provider', () => {
  let ctx: TestContext;
  let provider: { issuer: string; server: Server };
  let appBase: string;

  beforeAll(async () => {
    const appPort = await freePort();
    appBase = `http://127.0.0.1:${appPort}`;
    provider = await startProvider(appBase);
    ctx = await startTestApp({
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_CLIENT_SECRET: CLIENT.secret,
        PUBLIC_BASE_URL: appBase,
      },
    });
    await ctx.app.listen({ port: appPort, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await ctx?.close();
    provider?.server.closeAllConnections();
    await new Promise((resolve) => provider?.server.close(resolve));
  });

  /** Starts at the app, signs in at the provider as `accountId`, consents, and stops before the app's callback. */
  async function untilCallback(
    browser: Browser,
    accountId: string,
    returnTo = '/app/loften',
    options: { cancel?: boolean } = {},
  ): Promise<string> {
    let url = `${appBase}/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
    let res = await browser.request(url);
    for (let step = 0; step < 20; step++) {
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location') ?? '', url).href;
        if (url.startsWith(`${appBase}/api/v1/auth/oidc/callback`)) return url;
        if (url.startsWith(appBase)) throw new Error(`sent back to the app without a code: ${url}`);
        res = await browser.request(url);
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (res.status !== 200 || !action || !prompt)
        throw new Error(`unexpected page ${res.status} at ${url}: ${html.slice(0, 300)}`);
      const cancel = /<a href="([^"]+)">\[ Cancel \]<\/a>/.exec(html)?.[1];
      if (options.cancel && cancel) {
        url = new URL(cancel, url).href;
        res = await browser.request(url);
        continue;
      }
      const form: Record<string, string> =
        prompt === 'login' ? { prompt, login: accountId, password: 'vad-som-helst' } : { prompt };
      url = new URL(action, url).href;
      res = await browser.request(url, form);
    }
    throw new Error('too many steps at the provider');
  }

  async function finish(browser: Browser, callbackUrl: string): Promise<{ location: string; newSession: boolean }> {
    const res = await browser.request(callbackUrl);
    expect(res.status).toBe(302);
    const newSession = res.headers
      .getSetCookie()
      .some((c) => c.startsWith('lofte_session=') && !c.startsWith('lofte_session=;'));
    return { location: res.headers.get('location') ?? '', newSession };
  }

  async function signedInAs(browser: Browser): Promise<string | null> {
    const res = await browser.request(`${appBase}/api/v1/auth/session`);
    if (res.status === 401) return null;
    expect(res.status).toBe(200);
    return ((await res.json()) as { user: { email: string } }).user.email;
  }

  it('signs a known person in by verified e-mail, links the account, and later recognises them by subject alone', async () => {
    const first = new Browser();
    const done = await finish(first, await untilCallback(first, 'kalix-sso', '/app/loften'));
    expect(done).toEqual({ location: '/app/loften', newSession: true });
    expect(await signedInAs(first)).toBe(DEMO.kalixCoordinator);

    const linked = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('action', '=', 'user.oidc_login_linked')
      .execute();
    expect(linked).toHaveLength(1);

    // The address changes here, so only the stored subject can find the account now.
    await ctx.deps.db
      .updateTable('users')
      .set({ email: 'karin.lind@kalix.example.se' })
      .where('email', '=', DEMO.kalixCoordinator)
      .execute();
    const second = new Browser();
    const again = await finish(second, await untilCallback(second, 'kalix-sso', 'https://evil.example/app/'));
    expect(again).toEqual({ location: '/app/', newSession: true });
    expect(await signedInAs(second)).toBe('karin.lind@kalix.example.se');
    expect(
      await ctx.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'user.oidc_login_linked').execute(),
    ).toHaveLength(1);
  });

  it('creates no account for an unknown person and sends them back to the sign-in page', async () => {
    const usersBefore = await ctx.deps.db.selectFrom('users').select('id').execute();
    const browser = new Browser();
    const done = await finish(browser, await untilCallback(browser, 'stranger'));
    expect(done).toEqual({ location: '/app/logga-in?fel=oidc_unknown_user', newSession: false });
    expect(await signedInAs(browser)).toBeNull();
    expect(await ctx.deps.db.selectFrom('users').select('id').execute()).toHaveLength(usersBefore.length);
  });

  it('does not trust an e-mail the provider marks as unverified', async () => {
    const browser = new Browser();
    const done = await finish(browser, await untilCallback(browser, 'unverified'));
    expect(done).toEqual({ location: '/app/logga-in?fel=oidc_unknown_user', newSession: false });
    expect(await signedInAs(browser)).toBeNull();
  });

  it('refuses a disabled account', async () => {
    await ctx.deps.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('email', '=', DEMO.haparandaCoordinator)
      .execute();
    const browser = new Browser();
    const done = await finish(browser, await untilCallback(browser, 'haparanda-sso'));
    expect(done).toEqual({ location: '/app/logga-in?fel=oidc_account_disabled', newSession: false });
    expect(await signedInAs(browser)).toBeNull();
    const row = await ctx.deps.db
      .selectFrom('users')
      .select('oidc_subject')
      .where('email', '=', DEMO.haparandaCoordinator)
      .executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBeNull();
  });

  it('sends a person who cancels at the provider back to the sign-in page', async () => {
    const browser = new Browser();
    const callback = await untilCallback(browser, 'kalix-sso', '/app/', { cancel: true });
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    expect(await finish(browser, callback)).toEqual({
      location: '/app/logga-in?fel=oidc_cancelled',
      newSession: false,
    });
    expect(await signedInAs(browser)).toBeNull();
  });

  it('refuses a replayed callback, even with the state cookie put back', async () => {
    const browser = new Browser();
    const callback = await untilCallback(browser, 'kalix-sso');
    expect((await finish(browser, callback)).newSession).toBe(true);
    const state = new URL(callback).searchParams.get('state') ?? '';
    // The provider would also refuse the used code; the state itself must be gone too.
    expect(await ctx.deps.db.selectFrom('oidc_states').select('state').where('state', '=', state).execute()).toEqual(
      [],
    );
    const replayer = new Browser();
    replayer.setCookie(appBase, { name: 'lofte_oidc_state', value: state, path: '/api/v1/auth/oidc' });
    expect(await finish(replayer, callback)).toEqual({ location: '/app/logga-in?fel=oidc_failed', newSession: false });
    expect(await signedInAs(replayer)).toBeNull();
  });

  it('refuses a forged state', async () => {
    const browser = new Browser();
    browser.setCookie(appBase, { name: 'lofte_oidc_state', value: 'forged', path: '/api/v1/auth/oidc' });
    const done = await finish(browser, `${appBase}/api/v1/auth/oidc/callback?code=made-up&state=forged`);
    expect(done).toEqual({ location: '/app/logga-in?fel=oidc_failed', newSession: false });
    expect(await signedInAs(browser)).toBeNull();
  });

  it('refuses a callback link opened in another browser, and the right browser can still finish', async () => {
    const victim = new Browser();
    const owner = new Browser();
    const callback = await untilCallback(owner, 'kalix-sso');
    expect(await finish(victim, callback)).toEqual({ location: '/app/logga-in?fel=oidc_failed', newSession: false });
    expect(await signedInAs(victim)).toBeNull();
    expect((await finish(owner, callback)).newSession).toBe(true);
    expect(await signedInAs(owner)).toBe('karin.lind@kalix.example.se');
  });

  it('refuses a sign-in that was left for more than ten minutes', async () => {
    const browser = new Browser();
    const callback = await untilCallback(browser, 'kalix-sso');
    const state = new URL(callback).searchParams.get('state') ?? '';
    // Rows are never updated by the app, so the schema forbids it: age this one by putting it back older.
    const row = await ctx.deps.db
      .deleteFrom('oidc_states')
      .where('state', '=', state)
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('oidc_states')
      .values({ ...row, created_at: new Date(Date.now() - 11 * 60_000) })
      .execute();
    expect(await finish(browser, callback)).toEqual({ location: '/app/logga-in?fel=oidc_failed', newSession: false });
    expect(await signedInAs(browser)).toBeNull();
  });

  it('offers the OIDC button on the sign-in options', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/options' });
    expect(res.json().oidc).toMatchObject({ url: '/api/v1/auth/oidc/login' });
  });
});

describe('OIDC when it is not configured', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ demo: false });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('answers 404 oidc_not_configured on both routes', async () => {
    for (const url of ['/api/v1/auth/oidc/login?returnTo=/app/', '/api/v1/auth/oidc/callback?code=x&state=y']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'oidc_not_configured' });
      expect(res.json().message).toMatch(/inte konfigurerad/);
      expect(res.json().messageEn).toMatch(/not configured/);
    }
  });
});

describe('OIDC when the provider cannot be reached', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    const nobody = await freePort();
    ctx = await startTestApp({
      demo: false,
      env: {
        OIDC_ISSUER: `http://127.0.0.1:${nobody}`,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_CLIENT_SECRET: CLIENT.secret,
      },
    });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('sends the person back to the sign-in page instead of showing an error document', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login?returnTo=/app/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/app/logga-in?fel=oidc_failed');
  });
});
