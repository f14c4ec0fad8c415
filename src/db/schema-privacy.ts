/** Table types of personal-data handling (migration 0028); the Database type in schema.ts extends this. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PrivacyTables {
  /** A kommun's retention and who answers for its personal data; no row means the defaults (domain/privacy/retention.ts). */
  privacy_settings: {
    organisation_id: string;
    survey_text_months: number;
    login_months: number;
    audit_months: number;
    /** Personuppgiftsansvarig, e.g. "Kommunstyrelsen i Kalix kommun"; '' means the kommun's own name with "kommunstyrelsen". */
    controller: ColumnType<string, string | undefined, string>;
    /** How the dataskyddsombud is reached (an address, a phone number); '' when not given. */
    dpo_contact: ColumnType<string, string | undefined, string>;
    updated_at: Timestamp;
  };
}
