/** Publishing (opening for answers) and closing a survey. */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict, notFound } from '../../domain/errors.ts';
import { stockholmDay } from '../../domain/surveys/dates.ts';
import { missingTexts } from '../../domain/surveys/missing-texts.ts';
import type { Problem } from '../../domain/surveys/rules.ts';
import { lockedSurveyRow, updateSurveyRow, updateSurveyWithStatus } from './queries/surveys.ts';
import { surveyFor, surveyView, toSurvey, withAreaOptions, type Survey, type SurveyView } from './store.ts';

function publishProblems(survey: Survey, today: string): Problem[] {
  const problems: Problem[] = [];
  if (!survey.questions.length) problems.push({ sv: 'Enkäten har inga frågor', en: 'The survey has no questions' });
  for (const lang of survey.languages) {
    const missing = missingTexts(survey, lang);
    problems.push(...missing.slice(0, 10));
    if (missing.length > 10)
      problems.push({ sv: `… och ${missing.length - 10} texter till`, en: `… and ${missing.length - 10} more texts` });
  }
  if (survey.closesOn && survey.closesOn < today)
    problems.push({ sv: 'Sista svarsdag har redan passerat', en: 'The last day to answer has already passed' });
  problems.push(...areaProblems(survey));
  return problems;
}

/** An area question needs the kommun's areas to offer. */
export function areaProblems(survey: Pick<Survey, 'questions'>): Problem[] {
  const area = survey.questions.find((q) => q.kind === 'area');
  if (area && 'options' in area && area.options.length === 0) {
    return [
      {
        sv: 'Kommunen har inga områden än: lägg in områden eller ta bort frågan om område',
        en: 'The kommun has no areas yet: add areas or remove the area question',
      },
    ];
  }
  return [];
}

/** Opens the survey at its public link (from its first day, if one is set). A closed survey can be opened again. */
export async function publishSurvey(deps: Deps, actor: Actor, id: string): Promise<SurveyView> {
  const checked = await surveyFor(deps, actor, id, true);
  if (checked.status === 'open') throw alreadyOpen();
  const row = await deps.db.transaction().execute(async (trx) => {
    // Judged on the row locked for this change: a second publish, a close or an edit at the same moment waits, then sees this one.
    const locked = await lockedSurveyRow(trx, id);
    if (!locked) throw notFound('Enkäten', 'Survey');
    const before = toSurvey(locked);
    if (before.status === 'open') throw alreadyOpen();
    const questions = await withAreaOptions(trx, before.municipalityId, before.questions);
    const problems = publishProblems({ ...before, questions }, stockholmDay(deps.now()));
    if (problems.length) {
      throw new AppError(
        'validation_failed',
        `Enkäten kan inte publiceras: ${problems.map((p) => p.sv).join('; ')}`,
        `The survey cannot be published: ${problems.map((p) => p.en).join('; ')}`,
        { problems: problems.map((p) => p.sv), problemsEn: problems.map((p) => p.en) },
      );
    }
    const after = await updateSurveyRow(trx, id, {
      status: 'open',
      questions: JSON.stringify(questions),
      published_at: before.publishedAt ?? deps.now(),
      closed_at: null,
      updated_at: deps.now(),
    });
    await writeAudit(trx, actor, {
      action: 'survey.publish',
      entityType: 'survey',
      entityId: id,
      organisationId: before.municipalityId,
      before: { status: before.status },
      after: { status: 'open' },
    });
    return after;
  });
  return surveyView(deps, toSurvey(row));
}

const alreadyOpen = () => conflict('Enkäten är redan publicerad', 'The survey is already published');
const notOpen = () => conflict('Bara en publicerad enkät kan stängas', 'Only a published survey can be closed');

export async function closeSurvey(deps: Deps, actor: Actor, id: string): Promise<SurveyView> {
  const before = await surveyFor(deps, actor, id, true);
  if (before.status !== 'open') throw notOpen();
  const row = await deps.db.transaction().execute(async (trx) => {
    // Only an open survey: of two closes at once, the second finds it closed and changes nothing (409).
    const after = await updateSurveyWithStatus(trx, id, 'open', {
      status: 'closed',
      closed_at: deps.now(),
      updated_at: deps.now(),
    });
    if (!after) throw notOpen();
    await writeAudit(trx, actor, {
      action: 'survey.close',
      entityType: 'survey',
      entityId: id,
      organisationId: before.municipalityId,
      before: { status: 'open' },
      after: { status: 'closed' },
    });
    return after;
  });
  return surveyView(deps, toSurvey(row));
}
