/**
 * Correcting and deleting an EST report. Allowed to its reporting
 * organisation and to those who write the kommun's dialogues (the
 * coordinators who merge the reports); out of sight is 404. Nothing builds
 * on a single report (the weekly picture, the summary and the lägesbild are
 * computed from the reports), so deleting is never refused; the audit log
 * keeps what was deleted.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { completeAnswers, type EstReportUpdate } from '../../domain/dialogues/est.ts';
import { checkAreaRef, resolveArea, today } from './context.ts';
import { assertOnlyReport, loadEstReports, startedWeek, type EstReportView } from './est.ts';
import { applyFindingsEdit, findingsForAudit } from './findings-edit.ts';
import { deleteDialogueRow, updateDialogueRow } from './queries/dialogues.ts';
import { areaNameOf, estReportHead, lockedEstPlace, replaceEstAnswers } from './queries/est.ts';

async function estRowForChange(deps: Deps, actor: Actor, id: string) {
  const row = await estReportHead(deps.db, id);
  const reporter = row?.reporter_organisation_id ?? '';
  if (!row || !(can(actor, 'dialogue.read', row.municipality_id) || can(actor, 'dialogue.read', reporter))) {
    throw notFound('EST-rapporten', 'EST report');
  }
  if (!can(actor, 'dialogue.write', reporter) && !can(actor, 'dialogue.write', row.municipality_id)) throw forbidden();
  return { ...row, reporter: { id: reporter, name: row.reporter_name }, areaId: row.area_id!, week: row.week! };
}

/** The report as the audit log records it before and after a change. */
async function snapshot(db: Db, id: string, day: string): Promise<Record<string, unknown>> {
  const r = (await loadEstReports(db, [id], day))[0]!;
  return {
    week: r.week,
    area: r.area,
    reporter: r.reporter,
    note: r.note,
    answers: r.answers.map((a) => ({ item: a.key, level: a.level, note: a.note })),
    findings: await findingsForAudit(db, id),
  };
}

/** Replaces the answers and the note; moves the report to another week or area, and edits its findings, when those are sent. */
export async function updateEstReport(
  deps: Deps,
  actor: Actor,
  id: string,
  input: EstReportUpdate,
): Promise<EstReportView> {
  const row = await estRowForChange(deps, actor, id);
  const areaChanged = input.areaId !== undefined || input.areaName !== undefined;
  checkAreaRef(input, 'area');
  if (areaChanged && !input.areaId && !input.areaName?.trim()) {
    throw new AppError('validation_failed', 'Ange området rapporten gäller', 'Give the area the report is about', {
      field: 'area',
    });
  }
  if (input.week) startedWeek(deps, input.week);
  await deps.db.transaction().execute(async (trx) => {
    // Week and area not sent are kept as they stand under the row lock, not as first read: a move made meanwhile stays.
    const now = await lockedEstPlace(trx, id);
    if (!now) throw notFound('EST-rapporten', 'EST report');
    const before = await snapshot(trx, id, today(deps));
    const week = input.week ?? now.week!;
    const monday = startedWeek(deps, week).monday;
    const areaId = areaChanged ? (await resolveArea(trx, actor, row.municipality_id, input, 'area'))! : now.area_id!;
    if (areaId !== now.area_id || week !== now.week) await assertOnlyReport(trx, row.reporter, areaId, week, id);
    const area = await areaNameOf(trx, areaId);
    await replaceEstAnswers(trx, id, completeAnswers(input.answers), false);
    await updateDialogueRow(trx, id, {
      note: input.note?.trim() || null,
      week,
      date: monday,
      area_id: areaId,
      title: `EST-rapport ${week}, ${area.name}`,
      updated_at: deps.now(),
    });
    if (input.findings) await applyFindingsEdit(trx, actor, id, row.municipality_id, input.findings, deps.now());
    await writeAudit(trx, actor, {
      action: 'est_report.update',
      entityType: 'dialogue',
      entityId: id,
      organisationId: row.municipality_id,
      before,
      after: await snapshot(trx, id, today(deps)),
    });
  });
  return (await loadEstReports(deps.db, [id], today(deps)))[0]!;
}

export async function deleteEstReport(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await estRowForChange(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    const before = await snapshot(trx, id, today(deps));
    await deleteDialogueRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'est_report.delete',
      entityType: 'dialogue',
      entityId: id,
      organisationId: row.municipality_id,
      before,
      after: null,
    });
  });
}
