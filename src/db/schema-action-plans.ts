/** Table types of the åtgärdsplan (migration 0024_action_plans). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateCol = ColumnType<string | null, string | null | undefined, string | null>;

export interface ActionPlanTables {
  action_plans: {
    id: Generated<string>;
    municipality_id: string;
    /** The lägesbild it is based on: the kommun's picture of this year. */
    situation_year: number;
    title: string;
    year_from: number;
    year_to: number;
    status: Generated<'draft' | 'decided'>;
    decided_by: string | null;
    decided_on: DateCol;
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
  action_plan_measures: {
    id: Generated<string>;
    plan_id: string;
    category: string;
    position: number;
    text: string | null;
    responsible: string | null;
    partners: JSONColumnType<string[], string, string>;
    starts_on: DateCol;
    ends_on: DateCol;
    when_text: string | null;
    follow_up: string | null;
    commitment_id: string | null;
    created_at: CreatedAt;
  };
}
