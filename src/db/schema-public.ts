/** Table types of the public side (page cache, e-mail subscriptions); the Database type in schema.ts extends this. */
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface PublicPageCacheTable {
  /** Path and language, e.g. "/kommun/kalix?lang=sv". */
  key: string;
  etag: string;
  content_type: string;
  /** The page; base64 when `base64` is set (PNG cards). */
  body: string;
  base64: Generated<boolean>;
  last_modified: NullableTimestamp;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PublicSubscriptionsTable {
  id: Generated<string>;
  municipality_id: string;
  email: string;
  locale: Generated<string>;
  confirm_token_hash: string | null;
  confirm_sent_at: NullableTimestamp;
  confirmed_at: NullableTimestamp;
  unsubscribe_token: string;
  unsubscribed_at: NullableTimestamp;
  created_at: CreatedAt;
}

/** A kommun's choice to show or hide the language switch on its public pages (no row: its area's default). */
export interface PublicLanguageSettingsTable {
  organisation_id: string;
  switch_on: boolean;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/**
 * A kommun's public page version (migration 0034): raised whenever something its public pages show
 * changes outside the stamp's other sources (statistics, outcome indicators, translations, the switch).
 */
export interface PublicPageVersionsTable {
  organisation_id: string;
  version: Generated<string>;
  changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PublicTables {
  public_page_cache: PublicPageCacheTable;
  public_subscriptions: PublicSubscriptionsTable;
  public_language_settings: PublicLanguageSettingsTable;
  public_page_versions: PublicPageVersionsTable;
}
