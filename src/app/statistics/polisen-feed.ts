/**
 * Polisen's feed holds only its latest 500 events, so a kommun that wants
 * history keeps them: the server may fetch the feed on a schedule (when the
 * configuration gives a feed URL) and store new events, deduplicated by id.
 * A database lock lets one app process fetch per interval.
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { SYSTEM_ACTOR } from '../audit.ts';
import { tryLock } from '../jobs/lock.ts';
import { AppError } from '../../domain/errors.ts';
import { parsePolisenEvents } from '../../domain/statistics/polisen.ts';
import type { ParseResult } from '../../domain/statistics/types.ts';
import type { PoliceEvent } from '../../domain/statistics/polisen.ts';
import { savePoliceEvents, type ImportResult } from './import.ts';

export type FetchImpl = (url: string, init?: RequestInit) => Promise<Response>;

const JOB = 'polisen-feed';
const HOLDER = `${process.pid}-${randomUUID()}`;
const TIMEOUT_MS = 30_000;

function feedError(sv: string, en: string): AppError {
  return new AppError('bad_request', `Polisens händelseflöde: ${sv}`, `Polisen's event feed: ${en}`);
}

/** Fetches the feed and parses it; throws when the answer is not a JSON list of events. */
export async function fetchPolisenEvents(url: string, fetchImpl: FetchImpl = fetch): Promise<ParseResult<PoliceEvent>> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      headers: { accept: 'application/json', 'user-agent': 'medborgarlofte (lofte)' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw feedError(
      `kunde inte hämtas (${(err as Error).message})`,
      `could not be fetched (${(err as Error).message})`,
    );
  }
  if (!res.ok) throw feedError(`svarade HTTP ${res.status}`, `answered HTTP ${res.status}`);
  const parsed = parsePolisenEvents(await res.text());
  const fatal = parsed.unreadable ? parsed.problems[0] : undefined;
  if (fatal) throw feedError(fatal.message, fatal.messageEn);
  return parsed;
}

/**
 * One fetch and store. Unlike a file someone uploads, a malformed event in
 * the live feed is left out (and counted) rather than blocking the rest:
 * nobody can correct Polisen's feed and history would be lost meanwhile.
 */
export async function runPolisenFetch(
  deps: Deps,
  options: { url: string; fetchImpl?: FetchImpl },
): Promise<ImportResult & { rejected: number }> {
  const parsed = await fetchPolisenEvents(options.url, options.fetchImpl);
  const result = await savePoliceEvents(deps, SYSTEM_ACTOR('Polisens händelseflöde'), parsed.rows, parsed.skipped);
  return { ...result, rejected: new Set(parsed.problems.map((p) => p.line)).size };
}

export interface PolisenScheduleOptions {
  url: string;
  intervalMs: number;
  fetchImpl?: FetchImpl;
  log?: (line: string) => void;
  /** Delay before the first fetch (5 s by default). */
  firstDelayMs?: number;
  /** Who holds the lock; one id per process unless a test needs two "processes". */
  holder?: string;
  /** How each turn went, for /metrics. */
  onRun?: (outcome: 'ran' | 'skipped' | 'failed') => void;
}

/** Fetches every `intervalMs` in whichever process holds the lock. Returns a stop function. */
export function startPolisenSchedule(deps: Deps, options: PolisenScheduleOptions): () => void {
  const log = options.log ?? (() => {});
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // The lock is left to expire, not released: other processes skip until the next interval.
      const ttl = Math.floor(options.intervalMs * 0.9);
      if (!(await tryLock(deps.db, JOB, options.holder ?? HOLDER, ttl, deps.now()))) return options.onRun?.('skipped');
      const r = await runPolisenFetch(deps, { url: options.url, fetchImpl: options.fetchImpl });
      options.onRun?.('ran');
      log(
        `Polisens händelser hämtade: ${r.imported} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade, ${r.rejected} felaktiga.`,
      );
    } catch (err) {
      options.onRun?.('failed');
      log(`Hämtningen av Polisens händelser misslyckades: ${(err as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  const first = setTimeout(() => void tick(), options.firstDelayMs ?? 5_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
