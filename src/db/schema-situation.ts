import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SituationTables {
  situation_pictures: {
    id: Generated<string>;
    municipality_id: string;
    year: number;
    crime_survey: string | null;
    consequences: string | null;
    other_information: string | null;
    analysis: string | null;
    weights: JSONColumnType<Record<string, number>, string, string>;
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
  situation_problems: {
    picture_id: string;
    category: string;
    manual_rank: number | null;
    rank_reason: string | null;
    prioritised: Generated<boolean>;
    cause_type: string | null;
    cause_horizon: string | null;
    cause_text: string | null;
    focus_area_ids: JSONColumnType<string[], string, string>;
    commitment_ids: JSONColumnType<string[], string, string>;
  };
  police_notes: {
    id: Generated<string>;
    municipality_id: string;
    year: number;
    category: string;
    seriousness: number;
    text: string;
    created_by: string;
    created_at: CreatedAt;
  };
}
