/**
 * Merging a duplicate area ("centrum", "Kalix centrum") into the one to
 * keep: every reference moves to the kept area (activities, dialogues,
 * walks, EST reports, findings, survey answers and the surveys' area
 * question) and the duplicate is removed, in one transaction with one
 * audit entry. Promise documents name places as text and are not
 * rewritten: they are signed, versioned documents.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import type { AreaUsage } from '../../domain/areas/areas.ts';
import { mergeAreaOption } from '../../domain/areas/survey-options.ts';
import { areaOf, kommunFor, type AreaRow, type Kommun } from './access.ts';
import { usageOf } from './usage.ts';
import { changeSurveyAreaOptions, followTitles } from './follow.ts';
import { deleteAreaRow, estReportClashes, moveAreaReferences, moveSurveyAnswers } from './queries.ts';
import { viewOf } from './areas.ts';
import type { MergeResult } from '../../contracts/areas.ts';

const intoProblem = (sv: string, en: string) => new AppError('validation_failed', sv, en, { field: 'intoId' });

/** Both rows locked, in id order so two opposite merges cannot deadlock; a kept area outside the kommun is bad input. */
async function lockPair(
  trx: Db,
  kommun: Kommun,
  id: string,
  intoId: string,
): Promise<{ duplicate: AreaRow; kept: AreaRow }> {
  const lockKept = () =>
    areaOf(trx, kommun, intoId, true).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found') {
        throw intoProblem(
          'Området att behålla finns inte i kommunen',
          'The area to keep does not belong to the kommun',
        );
      }
      throw err;
    });
  if (id < intoId) {
    const duplicate = await areaOf(trx, kommun, id, true);
    return { duplicate, kept: await lockKept() };
  }
  const kept = await lockKept();
  return { duplicate: await areaOf(trx, kommun, id, true), kept };
}

/** One reporter may file one EST report per area and week; merging two such reports would break that rule. */
async function assertNoEstClash(trx: Db, duplicate: AreaRow, kept: AreaRow): Promise<void> {
  const clashes = await estReportClashes(trx, duplicate.id, kept.id);
  if (!clashes.length) return;
  const list = clashes.map((c) => `${c.reporter} ${c.week}`).join(', ');
  throw new AppError(
    'conflict',
    `Både ${duplicate.name} och ${kept.name} har en EST-rapport från samma rapportör samma vecka (${list}). Ta bort eller flytta en av rapporterna först.`,
    `Both ${duplicate.name} and ${kept.name} have an EST report from the same reporter for the same week (${list}). Delete or move one of the reports first.`,
    { reasons: clashes.map((c) => ({ reason: 'est_report_same_week', week: c.week, reporter: c.reporter })) },
  );
}

async function moveReferences(trx: Db, kommun: Kommun, from: string, to: string): Promise<void> {
  await moveAreaReferences(trx, from, to);
  await moveSurveyAnswers(trx, kommun.id, from, to);
}

export async function mergeArea(
  deps: Deps,
  actor: Actor,
  kommunRef: string,
  id: string,
  input: { intoId: string },
): Promise<MergeResult> {
  const kommun = await kommunFor(deps.db, actor, kommunRef, true);
  if (input.intoId === id)
    throw intoProblem('Välj ett annat område att slå ihop med', 'Choose another area to merge with');
  const moved = await deps.db.transaction().execute(async (trx) => {
    const { duplicate, kept } = await lockPair(trx, kommun, id, input.intoId);
    const usage = (await usageOf(trx, kommun.id, [duplicate])).get(duplicate.id)!;
    await assertNoEstClash(trx, duplicate, kept);
    await moveReferences(trx, kommun, duplicate.id, kept.id);
    const surveys = await changeSurveyAreaOptions(trx, kommun.id, (q) =>
      mergeAreaOption(q, duplicate.id, { id: kept.id, name: kept.name }),
    );
    const retitled = await followTitles(trx, kept.id, duplicate.name, kept.name);
    await deleteAreaRow(trx, duplicate.id);
    await writeAudit(trx, actor, {
      action: 'area.merge',
      entityType: 'area',
      entityId: duplicate.id,
      organisationId: kommun.id,
      before: { name: duplicate.name, usage },
      after: { intoId: kept.id, intoName: kept.name, surveys, retitledDialogues: retitled },
    });
    const { commitments: _named, ...pointers } = usage;
    return pointers;
  });
  return { area: await viewOf(deps.db, kommun, input.intoId), moved };
}
