/** Building surveys: create (blank or from a template), read, list, delete; changes are in update.ts. Every change is audited. */
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict, forbidden } from '../../domain/errors.ts';
import { DEFAULT_CATEGORIES } from '../../domain/surveys/coding.ts';
import { DEFAULT_SCORING } from '../../domain/surveys/scoring.ts';
import { templateByKey, templateQuestions } from '../../domain/surveys/template.ts';
import { completeLanguages } from '../../domain/surveys/missing-texts.ts';
import type { CreateSurveyInput } from '../../contracts/surveys.ts';
import { kommunLanguages } from '../public-languages/settings.ts';
import { surveyFor, surveyView, toSurvey, withAreaOptions, type SurveyView } from './store.ts';
import { answerCount } from './queries/batches.ts';
import { deleteDraftSurvey, insertSurvey, organisationKind, surveyRows } from './queries/surveys.ts';

const j = (v: unknown) => JSON.stringify(v);

/** Ten characters from a lower-case alphabet without look-alikes: short enough to type from a poster. */
function newPublicId(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function createSurvey(deps: Deps, actor: Actor, input: CreateSurveyInput): Promise<SurveyView> {
  const kommun = await organisationKind(deps.db, input.municipalityId);
  if (!kommun || kommun.kind !== 'municipality') {
    throw new AppError('validation_failed', 'Enkäten måste höra till en kommun', 'A survey must belong to a kommun');
  }
  if (!can(actor, 'survey.manage', kommun.id)) throw forbidden();
  const template = input.template ? templateByKey(input.template) : undefined;
  if (input.template && !template) {
    throw new AppError('validation_failed', `Mallen "${input.template}" finns inte`, `No template "${input.template}"`);
  }
  const title = input.title ?? template?.title;
  if (!title) throw new AppError('validation_failed', 'En tom enkät behöver en titel', 'A blank survey needs a title');
  // Unless asked, the candidates are the languages of the kommun's public pages (all four in the administrative areas).
  const candidates = input.languages ? [] : await kommunLanguages(deps.db, kommun.id);
  const row = await deps.db.transaction().execute(async (trx) => {
    const questions = template ? await withAreaOptions(trx, kommun.id, templateQuestions(template)) : [];
    const created = await insertSurvey(trx, {
      municipality_id: kommun.id,
      public_id: newPublicId(),
      template_key: template?.key ?? null,
      title: j(title),
      intro: template ? j(template.intro) : null,
      // Unless asked, a survey is offered in Swedish and in those of the kommun's languages all its texts are written in.
      languages: j(input.languages ?? completeLanguages({ title, questions }, candidates)),
      questions: j(questions),
      scoring: j(DEFAULT_SCORING),
      categories: j(DEFAULT_CATEGORIES),
      created_by: actor.label,
    });
    await writeAudit(trx, actor, {
      action: 'survey.create',
      entityType: 'survey',
      entityId: created.id,
      organisationId: kommun.id,
      after: { title, template: template?.key ?? null },
    });
    return created;
  });
  return surveyView(deps, toSurvey(row));
}

export async function getSurvey(deps: Deps, actor: Actor, id: string): Promise<SurveyView> {
  return surveyView(deps, await surveyFor(deps, actor, id, false));
}

export async function listSurveys(
  deps: Deps,
  actor: Actor,
  filter: { municipalityId?: string } = {},
): Promise<SurveyView[]> {
  const reads = [reachFor(actor, 'dialogue.read'), reachFor(actor, 'survey.manage')];
  const all = reads.includes('all');
  const ids = new Set(reads.flatMap((r) => (r === 'all' ? [] : [...r])));
  if (!all && ids.size === 0) return [];
  const rows = await surveyRows(deps.db, {
    municipalityIds: all ? undefined : [...ids],
    municipalityId: filter.municipalityId,
  });
  return Promise.all(rows.map((r) => surveyView(deps, toSurvey(r))));
}

async function hasResponses(deps: Deps, surveyId: string): Promise<boolean> {
  return (await answerCount(deps.db, surveyId)) > 0;
}

export async function deleteSurvey(deps: Deps, actor: Actor, id: string): Promise<void> {
  const before = await surveyFor(deps, actor, id, true);
  const refused = () =>
    conflict(
      'Bara ett utkast utan svar kan tas bort; stäng enkäten i stället',
      'Only a draft without answers can be deleted; close it instead',
    );
  if (before.status !== 'draft' || (await hasResponses(deps, id))) throw refused();
  await deps.db.transaction().execute(async (trx) => {
    // Only while a draft (which takes no answers): a publish at the same moment wins, and the survey and its answers stay.
    if (!(await deleteDraftSurvey(trx, id))) throw refused();
    await writeAudit(trx, actor, {
      action: 'survey.delete',
      entityType: 'survey',
      entityId: id,
      organisationId: before.municipalityId,
      before: { title: before.title },
    });
  });
}
