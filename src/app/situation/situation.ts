/**
 * The lägesbild of a kommun and year: evidence gathered into ranked
 * problems with a transparent score, manual re-ranking with a reason, a
 * cause analysis per prioritised problem and the link "ni sa → vi lovade".
 * What non-police staff see is computed WITHOUT confidential police notes,
 * so confidential material has no trace in their view or in public exports.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { categoryLabel, isProblemCategory } from '../../domain/dialogues/categories.ts';
import { finalOrder, rankProblems, weightsWith } from '../../domain/situation/scoring.ts';
import { gatherEvidence } from './evidence.ts';
import { isPoliceFor } from './police.ts';
import type { CauseType, Horizon, ProblemEdit, SituationEdit, SituationView } from '../../contracts/situation.ts';
import { ensurePicture, pictureRow, problemRows, updatePicture, upsertProblem } from './queries.ts';

export type { ProblemEdit, ProblemView, SituationEdit, SituationView } from '../../contracts/situation.ts';

/** Builds the view; `audience` 'public' drops confidential evidence whoever asks. */
export async function buildSituation(
  deps: Deps,
  municipalityId: string,
  year: number,
  withConfidential: boolean,
): Promise<SituationView> {
  const picture = await pictureRow(deps.db, municipalityId, year);
  const weights = weightsWith(picture?.weights ?? {});
  const { measures, evidence } = await gatherEvidence(deps, municipalityId, year, withConfidential);
  const stored = picture ? await problemRows(deps.db, picture.id) : [];
  const ranked = rankProblems(measures, weights);
  for (const s of stored) {
    if (!ranked.some((r) => r.category === s.category))
      ranked.push({ category: s.category, score: 0, parts: [], scoreRank: ranked.length + 1 });
  }
  const merged = ranked.map((r) => {
    const s = stored.find((x) => x.category === r.category);
    return {
      ...r,
      label: categoryLabel(r.category),
      manualRank: s?.manual_rank ?? null,
      rankReason: s?.rank_reason ?? null,
      evidence: evidence
        .filter((e) => e.category === r.category)
        .map((e) => ({ source: e.source, description: e.description, points: e.points })),
      prioritised: s?.prioritised ?? false,
      cause: {
        // Stored only through ProblemEdit, whose schema admits these values alone.
        type: (s?.cause_type ?? null) as CauseType | null,
        horizon: (s?.cause_horizon ?? null) as Horizon | null,
        text: s?.cause_text ?? null,
      },
      focusAreaIds: s?.focus_area_ids ?? [],
      commitmentIds: s?.commitment_ids ?? [],
    };
  });
  return {
    municipalityId,
    year,
    confidentialIncluded: withConfidential,
    texts: {
      crimeSurvey: picture?.crime_survey ?? null,
      consequences: picture?.consequences ?? null,
      otherInformation: picture?.other_information ?? null,
      analysis: picture?.analysis ?? null,
    },
    weights: withConfidential ? weights : Object.fromEntries(Object.entries(weights).filter(([k]) => k !== 'police')),
    problems: finalOrder(merged).map((p, i) => ({ ...p, rank: i + 1 })),
  };
}

function assertRead(actor: Actor, municipalityId: string): void {
  if (!can(actor, 'situation.read', municipalityId)) throw notFound('Lägesbilden', 'Situation picture');
}

export async function getSituation(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  year: number,
): Promise<SituationView> {
  assertRead(actor, municipalityId);
  return buildSituation(deps, municipalityId, year, await isPoliceFor(deps, actor, municipalityId));
}

export async function updateSituation(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  year: number,
  edit: SituationEdit,
): Promise<SituationView> {
  assertRead(actor, municipalityId);
  if (!can(actor, 'situation.write', municipalityId)) throw forbidden();
  await deps.db.transaction().execute(async (trx) => {
    const id = await ensurePicture(trx, municipalityId, year);
    const t = edit.texts ?? {};
    await updatePicture(trx, id, {
      ...(t.crimeSurvey !== undefined ? { crime_survey: t.crimeSurvey } : {}),
      ...(t.consequences !== undefined ? { consequences: t.consequences } : {}),
      ...(t.otherInformation !== undefined ? { other_information: t.otherInformation } : {}),
      ...(t.analysis !== undefined ? { analysis: t.analysis } : {}),
      ...(edit.weights ? { weights: JSON.stringify(weightsWith(edit.weights)) } : {}),
      updated_at: deps.now(),
    });
    await writeAudit(trx, actor, {
      action: 'situation.update',
      entityType: 'situation_picture',
      entityId: id,
      organisationId: municipalityId,
      after: { year, weights: edit.weights ?? null, texts: Object.keys(t) },
    });
  });
  return getSituation(deps, actor, municipalityId, year);
}

/** Re-ranking needs a reason; the cause analysis and the links to promises are kept per problem. */
export async function updateProblem(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  year: number,
  category: string,
  edit: ProblemEdit,
): Promise<SituationView> {
  assertRead(actor, municipalityId);
  if (!can(actor, 'situation.write', municipalityId)) throw forbidden();
  if (!isProblemCategory(category))
    throw new AppError(
      'validation_failed',
      `Okänd problemkategori: ${category}`,
      `Unknown problem category: ${category}`,
    );
  if (edit.manualRank != null && !edit.rankReason?.trim()) {
    throw new AppError(
      'validation_failed',
      'Säg varför problemet flyttas i rangordningen',
      'Say why the problem is moved in the ranking',
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    const pictureId = await ensurePicture(trx, municipalityId, year);
    const values = {
      ...(edit.manualRank !== undefined
        ? { manual_rank: edit.manualRank, rank_reason: edit.manualRank == null ? null : edit.rankReason!.trim() }
        : {}),
      ...(edit.prioritised !== undefined ? { prioritised: edit.prioritised } : {}),
      ...(edit.cause
        ? { cause_type: edit.cause.type, cause_horizon: edit.cause.horizon, cause_text: edit.cause.text }
        : {}),
      ...(edit.focusAreaIds ? { focus_area_ids: JSON.stringify(edit.focusAreaIds) } : {}),
      ...(edit.commitmentIds ? { commitment_ids: JSON.stringify(edit.commitmentIds) } : {}),
    };
    await upsertProblem(trx, pictureId, category, values);
    await writeAudit(trx, actor, {
      action: 'situation.problem',
      entityType: 'situation_problem',
      entityId: `${pictureId}:${category}`,
      organisationId: municipalityId,
      after: { ...edit } as Record<string, unknown>,
    });
  });
  return getSituation(deps, actor, municipalityId, year);
}
