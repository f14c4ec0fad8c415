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

export type { EstReportFilter, EstReportView } from '../../contracts/est.ts';

/** Does the organisation report for the kommun: the kommun itself, an organisation under it, or one covering it (the LPO)? */
async function reportsFor(db: Db, orgId: string, kommunId: string): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.id', '=', orgId)
    .where((eb) =>
      eb.or([
        eb('o.id', '=', kommunId),
        eb('o.parent_id', '=', kommunId),
        eb.exists(
          eb
            .selectFrom('organisation_coverage as c')
            .select('c.covered_id')
            .whereRef('c.organisation_id', '=', 'o.id')
            .where('c.covered_id', '=', kommunId),
        ),
      ]),
    )
    .executeTakeFirst();
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
  let q = trx
    .selectFrom('dialogues')
    .select('id')
    .where('kind', '=', 'est')
    .where('reporter_organisation_id', '=', reporter.id)
    .where('area_id', '=', areaId)
    .where('week', '=', week);
  if (exceptId) q = q.where('id', '<>', exceptId);
  const existing = await q.executeTakeFirst();
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
    const area = await trx.selectFrom('areas').select('name').where('id', '=', areaId).executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('dialogues')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const answers = completeAnswers(input.answers);
    await trx
      .insertInto('est_answers')
      .values(answers.map((a) => ({ report_id: row.id, ...a })))
      .execute();
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
  const rows = await db
    .selectFrom('dialogues as d')
    .innerJoin('areas as a', 'a.id', 'd.area_id')
    .innerJoin('organisations as r', 'r.id', 'd.reporter_organisation_id')
    .select([
      'd.id',
      'd.municipality_id',
      'd.week',
      'd.date',
      'd.area_id',
      'a.name as area_name',
      'd.reporter_organisation_id',
      'r.name as reporter_name',
      'd.note',
      'd.created_by',
      'd.created_at',
      'd.updated_at',
    ])
    .where('d.id', 'in', ids)
    .orderBy('d.date', 'desc')
    .orderBy('a.name')
    .orderBy('r.name')
    .execute();
  const answers = await db.selectFrom('est_answers').selectAll().where('report_id', 'in', ids).execute();
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
  let q = deps.db.selectFrom('dialogues as d').select('d.id').where('d.kind', '=', 'est');
  if (reach !== 'all') {
    if (!reach.size) return [];
    q = q.where((eb) =>
      eb.or([eb('d.municipality_id', 'in', [...reach]), eb('d.reporter_organisation_id', 'in', [...reach])]),
    );
  }
  if (filter.kommun) q = q.where('d.municipality_id', '=', (await resolveKommun(deps.db, filter.kommun)).id);
  if (filter.week) q = q.where('d.week', '=', filter.week);
  if (filter.areaId) q = q.where('d.area_id', '=', filter.areaId);
  const ids = await q.orderBy('d.date', 'desc').limit(1000).execute();
  return loadEstReports(
    deps.db,
    ids.map((r) => r.id),
    today(deps),
  );
}
