import type { Deps } from '../deps.ts';
import { sha256 } from './crypto.ts';
import { deleteRateHits, deleteRateHitsBefore, insertRateHit, rateHits } from './queries.ts';

/**
 * A sliding-window counter kept in the database, so every app process
 * sees the same count. Keys are hashed: no e-mail address or IP address is stored.
 */
export async function hitRateLimit(
  deps: Deps,
  key: string,
  limit: number,
  windowMs: number,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const keyHash = rateKeyHash(key);
  const since = new Date(deps.now().getTime() - windowMs);
  const row = await rateHits(deps.db, keyHash, since);
  if (Number(row.n) >= limit) {
    const first = row.first ? new Date(row.first as unknown as string).getTime() : deps.now().getTime();
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((first + windowMs - deps.now().getTime()) / 1000)),
    };
  }
  await insertRateHit(deps.db, keyHash, deps.now());
  return { allowed: true, retryAfterSeconds: 0 };
}

/** How a key is stored: hashed, so no e-mail or IP address is kept. */
export function rateKeyHash(key: string): string {
  return sha256(`rate:${key}`);
}

export async function clearRateLimit(deps: Deps, key: string): Promise<void> {
  await deleteRateHits(deps.db, rateKeyHash(key));
}

/** Old hits are useless; the daily job drops them so the table stays small. Returns how many went. */
export async function pruneRateLimits(deps: Deps, olderThanMs = 24 * 3600_000): Promise<number> {
  return deleteRateHitsBefore(deps.db, new Date(deps.now().getTime() - olderThanMs));
}
