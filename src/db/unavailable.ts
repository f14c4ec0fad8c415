/**
 * Is this error the database being out of reach (down, restarting, refusing
 * connections, the connection cut), rather than a fault in a query? Those
 * answer 503 with Retry-After: the request may well succeed in a moment.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);
/** PostgreSQL SQLSTATEs: server shutting down or starting, too many connections. Class 08 is checked by prefix. */
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection is closed|client has encountered a connection error|server closed the connection/i;

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (
    typeof e.code === 'string' &&
    (NETWORK_CODES.has(e.code) || SERVER_STATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))
  )
    return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
