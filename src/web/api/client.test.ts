import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, query, setCsrfToken } from './client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function stubFetch(response: () => Response): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response();
  });
  return calls;
}

const headersOf = (call: Call) => call.init.headers as Record<string, string>;

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('signed in, a read answered 401 (a preload made before sign-in) is asked again once', async () => {
    let n = 0;
    const calls = stubFetch(() =>
      n++ === 0
        ? new Response(JSON.stringify({ code: 'unauthenticated', message: 'Logga in', messageEn: 'Sign in' }), {
            status: 401,
          })
        : new Response('{"commitments":[]}', { status: 200 }),
    );
    setCsrfToken('csrf-123');
    expect(await api('GET', '/api/v1/my/commitments')).toEqual({ commitments: [] });
    expect(calls).toHaveLength(2);
  });

  it('signed out, a 401 is an answer: not asked again', async () => {
    const calls = stubFetch(
      () =>
        new Response(JSON.stringify({ code: 'unauthenticated', message: 'Logga in', messageEn: 'Sign in' }), {
          status: 401,
        }),
    );
    await expect(api('GET', '/api/v1/auth/session')).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
  });

  it('sends the CSRF token on changes but not on reads', async () => {
    const calls = stubFetch(() => new Response('{"ok":true}', { status: 200 }));
    setCsrfToken('csrf-123');
    await api('GET', '/api/v1/users');
    await api('POST', '/api/v1/users', { name: 'A' });
    expect(headersOf(calls[0]!)['x-csrf-token']).toBeUndefined();
    expect(headersOf(calls[1]!)['x-csrf-token']).toBe('csrf-123');
    expect(calls[1]!.init.credentials).toBe('same-origin');
    expect(calls[1]!.init.body).toBe('{"name":"A"}');
  });

  it('turns an API error body into an ApiError with both languages', async () => {
    stubFetch(
      () =>
        new Response(JSON.stringify({ code: 'invalid_credentials', message: 'Fel', messageEn: 'Wrong' }), {
          status: 401,
        }),
    );
    const error = await api('POST', '/api/v1/auth/login', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_credentials', message: 'Fel', messageEn: 'Wrong' });
  });

  it('explains a response that is not an API error and an unreachable server', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api('GET', '/api/v1/users')).rejects.toMatchObject({ code: 'internal_error', status: 502 });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api('GET', '/api/v1/users')).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });

  it('returns nothing for 204', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    expect(await api('DELETE', '/api/v1/memberships/x')).toBeUndefined();
  });

  it('builds query strings from the values that are set', () => {
    expect(query({ from: '2026-01-01', to: '', action: undefined, limit: 50 })).toBe('?from=2026-01-01&limit=50');
    expect(query({ a: null })).toBe('');
  });
});
