/**
 * The daily job's retention pass: per kommun, with its settings or the
 * defaults, survey free text is taken out of answers once the survey closed
 * longer ago than the kommun keeps it (ticked answers stay), login records
 * (sessions) of its members and audit entries of what it reaches are
 * deleted when older than its periods. Whatever belongs to no kommun (an
 * LPO, a region, the platform, a person with no kommun membership) keeps the
 * defaults. A person in several kommuner: the shortest period wins, since
 * each kommun's pass deletes. One audit entry records what the pass removed.
 */
import type { Deps } from '../deps.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit.ts';
import { reachOfMany } from '../admin/organisation-graph.ts';
import { cutoff, DEFAULT_RETENTION } from '../../domain/privacy/retention.ts';
import { settingsOf } from './settings.ts';
import { blankSurveyText, deleteAudit, deleteSessions, municipalityIds } from './queries.ts';

export interface RetentionResult {
  surveyAnswersBlanked: number;
  sessionsDeleted: number;
  auditEntriesDeleted: number;
}

const JOB = SYSTEM_ACTOR('det dagliga jobbet (lagringstider)');

export async function applyRetention(deps: Deps): Promise<RetentionResult> {
  const now = deps.now();
  const kommuner = (await municipalityIds(deps.db)).map((r) => r.id);
  const reaches = await reachOfMany(deps.db, kommuner, null);
  const result: RetentionResult = { surveyAnswersBlanked: 0, sessionsDeleted: 0, auditEntriesDeleted: 0 };
  const everyKommunReach = new Set<string>();
  for (const id of kommuner) {
    const s = await settingsOf(deps.db, id);
    const reach = reaches.get(id);
    const orgs = reach === 'all' || !reach ? [id] : [...reach];
    for (const o of orgs) everyKommunReach.add(o);
    result.surveyAnswersBlanked += await blankSurveyText(deps.db, id, cutoff(now, s.surveyTextMonths));
    result.sessionsDeleted += await deleteSessions(deps.db, cutoff(now, s.loginMonths), { in: orgs });
    result.auditEntriesDeleted += await deleteAudit(deps.db, cutoff(now, s.auditMonths), { in: orgs });
  }
  const rest = [...everyKommunReach];
  result.sessionsDeleted += await deleteSessions(deps.db, cutoff(now, DEFAULT_RETENTION.loginMonths), {
    notIn: rest,
  });
  result.auditEntriesDeleted += await deleteAudit(deps.db, cutoff(now, DEFAULT_RETENTION.auditMonths), {
    notIn: rest,
  });
  if (result.surveyAnswersBlanked || result.sessionsDeleted || result.auditEntriesDeleted) {
    await writeAudit(deps.db, JOB, {
      action: 'privacy.retention_applied',
      entityType: 'privacy_settings',
      entityId: null,
      organisationId: null,
      after: { ...result },
    });
  }
  return result;
}
