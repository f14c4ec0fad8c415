/** The public page cache's queries (see cache.ts for when a stored page is served). */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

export interface CacheRow {
  etag: string;
  last_modified: Date | string | null;
  body: string | null;
  content_type: string | null;
  base64: boolean | null;
}

/** The page's current stamp and, when it still matches, the stored body (public_page_lookup, db/sql). */
export async function pageLookup(db: Db, key: string, scopeKind: string, ref: string, salt: string): Promise<CacheRow> {
  const result = await sql<CacheRow>`
    select * from public_page_lookup(${key}, ${scopeKind}, ${ref}, ${salt})`.execute(db);
  return result.rows[0]!;
}

export async function storePage(
  db: Db,
  key: string,
  values: {
    etag: string;
    content_type: string;
    body: string;
    base64: boolean;
    last_modified: Date | null;
    created_at: Date;
  },
): Promise<void> {
  await db
    .insertInto('public_page_cache')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

/** Deletes the stored pages whose key starts with one of the prefixes; returns how many. */
export async function deletePagesByPrefix(db: Db, prefixes: string[]): Promise<number> {
  const like = (p: string) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const result = await db
    .deleteFrom('public_page_cache')
    .where((eb) => eb.or(prefixes.map((p) => eb('key', 'like', like(p)))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
