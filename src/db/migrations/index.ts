import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_promises.ts';
import * as m0003 from './0003_activities.ts';
import * as m0004 from './0004_activity_pieces.ts';
import * as m0005 from './0005_statistics.ts';
import * as m0006 from './0006_surveys.ts';
import * as m0007 from './0007_dialogues.ts';
import * as m0008 from './0008_followups.ts';
import * as m0009 from './0009_public.ts';
import * as m0010 from './0010_situation.ts';
import * as m0011 from './0011_progress_cache.ts';
import * as m0012 from './0012_change_versions.ts';
import * as m0013 from './0013_log_activity.ts';
import * as m0014 from './0014_submit_survey_answer.ts';
import * as m0015 from './0015_areas.ts';
import * as m0016 from './0016_progress_versions_per_commitment.ts';
import * as m0017 from './0017_access_change_notify.ts';
import * as m0018 from './0018_audit_log_indexes.ts';
import * as m0019 from './0019_survey_answer_batches.ts';
import * as m0020 from './0020_idempotency_keys.ts';
import * as m0021 from './0021_activity_piece_function.ts';
import * as m0022 from './0022_domain_events.ts';
import * as m0023 from './0023_outside_surveys.ts';
import * as m0024 from './0024_action_plans.ts';
import * as m0025 from './0025_outcome_indicators.ts';
import * as m0026 from './0026_statistics_regions_markers.ts';
import * as m0027 from './0027_survey_answer_counts.ts';
import * as m0028 from './0028_privacy.ts';
import * as m0029 from './0029_survey_answer_intake.ts';
import * as m0030 from './0030_survey_response_order.ts';
import * as m0031 from './0031_public_languages.ts';
import * as m0032 from './0032_content_translations.ts';
import * as m0033 from './0033_survey_answer_groups.ts';
import * as m0034 from './0034_public_page_versions.ts';

/** Every migration, in order. A new one is a new file plus a line here. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_promises': m0002,
  '0003_activities': m0003,
  '0004_activity_pieces': m0004,
  '0005_statistics': m0005,
  '0006_surveys': m0006,
  '0007_dialogues': m0007,
  '0008_followups': m0008,
  '0009_public': m0009,
  '0010_situation': m0010,
  '0011_progress_cache': m0011,
  '0012_change_versions': m0012,
  '0013_log_activity': m0013,
  '0014_submit_survey_answer': m0014,
  '0015_areas': m0015,
  '0016_progress_versions_per_commitment': m0016,
  '0017_access_change_notify': m0017,
  '0018_audit_log_indexes': m0018,
  '0019_survey_answer_batches': m0019,
  '0020_idempotency_keys': m0020,
  '0021_activity_piece_function': m0021,
  '0022_domain_events': m0022,
  '0023_outside_surveys': m0023,
  '0024_action_plans': m0024,
  '0025_outcome_indicators': m0025,
  '0026_statistics_regions_markers': m0026,
  '0027_survey_answer_counts': m0027,
  '0028_privacy': m0028,
  '0029_survey_answer_intake': m0029,
  '0030_survey_response_order': m0030,
  '0031_public_languages': m0031,
  '0032_content_translations': m0032,
  '0033_survey_answer_groups': m0033,
  '0034_public_page_versions': m0034,
};
