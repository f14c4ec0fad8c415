/**
 * Aktiviteter: logging activities (one, batch, CSV), their pieces,
 * progress and planning. Its migrations include the progress cache and
 * counters and the Idempotency-Key store of activity intake.
 */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { activityRoutes } from './routes.ts';

export const activitiesFeature: ServerFeature = {
  name: 'activities',
  routes: [activityRoutes],
  actions: actionsOn('activity'),
  migrations: [
    '0003_activities',
    '0004_activity_pieces',
    '0011_progress_cache',
    '0012_change_versions',
    '0013_log_activity',
    '0016_progress_versions_per_commitment',
    '0020_idempotency_keys',
    '0021_activity_piece_function',
  ],
};
