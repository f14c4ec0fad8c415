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
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT måste vara ett heltal 0–65535, inte "${raw}" (PORT must be an integer 0–65535)`);
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
  });
}
