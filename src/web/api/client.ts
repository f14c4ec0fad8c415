/**
 * The one way the app talks to the API: same-origin JSON with the session
 * cookie, and the session's CSRF token on every request that changes something.
 */

export interface ApiErrorBody {
  code: string;
  message: string;
  messageEn: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.messageEn = body.messageEn;
    this.details = body.details;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token that came with the session (login or GET /auth/session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function fallbackError(status: number): ApiErrorBody {
  return {
    code: status >= 500 ? 'internal_error' : 'bad_request',
    message: `Servern svarade med ett fel (${status}). Försök igen.`,
    messageEn: `The server answered with an error (${status}). Please try again.`,
  };
}

const NETWORK_ERROR: ApiErrorBody = {
  code: 'network_error',
  message: 'Kunde inte nå servern. Kontrollera uppkopplingen och försök igen.',
  messageEn: 'Could not reach the server. Check the connection and try again.',
};

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'messageEn' in value;
}

async function send<T>(
  method: string,
  path: string,
  body: BodyInit | undefined,
  contentType: string | undefined,
  extra: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body });
    // A read the page preloaded before sign-in (index.html, spa.ts) can still hold that 401:
    // signed in now, the browser hands it over once; asking again goes to the server.
    if (res.status === 401 && method === 'GET' && csrfToken) {
      res = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-store' });
    }
  } catch {
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) throw new ApiError(res.status, isErrorBody(json) ? json : fallbackError(res.status));
  return json as T;
}

/** `headers` adds request headers, e.g. an Idempotency-Key (see idempotency.ts). */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  if (body === undefined) return send<T>(method, path, undefined, undefined, headers);
  return send<T>(method, path, JSON.stringify(body), 'application/json', headers);
}

/**
 * A request whose body is not JSON: a file upload (FormData; the browser
 * sets the multipart boundary) or plain text such as CSV.
 */
export async function apiRaw<T>(
  method: string,
  path: string,
  body: FormData | string,
  contentType?: string,
  headers?: Record<string, string>,
): Promise<T> {
  return send<T>(
    method,
    path,
    body,
    typeof body === 'string' ? (contentType ?? 'text/plain; charset=utf-8') : undefined,
    headers,
  );
}

/** Builds a query string from the values that are set. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
