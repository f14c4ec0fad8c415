/**
 * Outcome indicators of a promise set: list, add, change, remove, and the
 * results (docs/outcomes.md). Readers of the set read them; who may change
 * the set (promise.write in every kommun it covers) changes them.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { recordEvent } from '../events/record.ts';
import { bumpPublicPagesOfSets } from '../public/queries/versions.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { swedishDay } from '../../domain/calendar.ts';
import type {
  IndicatorBody,
  IndicatorList,
  IndicatorPatch,
  IndicatorView,
  OutcomesAnswer,
  IndicatorProposals,
} from '../../contracts/outcomes.ts';
import { proposeIndicators } from '../../domain/outcomes/proposals.ts';
import {
  deleteIndicatorRow,
  followUpWindow,
  indicatorById,
  indicatorsOf,
  insertIndicator,
  problemsAnsweredBy,
  setFacts,
  updateIndicatorRow,
  type SetFacts,
} from './queries.ts';
import { outcomesFor } from './results.ts';

const MAX_INDICATORS = 30;

async function readableSet(deps: Deps, actor: Actor, setId: string): Promise<SetFacts> {
  const set = await setFacts(deps.db, setId);
  if (!set?.organisationIds.some((o) => can(actor, 'promise.read', o))) {
    throw notFound('Medborgarlöftet', 'Promise set');
  }
  return set;
}

const mayChange = (actor: Actor, set: SetFacts) =>
  set.organisationIds.length > 0 && set.organisationIds.every((o) => can(actor, 'promise.write', o));

async function writableSet(deps: Deps, actor: Actor, setId: string): Promise<SetFacts> {
  const set = await readableSet(deps, actor, setId);
  if (!mayChange(actor, set)) throw forbidden();
  return set;
}

function checkedTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (title.length < 1 || title.length > 200) {
    throw new AppError(
      'validation_failed',
      'Ge effektmåttet ett namn (1–200 tecken), t.ex. "Anmälda bostadsinbrott"',
      'Give the indicator a name (1–200 characters), e.g. "Reported residential burglaries"',
      { field: 'title' },
    );
  }
  return title;
}

function checkDefinition(def: IndicatorBody['definition']): void {
  if (def.kind === 'survey_share' || def.kind === 'survey_index') {
    const own = !!def.questionId;
    if (own === !!def.outside) {
      throw new AppError(
        'validation_failed',
        'Ange antingen en fråga i kommunens enkät (questionId) eller ett resultat från en extern mätning (outside)',
        'Give either a question of the kommun’s survey (questionId) or an outside survey result (outside)',
        { field: 'definition' },
      );
    }
    if (def.kind === 'survey_share' && own && !def.options?.length) {
      throw new AppError(
        'validation_failed',
        'Ange vilka svar som räknas (options), t.ex. "Mycket otrygg" och "Ganska otrygg"',
        'Give the answers counted (options), e.g. "Very unsafe" and "Fairly unsafe"',
        { field: 'definition.options' },
      );
    }
  }
}

function checkBaseline(baseline: { from: string; to: string } | null | undefined): void {
  if (baseline && baseline.to < baseline.from) {
    throw new AppError(
      'validation_failed',
      'Jämförelseperioden måste sluta samma dag som den börjar eller senare',
      'The comparison period must end on or after the day it starts',
      { field: 'baseline' },
    );
  }
}

export async function listIndicators(deps: Deps, actor: Actor, setId: string): Promise<IndicatorList> {
  const set = await readableSet(deps, actor, setId);
  return { indicators: await indicatorsOf(deps.db, setId), mayChange: mayChange(actor, set) };
}

export async function addIndicator(
  deps: Deps,
  actor: Actor,
  setId: string,
  body: IndicatorBody,
  options: { demo?: boolean } = {},
): Promise<IndicatorView> {
  const set = await writableSet(deps, actor, setId);
  const title = checkedTitle(body.title);
  checkDefinition(body.definition);
  checkBaseline(body.baseline);
  return deps.db.transaction().execute(async (trx) => {
    const existing = await indicatorsOf(trx, setId);
    if (existing.length >= MAX_INDICATORS) {
      throw new AppError(
        'validation_failed',
        `Ett medborgarlöfte kan ha högst ${MAX_INDICATORS} effektmått`,
        `A promise set can have at most ${MAX_INDICATORS} outcome indicators`,
      );
    }
    const view = await insertIndicator(trx, setId, { ...body, title }, options.demo ?? false);
    await writeAudit(trx, actor, {
      action: 'outcome_indicator.create',
      entityType: 'outcome_indicator',
      entityId: view.id,
      organisationId: set.organisationIds[0] ?? null,
      after: view,
    });
    await changed(trx, deps.now(), view.id, setId);
    return view;
  });
}

/**
 * The public pages show the outcomes: the set's kommuner's pages get a new
 * ETag at once (their public page version), and their stored copies go
 * (public-cache consumer).
 */
async function changed(trx: Deps['db'], now: Date, indicatorId: string, promiseSetId: string): Promise<void> {
  await bumpPublicPagesOfSets(trx, [promiseSetId], now);
  await recordEvent(trx, now, {
    kind: 'outcome_indicators.changed',
    subjectId: indicatorId,
    payload: { promiseSetId },
  });
}

async function ownedIndicator(deps: Deps, actor: Actor, id: string): Promise<{ ind: IndicatorView; set: SetFacts }> {
  const ind = await indicatorById(deps.db, id);
  if (!ind) throw notFound('Effektmåttet', 'Outcome indicator');
  const set = await setFacts(deps.db, ind.promiseSetId);
  if (!set?.organisationIds.some((o) => can(actor, 'promise.read', o))) {
    throw notFound('Effektmåttet', 'Outcome indicator');
  }
  if (!mayChange(actor, set)) throw forbidden();
  return { ind, set };
}

export async function changeIndicator(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: IndicatorPatch,
): Promise<IndicatorView> {
  const { ind, set } = await ownedIndicator(deps, actor, id);
  const next: IndicatorView = {
    ...ind,
    title: patch.title === undefined ? ind.title : checkedTitle(patch.title),
    desired: patch.desired ?? ind.desired,
    definition: patch.definition ?? ind.definition,
    kind: (patch.definition ?? ind.definition).kind,
    baseline: patch.baseline === undefined ? ind.baseline : patch.baseline,
    problemCategory: patch.problemCategory === undefined ? ind.problemCategory : patch.problemCategory,
  };
  checkDefinition(next.definition);
  checkBaseline(next.baseline);
  return deps.db.transaction().execute(async (trx) => {
    const view = await updateIndicatorRow(trx, id, next, deps.now());
    await writeAudit(trx, actor, {
      action: 'outcome_indicator.update',
      entityType: 'outcome_indicator',
      entityId: id,
      organisationId: set.organisationIds[0] ?? null,
      before: ind,
      after: view,
    });
    await changed(trx, deps.now(), id, ind.promiseSetId);
    return view;
  });
}

export async function removeIndicator(deps: Deps, actor: Actor, id: string): Promise<void> {
  const { ind, set } = await ownedIndicator(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await deleteIndicatorRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'outcome_indicator.delete',
      entityType: 'outcome_indicator',
      entityId: id,
      organisationId: set.organisationIds[0] ?? null,
      before: ind,
    });
    await changed(trx, deps.now(), id, ind.promiseSetId);
  });
}

export async function setOutcomes(
  deps: Deps,
  actor: Actor,
  setId: string,
  query: { at?: string; followUpId?: string; lang?: 'sv' | 'en' },
): Promise<OutcomesAnswer> {
  const set = await readableSet(deps, actor, setId);
  const at = query.at ?? swedishDay(deps.now());
  let followUp: { from: string; to: string } | null = null;
  if (query.followUpId) {
    followUp = (await followUpWindow(deps.db, setId, query.followUpId)) ?? null;
    if (!followUp) throw notFound('Uppföljningen', 'Follow-up');
  }
  const indicators = await indicatorsOf(deps.db, setId);
  return {
    promiseSetId: setId,
    at,
    period: set.periodFrom && set.periodTo ? { from: set.periodFrom, to: set.periodTo } : null,
    indicators: await outcomesFor(deps.db, set, indicators, at, followUp, query.lang ?? 'sv'),
  };
}

/** Indicators proposed from the lägesbild problems the set's promises answer, not yet added. */
export async function proposedIndicators(deps: Deps, actor: Actor, setId: string): Promise<IndicatorProposals> {
  const set = await readableSet(deps, actor, setId);
  const [problems, existing] = await Promise.all([
    problemsAnsweredBy(deps.db, setId, set.organisationIds),
    indicatorsOf(deps.db, setId),
  ]);
  return {
    proposals: proposeIndicators(
      problems,
      existing.map((e) => e.definition as Record<string, unknown>),
    ),
  };
}
