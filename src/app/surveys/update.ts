/**
 * Changing a survey in the builder: texts, languages, questions, scoring,
 * coding categories, dates, access and its address. Rules that need only
 * the input are checked first (400); rules that need the stored survey are
 * checked inside the transaction that writes, with the survey's row locked,
 * so an answer or a second editor arriving meanwhile cannot slip between
 * check and write (409). A refused change writes nothing.
 */
import type { Updateable } from 'kysely';
import type { Deps } from '../deps.ts';
import type { SurveysTable } from '../../db/schema-surveys.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { UpdateSurveyInput } from '../../contracts/surveys.ts';
import {
  categoryProblems,
  exclusionProblems,
  lockedChanges,
  pastClosingProblem,
  pointsProblems,
  pruneExclusions,
  slugProblem,
  type Problem,
} from '../../domain/surveys/rules.ts';
import type { ProblemScoring } from '../../domain/surveys/scoring.ts';
import { stockholmDay } from '../../domain/surveys/dates.ts';
import { questionListProblems, type Question } from '../../domain/surveys/types.ts';
import { surveyFor, surveyView, toSurvey, withAreaOptions, type Survey, type SurveyView } from './store.ts';
import { ensureAreas } from '../areas/ensure.ts';
import { answerCount } from './queries/batches.ts';
import { addressTaken, lockedSurveyRow, updateSurveyRow } from './queries/surveys.ts';
import { categoryUses } from './queries/texts.ts';

const j = (v: unknown) => JSON.stringify(v);

function refuse(code: 'validation_failed' | 'conflict', lead: Problem, problems: Problem[], field?: string): AppError {
  return new AppError(
    code,
    `${lead.sv}: ${problems.map((p) => p.sv).join('; ')}`,
    `${lead.en}: ${problems.map((p) => p.en).join('; ')}`,
    { problems: problems.map((p) => p.sv), problemsEn: problems.map((p) => p.en), ...(field ? { field } : {}) },
  );
}

const CANNOT_SAVE: Problem = { sv: 'Enkäten går inte att spara', en: 'The survey cannot be saved' };

/** Rules that need nothing but the input. */
function checkInput(input: UpdateSurveyInput): void {
  if (typeof input.slug === 'string') {
    const problem = slugProblem(input.slug);
    if (problem) throw refuse('validation_failed', CANNOT_SAVE, [problem], 'slug');
  }
  if (input.scoring) {
    const problems = pointsProblems(input.scoring);
    if (problems.length) throw refuse('validation_failed', CANNOT_SAVE, problems, 'scoring');
  }
  if (input.categories) {
    const problems = categoryProblems(input.categories);
    if (problems.length) throw refuse('validation_failed', CANNOT_SAVE, problems, 'categories');
  }
  if (input.questions) {
    const problems = questionListProblems(input.questions);
    if (problems.length) throw refuse('validation_failed', CANNOT_SAVE, problems, 'questions');
  }
}

async function lockSurvey(trx: Db, id: string): Promise<Survey> {
  const row = await lockedSurveyRow(trx, id);
  if (!row) throw new Error(`survey ${id} vanished while locked`);
  return toSurvey(row);
}

async function responseCount(trx: Db, surveyId: string): Promise<number> {
  return answerCount(trx, surveyId);
}

/** Area options are the kommun's areas, never what the client sent. */
function keepAreaOptions(before: Survey, questions: Question[]): Question[] {
  const old = before.questions.find((q) => q.kind === 'area');
  return questions.map((q) => (q.kind === 'area' ? { ...q, options: old && 'options' in old ? old.options : [] } : q));
}

async function checkSlug(trx: Db, before: Survey, slug: string | null): Promise<void> {
  if (before.status !== 'draft') {
    throw new AppError(
      'conflict',
      'Adressen kan bara ändras innan enkäten publiceras: länkar och QR-koder som redan delats ut skulle annars sluta fungera',
      'The address can only change before the survey is published: links and QR codes already handed out would stop working',
      { field: 'slug' },
    );
  }
  if (!slug) return;
  if (await addressTaken(trx, before.id, slug)) {
    throw new AppError(
      'conflict',
      `Adressen "${slug}" används redan av en annan enkät`,
      `The address "${slug}" is already used by another survey`,
      { field: 'slug' },
    );
  }
}

/** Categories that staff have put on at least one answer, with how many answers. */
async function categoriesInUse(trx: Db, surveyId: string, keys: string[]): Promise<Map<string, number>> {
  const used = new Map<string, number>();
  if (!keys.length) return used;
  for (const categories of await categoryUses(trx, surveyId))
    for (const k of categories) if (keys.includes(k)) used.set(k, (used.get(k) ?? 0) + 1);
  return used;
}

/** Rules that need the stored survey: dates, access, address, answers already given, codes already set. */
async function checkAgainst(
  trx: Db,
  before: Survey,
  input: UpdateSurveyInput,
  questions: Question[],
  today: string,
): Promise<void> {
  const past = pastClosingProblem({ closesOn: input.closesOn, before: before.closesOn, status: before.status }, today);
  if (past) throw refuse('validation_failed', CANNOT_SAVE, [past], 'closesOn');
  const opens = input.opensOn !== undefined ? input.opensOn : before.opensOn;
  const closes = input.closesOn !== undefined ? input.closesOn : before.closesOn;
  if (opens && closes && closes < opens) {
    throw refuse(
      'validation_failed',
      CANNOT_SAVE,
      [{ sv: 'Sista svarsdag ligger före första', en: 'The last day is before the first' }],
      'closesOn',
    );
  }
  if (input.access && input.access !== before.access && before.status !== 'draft') {
    throw new AppError(
      'conflict',
      'Svarssättet (länk eller koder) kan bara ändras innan enkäten publiceras',
      'Access (link or codes) can only change before the survey is published',
    );
  }
  if (input.slug !== undefined && input.slug !== before.slug) await checkSlug(trx, before, input.slug);
  if (input.questions && (await responseCount(trx, before.id)) > 0) {
    const changes = lockedChanges(before.questions, questions);
    if (changes.length) {
      throw refuse(
        'conflict',
        {
          sv: 'Enkäten har svar, så frågor och svarsalternativ kan inte läggas till, tas bort eller byta typ (texter och ordning går att ändra)',
          en: 'The survey has answers, so questions and options cannot be added, removed or change kind (texts and order can change)',
        },
        changes,
      );
    }
  }
  if (input.scoring?.excludedItems) {
    const problems = exclusionProblems(input.scoring.excludedItems, questions);
    if (problems.length) throw refuse('validation_failed', CANNOT_SAVE, problems, 'scoring');
  }
  if (input.categories) {
    const removed = before.categories.filter((c) => !input.categories!.some((n) => n.key === c.key));
    const used = await categoriesInUse(
      trx,
      before.id,
      removed.map((c) => c.key),
    );
    if (used.size) {
      throw refuse(
        'conflict',
        {
          sv: 'Kategorier som används i kodningen kan inte tas bort; koda om svaren först',
          en: 'Categories used in the coding cannot be removed; recode the answers first',
        },
        removed
          .filter((c) => used.has(c.key))
          .map((c) => ({
            sv: `"${c.label.sv}" (${used.get(c.key)} svar)`,
            en: `"${c.label.en ?? c.label.sv}" (${used.get(c.key)} answers)`,
          })),
        'categories',
      );
    }
  }
}

/** The scoring to store: as sent, or the stored one with exclusions of items that no longer exist dropped. */
function scoringAfter(before: Survey, input: UpdateSurveyInput, questions: Question[]): ProblemScoring | undefined {
  if (input.scoring) {
    const { excludedItems, ...points } = input.scoring;
    return excludedItems && Object.keys(excludedItems).length ? { ...points, excludedItems } : points;
  }
  if (!input.questions || !before.scoring.excludedItems) return undefined;
  const pruned = pruneExclusions(before.scoring.excludedItems, questions);
  if (j(pruned) === j(before.scoring.excludedItems)) return undefined;
  const { excludedItems: _, ...points } = before.scoring;
  return Object.keys(pruned).length ? { ...points, excludedItems: pruned } : points;
}

function changes(input: UpdateSurveyInput, scoring: ProblemScoring | undefined, now: Date): Updateable<SurveysTable> {
  const set: Updateable<SurveysTable> = { updated_at: now };
  if (input.title) set.title = j(input.title);
  if (input.intro !== undefined) set.intro = input.intro ? j(input.intro) : null;
  if (input.languages) set.languages = j(input.languages);
  if (scoring) set.scoring = j(scoring);
  if (input.categories) set.categories = j(input.categories);
  if (input.access) set.access = input.access;
  if (input.opensOn !== undefined) set.opens_on = input.opensOn;
  if (input.closesOn !== undefined) set.closes_on = input.closesOn;
  if (input.slug !== undefined) set.slug = input.slug;
  return set;
}

/** A unique index refusing the address means another survey took it between our check and our write. */
const isUniqueViolation = (err: unknown) => (err as { code?: unknown } | null)?.code === '23505';

export async function updateSurvey(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateSurveyInput,
): Promise<SurveyView> {
  await surveyFor(deps, actor, id, true);
  checkInput(input);
  const row = await deps.db
    .transaction()
    .execute(async (trx) => {
      const before = await lockSurvey(trx, id);
      const questions = input.questions ? keepAreaOptions(before, input.questions) : before.questions;
      await checkAgainst(trx, before, input, questions, stockholmDay(deps.now()));
      const scoring = scoringAfter(before, input, questions);
      const set = changes(input, scoring, deps.now());
      if (input.addAreas?.length) await ensureAreas(trx, actor, before.municipalityId, input.addAreas, 'addAreas');
      if (input.questions || input.addAreas?.length)
        set.questions = j(await withAreaOptions(trx, before.municipalityId, questions));
      const after = await updateSurveyRow(trx, id, set);
      await writeAudit(trx, actor, {
        action: 'survey.update',
        entityType: 'survey',
        entityId: id,
        organisationId: before.municipalityId,
        before: pick(before, input),
        after: { ...input, ...(scoring && !input.scoring ? { scoring } : {}) },
      });
      return after;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err) && input.slug) {
        throw new AppError(
          'conflict',
          `Adressen "${input.slug}" används redan av en annan enkät`,
          `The address "${input.slug}" is already used by another survey`,
          { field: 'slug' },
        );
      }
      throw err;
    });
  return surveyView(deps, toSurvey(row));
}

/** The fields of `before` that the change touches, for the audit log. */
function pick(before: Survey, input: UpdateSurveyInput): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(
    Object.keys(input).map((k) => [k, before[k as keyof Survey]]),
  );
  if (input.questions && !input.scoring && before.scoring.excludedItems) out.scoring = before.scoring;
  return out;
}
