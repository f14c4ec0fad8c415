/**
 * The one place that reads the environment. Everything else receives the
 * frozen Config object.
 */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Label on the sign-in button, e.g. "Logga in med kommunens konto". */
  label: string;
}

export interface Config {
  port: number;
  host: string;
  /** Folder for the embedded database, or "memory://" for an in-memory one. */
  dataDir: string;
  databaseUrl: string | null;
  publicBaseUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  oidc: OidcConfig | null;
  /** Cookie flags follow the public URL: Secure only when served over https. */
  secureCookies: boolean;
  sessionDays: number;
  logLevel: string;
  /** Daily reminders and weekly digests; every process may run the scheduler, a database lock picks one. */
  jobsEnabled: boolean;
  /** Polisen's event feed (e.g. https://polisen.se/api/events); fetched on a schedule only when set. */
  polisenFeedUrl: string | null;
  polisenFeedIntervalMinutes: number;
  /** Behind a load balancer that sets X-Forwarded-For; off by default, or clients could fake their address to dodge rate limits. */
  trustProxy: boolean;
  /** Responses checked against their contract (tests, CHECK_RESPONSES=true); otherwise plain JSON.stringify. */
  checkResponses: boolean;
  /** `serve`'s log lines: JSON (one object a line), text, or auto (text on a terminal, JSON otherwise). */
  logFormat: 'json' | 'text' | 'auto';
  /** /metrics on the public port asks for `Authorization: Bearer <token>`; without a token it is not served there. */
  metricsToken: string | null;
  /** A second listener with /metrics only, meant for an internal address (METRICS_HOST, default 127.0.0.1). */
  metricsPort: number | null;
  metricsHost: string;
  /** How long a stopping server waits for requests in flight before closing their connections. */
  shutdownTimeoutSeconds: number;
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

function parsePort(raw: string | undefined, fallback: number, name = 'PORT'): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} måste vara ett heltal 0–65535, inte "${raw}" (${name} must be an integer 0–65535)`);
  }
  return port;
}

function parseMinutes(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 24 * 60) {
    throw new ConfigError(`POLISEN_FEED_INTERVAL_MINUTES måste vara 1–1440, inte "${raw}" (must be 1–1440 minutes)`);
  }
  return n;
}

function parseSeconds(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 600) {
    throw new ConfigError(`SHUTDOWN_TIMEOUT_SECONDS måste vara 1–600, inte "${raw}" (must be 1–600 seconds)`);
  }
  return n;
}

function parseLogFormat(raw: string | undefined): Config['logFormat'] {
  if (raw === undefined || raw === '') return 'auto';
  if (raw === 'json' || raw === 'text' || raw === 'auto') return raw;
  throw new ConfigError(`LOG_FORMAT måste vara json, text eller auto, inte "${raw}" (must be json, text or auto)`);
}

function readMetricsToken(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16) {
    throw new ConfigError('METRICS_TOKEN måste ha minst 16 tecken (METRICS_TOKEN must be at least 16 characters)');
  }
  return raw;
}

function readOidc(env: Record<string, string | undefined>): OidcConfig | null {
  const issuer = env.OIDC_ISSUER;
  if (!issuer) return null;
  const clientId = env.OIDC_CLIENT_ID;
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new ConfigError(
      'OIDC_ISSUER kräver OIDC_CLIENT_ID och OIDC_CLIENT_SECRET (OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET)',
    );
  }
  return { issuer, clientId, clientSecret, label: env.OIDC_LABEL || 'Logga in med organisationens konto' };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = parsePort(env.PORT, 3000);
  const host = env.HOST || '127.0.0.1';
  const publicBaseUrl = (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicBaseUrl);
  } catch {
    throw new ConfigError(
      `PUBLIC_BASE_URL är ingen giltig adress: "${publicBaseUrl}" (PUBLIC_BASE_URL is not a valid URL)`,
    );
  }
  return Object.freeze({
    port,
    host,
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || null,
    publicBaseUrl,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Medborgarlöften <noreply@localhost>',
    oidc: readOidc(env),
    secureCookies: publicBaseUrl.startsWith('https://'),
    sessionDays: 14,
    logLevel: env.LOG_LEVEL || 'info',
    jobsEnabled: env.JOBS_ENABLED !== 'false',
    polisenFeedUrl: env.POLISEN_FEED_URL || null,
    polisenFeedIntervalMinutes: parseMinutes(env.POLISEN_FEED_INTERVAL_MINUTES, 15),
    trustProxy: env.TRUST_PROXY === 'true',
    checkResponses: env.CHECK_RESPONSES === 'true',
    logFormat: parseLogFormat(env.LOG_FORMAT),
    metricsToken: readMetricsToken(env.METRICS_TOKEN),
    metricsPort: env.METRICS_PORT ? parsePort(env.METRICS_PORT, 0, 'METRICS_PORT') : null,
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    shutdownTimeoutSeconds: parseSeconds(env.SHUTDOWN_TIMEOUT_SECONDS, 10),
  });
}
