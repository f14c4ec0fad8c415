/**
 * Results of a survey for staff (JSON and exports) and the published ones
 * for the public. Computed on request from the running counts of the
 * stored answers (kept as each batch is stored) and the answers still
 * waiting, with the small-cell rule and redaction applied in the domain, so
 * no output path can skip them.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict } from '../../domain/errors.ts';
import { compareResults } from '../../domain/surveys/comparison.ts';
import { stockholmDay } from '../../domain/surveys/dates.ts';
import { pickPublicCharts, type PublicChart, type PublishedChart } from '../../domain/surveys/public-charts.ts';
import {
  resultsFromCounts,
  TEXT_ANSWERS_PAGE,
  TEXT_ANSWERS_SHOWN,
  textAnswersPage,
  type StoredTexts,
  type SurveyResults,
} from '../../domain/surveys/results.ts';
import type { Answers, LocalizedText } from '../../domain/surveys/types.ts';
import { knownNamesFor } from './known-names.ts';
import { countRows, waitingAnswers } from './queries/answer-counts.ts';
import { storedTexts } from './queries/text-results.ts';
import { storedTextCounts } from './text-counts.ts';
import { previousSurveyRow, surveysWithPublicResults } from './queries/results.ts';
import { updateSurveyRow } from './queries/surveys.ts';
import { publicPath, surveyFor, toSurvey, type Survey } from './store.ts';
import type { StaffResults, TextAnswersPage, TextAnswersQuery } from '../../contracts/survey-results.ts';
import { tooFew } from '../../domain/surveys/small-cell.ts';
import { answerCount } from './queries/batches.ts';
import type { PublicCharts } from '../../contracts/surveys.ts';

/** Every answer with its codings, for the full computation (queries/texts.ts). */
export { loadResponses } from './queries/texts.ts';

/** Per text question, its stored answers counted in the database and the first `limit` by id (all when null). */
export async function storedTextsFor(
  db: Db,
  surveyId: string,
  textIds: string[],
  limit: number | null,
): Promise<Map<string, StoredTexts>> {
  const [counts, firsts] = await Promise.all([
    storedTextCounts(db, surveyId, textIds),
    Promise.all(textIds.map((id) => (limit === 0 ? [] : storedTexts(db, surveyId, id, 0, limit)))),
  ]);
  return new Map(textIds.map((id, i) => [id, { counts: counts.get(id)!, first: firsts[i]! }]));
}

/** How many redacted answers per text question: the staff results show the first few, an export every one. */
export type TextAnswers = number | 'all';

/**
 * The results from the running counts of the stored answers, the answers
 * waiting for their batch and the text questions' answers counted in the
 * database: the same as computeResults over every answer
 * (test/surveys/answer-counts.test.ts), without reading them. Only the text
 * answers given are read, and of those only the first `textAnswers` by id,
 * so the masking of personal data runs on those alone.
 */
async function resultsOf(
  db: Db,
  survey: Survey,
  textAnswers: TextAnswers,
  scoring = survey.scoring,
): Promise<SurveyResults> {
  const textIds = survey.questions.filter((q) => q.kind === 'text').map((q) => q.id);
  const limit = textAnswers === 'all' ? null : textAnswers;
  const [counts, waiting, stored, keepNames] = await Promise.all([
    countRows(db, survey.id),
    waitingAnswers(db, survey.id),
    storedTextsFor(db, survey.id, textIds, limit),
    knownNamesFor(db, survey.municipalityId),
  ]);
  return resultsFromCounts({
    questions: survey.questions,
    counts,
    waiting,
    storedTexts: stored,
    scoring,
    categories: survey.categories,
    keepNames,
    ...(limit === null ? {} : { textAnswers: limit }),
  });
}

/** The counted questions' results from the running counts, without the free text (for the lägesbild). */
export async function countedResultsOf(db: Db, survey: Survey): Promise<SurveyResults> {
  const [counts, waiting] = await Promise.all([countRows(db, survey.id), waitingAnswers(db, survey.id)]);
  return resultsFromCounts({
    questions: survey.questions.filter((q) => q.kind !== 'text'),
    counts,
    waiting,
    storedTexts: new Map(),
    scoring: survey.scoring,
    categories: survey.categories,
  });
}

/**
 * The survey run before this one in the same kommun from the same template,
 * by the day each began (its first day, else the day it was published or
 * made): a survey run on paper and registered afterwards was never published.
 */
async function previousSurvey(db: Db, survey: Survey): Promise<Survey | undefined> {
  if (!survey.templateKey) return undefined;
  const at = survey.publishedAt ?? survey.createdAt;
  const row = await previousSurveyRow(db, {
    id: survey.id,
    municipalityId: survey.municipalityId,
    templateKey: survey.templateKey,
    began: survey.opensOn ?? stockholmDay(at),
    at,
  });
  return row ? toSurvey(row) : undefined;
}

export type { StaffResults } from '../../contracts/survey-results.ts';

/**
 * A page of a text question's redacted answers after those the results
 * show, for a reader of the results; nothing while the survey has fewer
 * than five answers, as in the results.
 */
export async function getTextAnswers(
  deps: Deps,
  actor: Actor,
  id: string,
  query: TextAnswersQuery,
): Promise<TextAnswersPage> {
  const survey = await surveyFor(deps, actor, id, false);
  const question = survey.questions.find((q) => q.id === query.question && q.kind === 'text');
  if (!question) {
    throw new AppError(
      'validation_failed',
      `Enkäten har ingen fritextfråga "${query.question}"`,
      `The survey has no free-text question "${query.question}"`,
      { field: 'question' },
    );
  }
  const { offset } = query;
  const [responses, counts, stored, waiting, keepNames] = await Promise.all([
    answerCount(deps.db, survey.id),
    storedTextCounts(deps.db, survey.id, [question.id]),
    storedTexts(deps.db, survey.id, question.id, offset, TEXT_ANSWERS_PAGE),
    waitingAnswers(deps.db, survey.id),
    knownNamesFor(deps.db, survey.municipalityId),
  ]);
  if (tooFew(responses))
    return { questionId: question.id, suppressed: true, answered: 0, offset, answers: [], nextOffset: null };
  const page = textAnswersPage({
    question,
    stored,
    storedAnswered: counts.get(question.id)!.answered,
    waiting,
    offset,
    limit: TEXT_ANSWERS_PAGE,
    keepNames,
  });
  const next = offset + page.answers.length;
  return {
    questionId: question.id,
    suppressed: false,
    ...page,
    offset,
    nextOffset: page.answers.length === TEXT_ANSWERS_PAGE && next < page.answered ? next : null,
  };
}

/** The staff results: the first TEXT_ANSWERS_SHOWN answers per text question, unless asked for all (the exports). */
export async function getSurveyResults(
  deps: Deps,
  actor: Actor,
  id: string,
  textAnswers: TextAnswers = TEXT_ANSWERS_SHOWN,
): Promise<StaffResults> {
  const survey = await surveyFor(deps, actor, id, false);
  const [results, previous] = await Promise.all([
    resultsOf(deps.db, survey, textAnswers),
    previousSurvey(deps.db, survey),
  ]);
  // Both surveys are scored with this survey's points so only the answers differ; the comparison has no free text.
  const comparison = previous
    ? compareResults(results, await resultsOf(deps.db, previous, 0, survey.scoring), previous)
    : null;
  return { surveyId: survey.id, title: survey.title, status: survey.status, results, comparison };
}

export async function setPublicResults(
  deps: Deps,
  actor: Actor,
  id: string,
  charts: PublicChart[],
): Promise<PublicCharts> {
  const survey = await surveyFor(deps, actor, id, true);
  if (survey.status === 'draft')
    throw conflict('Publicera enkäten innan du publicerar resultat', 'Publish the survey before its results');
  const unknown = charts.filter((c) => !survey.questions.some((q) => q.id === c.questionId));
  if (unknown.length) {
    throw new AppError(
      'validation_failed',
      `Frågan finns inte: ${unknown.map((c) => c.questionId).join(', ')}`,
      'No such question',
      { questions: unknown.map((c) => c.questionId) },
    );
  }
  const textWithBreakdown = charts.filter(
    (c) => c.breakdown !== 'none' && survey.questions.find((q) => q.id === c.questionId)?.kind === 'text',
  );
  if (textWithBreakdown.length) {
    throw new AppError(
      'validation_failed',
      'Fritextfrågor kan bara publiceras totalt, som kodade kategorier',
      'Free-text questions can only be published in total, as coded categories',
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateSurveyRow(trx, id, { public_results: JSON.stringify(charts), updated_at: deps.now() });
    await writeAudit(trx, actor, {
      action: 'survey.publish_results',
      entityType: 'survey',
      entityId: id,
      organisationId: survey.municipalityId,
      before: { charts: survey.publicResults },
      after: { charts },
    });
  });
  return { charts };
}

export interface PublicSurveyResults {
  surveyId: string;
  publicId: string;
  path: string;
  title: LocalizedText;
  responses: number;
  status: string;
  closesOn: string | null;
  charts: PublishedChart[];
}

async function publicResultsOf(db: Db, survey: Survey): Promise<PublicSurveyResults> {
  // Free text is published only as its coded categories, never its answers (public-charts.ts).
  const results = await resultsOf(db, survey, 0);
  return {
    surveyId: survey.id,
    publicId: survey.publicId,
    path: `${publicPath(survey)}/resultat`,
    title: survey.title,
    responses: results.responses,
    status: survey.status,
    closesOn: survey.closesOn,
    charts: pickPublicCharts(results, survey.publicResults),
  };
}

/** For the kommun's public page: every survey with published results, newest first, already suppressed. */
export async function publicSurveyResults(deps: Deps, municipalityId: string): Promise<PublicSurveyResults[]> {
  const rows = await surveysWithPublicResults(deps.db, municipalityId);
  const out = await Promise.all(rows.map((r) => publicResultsOf(deps.db, toSurvey(r))));
  return out.filter((s) => s.charts.length > 0);
}

/** The published results of one survey, for /enkat/<id>/resultat; undefined when nothing is published. */
export async function publicResultsFor(deps: Deps, survey: Survey): Promise<PublicSurveyResults | undefined> {
  if (survey.status === 'draft' || survey.publicResults.length === 0) return undefined;
  return publicResultsOf(deps.db, survey);
}
