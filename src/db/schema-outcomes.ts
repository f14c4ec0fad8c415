/** Table types of the outcomes feature; the Database type in schema.ts extends this. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateCol = ColumnType<string | null, string | null | undefined, string | null>;

export interface OutcomeTables {
  outcome_indicators: {
    id: Generated<string>;
    promise_set_id: string;
    position: number;
    title: string;
    kind: string;
    desired: string;
    definition: JSONColumnType<Record<string, unknown>, string, string>;
    baseline_from: DateCol;
    baseline_to: DateCol;
    problem_category: string | null;
    demo: Generated<boolean>;
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
}
