/**
 * EST reports: a reporting organisation (the kommun, the LPO, a housing
 * company or another partner under the kommun) files one report per area
 * and ISO week against the checklist.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import { completeAnswers, EST_CHECKLIST, estLevelLabel, parseIsoWeek } from '../../domain/dialogues/est.ts';
import type { EstReportFilter, EstReportInput, EstReportView } from '../../contracts/est.ts';
import { checkAreaRef, kommunById, resolveArea, resolveKommun, today, type Kommun } from './context.ts';
import { insertFindings, loadFindings } from './store.ts';
import { insertDialogue } from './queries/dialogues.ts';
import {
  areaNameOf,
  estAnswerRows,
  estReportIds,
  estReportRows,
  replaceEstAnswers,
  reportingOrganisation,
  reportOfWeek,
} from './queries/est.ts';

export type { EstReportFilter, EstReportView } from '../../contracts/est.ts';

/** Does the organisation report for the kommun: the kommun itself, an organisation under it, or one covering it (the LPO)? */
async function reportsFor(db: Db, orgId: string, kommunId: string): Promise<{ id: string; name: string } | undefined> {
  return reportingOrganisation(db, orgId, kommunId);
}

/**
 * The organisation the report is filed for: the one asked for, or else the
 * actor's own organisation that reports for the kommun, or else the kommun.
 * A partner (dialogue.write in its own organisation only) may report for
 * the kommun it lies under and for no other.
 */
async function reporterFor(db: Db, actor: Actor, kommunId: string, requested: string | null | undefined) {
  const candidates = requested ? [requested] : [...new Set([...actor.grants.map((g) => g.organisationId), kommunId])];
  for (const orgId of candidates) {
    if (!can(actor, 'dialogue.write', orgId)) continue;
    const org = await reportsFor(db, orgId, kommunId);
    if (org) return org;
  }
  if (requested && can(actor, 'dialogue.write', requested)) {
    throw new AppError(
      'validation_failed',
      'Organisationen rapporterar inte för den här kommunen',
      'The organisation does not report for this kommun',
      { field: 'reporterOrganisationId' },
    );
  }
  throw forbidden();
}

/** A week that has begun (a report tells what was seen), with its Monday. */
export function startedWeek(deps: Deps, value: string): { week: number; monday: string } {
  const week = parseIsoWeek(value)!;
  if (week.monday > today(deps)) {
    throw new AppError(
      'validation_failed',
      `Vecka ${week.week} har inte börjat än`,
      `Week ${week.week} has not started yet`,
      { field: 'week' },
    );
  }
  return week;
}

/** One report per reporter, area and week; `exceptId` is the report being changed. */
export async function assertOnlyReport(
  trx: Db,
  reporter: { id: string; name: string },
  areaId: string,
  week: string,
  exceptId?: string,
): Promise<void> {
  const existing = await reportOfWeek(trx, reporter.id, areaId, week, exceptId);
  if (existing) {
    const n = parseIsoWeek(week)!.week;
    throw new AppError(
      'conflict',
      `${reporter.name} har redan rapporterat för området vecka ${n}; ändra den rapporten i stället`,
      `${reporter.name} has already reported for this area in week ${n}; change that report instead`,
      { reportId: existing.id },
    );
  }
}

export async function fileEstReport(deps: Deps, actor: Actor, input: EstReportInput): Promise<EstReportView> {
  const kommun = await resolveKommun(deps.db, input.kommun);
  const reporter = await reporterFor(deps.db, actor, kommun.id, input.reporterOrganisationId);
  checkAreaRef(input, 'area');
  if (!input.areaId && !input.areaName?.trim()) {
    throw new AppError('validation_failed', 'Ange området rapporten gäller', 'Give the area the report is about', {
      field: 'area',
    });
  }
  const week = startedWeek(deps, input.week);
  const id = await deps.db.transaction().execute(async (trx) => {
    const areaId = (await resolveArea(trx, actor, kommun.id, input, 'area'))!;
    await assertOnlyReport(trx, reporter, areaId, input.week);
    const area = await areaNameOf(trx, areaId);
    const row = {
      id: await insertDialogue(trx, {
        municipality_id: kommun.id,
        kind: 'est',
        title: `EST-rapport ${input.week}, ${area.name}`,
        date: week.monday,
        week: input.week,
        area_id: areaId,
        reporter_organisation_id: reporter.id,
        note: input.note?.trim() || null,
        participants: '{}',
        created_by: actor.label,
      }),
    };
    const answers = completeAnswers(input.answers);
    await replaceEstAnswers(trx, row.id, answers, true);
    await insertFindings(trx, actor, row.id, kommun.id, input.findings);
    await writeAudit(trx, actor, {
      action: 'est_report.create',
      entityType: 'dialogue',
      entityId: row.id,
      organisationId: kommun.id,
      after: {
        week: input.week,
        areaId,
        reporter: reporter.id,
        answers,
        note: input.note ?? null,
        findings: input.findings,
      },
    });
    return row.id;
  });
  return (await loadEstReports(deps.db, [id], today(deps)))[0]!;
}

export async function loadEstReports(db: Db, ids: string[], day: string): Promise<EstReportView[]> {
  if (!ids.length) return [];
  const rows = await estReportRows(db, ids);
  const answers = await estAnswerRows(db, ids);
  const findings = await loadFindings(db, ids, day);
  const kommuner = new Map<string, Kommun>();
  for (const id of new Set(rows.map((r) => r.municipality_id))) kommuner.set(id, await kommunById(db, id));
  return rows.map((r) => {
    const mine = answers.filter((a) => a.report_id === r.id);
    const list = EST_CHECKLIST.map((i) => {
      const a = mine.find((x) => x.item === i.key);
      const level = Number(a?.level ?? 0);
      return { key: i.key, label: i.label, level, levelLabel: estLevelLabel(level), note: a?.note ?? null };
    });
    return {
      id: r.id,
      kommun: kommuner.get(r.municipality_id)!,
      reporter: { id: r.reporter_organisation_id!, name: r.reporter_name },
      week: r.week!,
      weekStart: r.date,
      area: { id: r.area_id!, name: r.area_name },
      answers: list,
      total: list.reduce((s, a) => s + a.level, 0),
      note: r.note,
      findings: findings.get(r.id) ?? [],
      createdBy: r.created_by,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

export async function getEstReport(deps: Deps, actor: Actor, id: string): Promise<EstReportView> {
  const r = (await loadEstReports(deps.db, [id], today(deps)))[0];
  if (!r || !(can(actor, 'dialogue.read', r.kommun.id) || can(actor, 'dialogue.read', r.reporter.id))) {
    throw notFound('EST-rapporten', 'EST report');
  }
  return r;
}

/** Reports the actor can see: all of a kommun it reads, or those its own organisation filed. */
export async function listEstReports(deps: Deps, actor: Actor, filter: EstReportFilter): Promise<EstReportView[]> {
  const reach = reachFor(actor, 'dialogue.read');
  if (reach !== 'all' && !reach.size) return [];
  const kommunId = filter.kommun ? (await resolveKommun(deps.db, filter.kommun)).id : undefined;
  const ids = await estReportIds(deps.db, reach, { kommunId, week: filter.week, areaId: filter.areaId });
  return loadEstReports(deps.db, ids, today(deps));
}
