/** Table types of staff-written content in other languages (migration 0032); the Database type in schema.ts extends this. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TranslationTables {
  /** One text of a promise set or follow-up in one language beside the Swedish; `source` is the Swedish it translates. */
  content_translations: {
    subject: 'promise_set' | 'follow_up';
    subject_id: string;
    item: string;
    lang: 'fi' | 'fit' | 'en';
    text: string;
    source: string;
    updated_at: Timestamp;
  };
}
