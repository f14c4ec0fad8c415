/**
 * The daily job's retention pass. A kommun that saved its own periods gets
 * them: survey free text is taken out of answers once its survey closed
 * longer ago than that (ticked answers stay), login records (sessions) of
 * its members and audit entries of what it reaches are deleted when older.
 * Everything else (the other kommuner, LPOs, regions, the platform, people
 * with no kommun) gets the defaults in one pass. A person in two kommuner
 * gets the shorter period, since each pass that reaches them deletes. One
 * audit entry records what the pass removed.
 */
import type { Deps } from '../deps.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit.ts';
import { reachOfMany } from '../admin/organisation-graph.ts';
import { cutoff, DEFAULT_RETENTION, type Retention } from '../../domain/privacy/retention.ts';
import { allSettingsRows, blankSurveyText, deleteAudit, deleteSessions } from './queries.ts';

export interface RetentionResult {
  surveyAnswersBlanked: number;
  sessionsDeleted: number;
  auditEntriesDeleted: number;
}

const JOB = SYSTEM_ACTOR('det dagliga jobbet (lagringstider)');

async function applyOne(
  deps: Deps,
  r: Retention,
  kommuner: { in: string[] } | { notIn: string[] },
  reach: { in: string[] } | { notIn: string[] },
): Promise<RetentionResult> {
  const now = deps.now();
  return {
    surveyAnswersBlanked: await blankSurveyText(deps.db, kommuner, cutoff(now, r.surveyTextMonths)),
    sessionsDeleted: await deleteSessions(deps.db, cutoff(now, r.loginMonths), reach),
    auditEntriesDeleted: await deleteAudit(deps.db, cutoff(now, r.auditMonths), reach),
  };
}

export async function applyRetention(deps: Deps): Promise<RetentionResult> {
  const saved = await allSettingsRows(deps.db);
  const reaches = await reachOfMany(
    deps.db,
    saved.map((s) => s.organisation_id),
    null,
  );
  const total: RetentionResult = { surveyAnswersBlanked: 0, sessionsDeleted: 0, auditEntriesDeleted: 0 };
  const add = (r: RetentionResult) => {
    for (const k of Object.keys(total) as (keyof RetentionResult)[]) total[k] += r[k];
  };
  const customReach = new Set<string>();
  for (const s of saved) {
    const reach = reaches.get(s.organisation_id);
    const orgs = reach === 'all' || !reach ? [s.organisation_id] : [...reach];
    for (const o of orgs) customReach.add(o);
    const periods = {
      surveyTextMonths: s.survey_text_months,
      loginMonths: s.login_months,
      auditMonths: s.audit_months,
    };
    add(await applyOne(deps, periods, { in: [s.organisation_id] }, { in: orgs }));
  }
  const custom = saved.map((s) => s.organisation_id);
  add(await applyOne(deps, DEFAULT_RETENTION, { notIn: custom }, { notIn: [...customReach] }));
  if (total.surveyAnswersBlanked || total.sessionsDeleted || total.auditEntriesDeleted) {
    await writeAudit(deps.db, JOB, {
      action: 'privacy.retention_applied',
      entityType: 'privacy_settings',
      entityId: null,
      organisationId: null,
      after: { ...total },
    });
  }
  return total;
}
