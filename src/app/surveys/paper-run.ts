/**
 * A survey that was already run on paper (last year's trygghetsmätning,
 * say) is registered afterwards, so its answers can be keyed in: a draft
 * becomes closed with the days it was answered, both in the past, without
 * ever opening at its public link. Such a survey is closed and was never
 * published (published_at stays null): that is how it is told apart.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict, notFound } from '../../domain/errors.ts';
import { stockholmDay } from '../../domain/surveys/dates.ts';
import type { Problem } from '../../domain/surveys/rules.ts';
import { areaProblems } from './lifecycle.ts';
import { lockedSurveyRow, updateSurveyRow } from './queries/surveys.ts';
import { surveyFor, surveyView, toSurvey, withAreaOptions, type Survey, type SurveyView } from './store.ts';

export interface PaperRunInput {
  opensOn: string;
  closesOn: string;
}

function paperRunProblems(survey: Survey, input: PaperRunInput, today: string): { problem: Problem; field?: string }[] {
  const out: { problem: Problem; field?: string }[] = [];
  if (input.closesOn > today)
    out.push({
      field: 'closesOn',
      problem: {
        sv: 'Sista svarsdag ligger i framtiden: en enkät som inte är genomförd än publiceras i stället',
        en: 'The last day to answer is in the future: a survey not yet run is published instead',
      },
    });
  if (input.closesOn < input.opensOn)
    out.push({
      field: 'closesOn',
      problem: { sv: 'Sista svarsdag ligger före första', en: 'The last day is before the first' },
    });
  if (!survey.questions.length)
    out.push({ problem: { sv: 'Enkäten har inga frågor', en: 'The survey has no questions' } });
  for (const problem of areaProblems(survey)) out.push({ problem });
  return out;
}

export async function recordPaperRun(deps: Deps, actor: Actor, id: string, input: PaperRunInput): Promise<SurveyView> {
  await surveyFor(deps, actor, id, true);
  const row = await deps.db.transaction().execute(async (trx) => {
    // Judged on the locked row: a publish at the same moment waits, then finds the survey no longer a draft.
    const locked = await lockedSurveyRow(trx, id);
    if (!locked) throw notFound('Enkäten', 'Survey');
    const before = toSurvey(locked);
    if (before.status !== 'draft') {
      throw conflict(
        'Bara ett utkast kan registreras som genomfört på papper',
        'Only a draft can be registered as run on paper',
      );
    }
    const questions = await withAreaOptions(trx, before.municipalityId, before.questions);
    const problems = paperRunProblems({ ...before, questions }, input, stockholmDay(deps.now()));
    if (problems.length) {
      throw new AppError(
        'validation_failed',
        `Enkäten kan inte registreras: ${problems.map((p) => p.problem.sv).join('; ')}`,
        `The survey cannot be registered: ${problems.map((p) => p.problem.en).join('; ')}`,
        {
          problems: problems.map((p) => p.problem.sv),
          problemsEn: problems.map((p) => p.problem.en),
          ...(problems[0]!.field ? { field: problems[0]!.field } : {}),
        },
      );
    }
    const after = await updateSurveyRow(trx, id, {
      status: 'closed',
      questions: JSON.stringify(questions),
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      closed_at: deps.now(),
      updated_at: deps.now(),
    });
    await writeAudit(trx, actor, {
      action: 'survey.paper_run',
      entityType: 'survey',
      entityId: id,
      organisationId: before.municipalityId,
      before: { status: before.status, opensOn: before.opensOn, closesOn: before.closesOn },
      after: { status: 'closed', opensOn: input.opensOn, closesOn: input.closesOn },
    });
    return after;
  });
  return surveyView(deps, toSurvey(row));
}
