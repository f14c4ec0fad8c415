/** Building surveys: create (blank or from a template), edit, publish, close, list. Every change is audited. */
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict, forbidden } from '../../domain/errors.ts';
import { DEFAULT_CATEGORIES } from '../../domain/surveys/coding.ts';
import { DEFAULT_SCORING } from '../../domain/surveys/scoring.ts';
import { templateByKey, templateQuestions } from '../../domain/surveys/template.ts';
import { questionListProblems, structureOf, type Question } from '../../domain/surveys/types.ts';
import type { CreateSurveyInput, UpdateSurveyInput } from '../../domain/surveys/inputs.ts';
import { surveyFor, surveyView, toSurvey, withAreaOptions, type Survey, type SurveyView } from './store.ts';

const j = (v: unknown) => JSON.stringify(v);

/** Ten characters from a lower-case alphabet without look-alikes: short enough to type from a poster. */
function newPublicId(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

const invalid = (problems: string[]) =>
  new AppError('validation_failed', `Enkäten går inte att spara: ${problems.join('; ')}`, 'The survey cannot be saved', { problems });

export async function createSurvey(deps: Deps, actor: Actor, input: CreateSurveyInput): Promise<SurveyView> {
  const kommun = await deps.db.selectFrom('organisations').select(['id', 'kind']).where('id', '=', input.municipalityId).executeTakeFirst();
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
  const row = await deps.db.transaction().execute(async (trx) => {
    const questions = template ? await withAreaOptions(trx, kommun.id, templateQuestions(template)) : [];
    const created = await trx.insertInto('surveys').values({
      municipality_id: kommun.id, public_id: newPublicId(), template_key: template?.key ?? null,
      title: j(title), intro: template ? j(template.intro) : null, languages: j(input.languages ?? ['sv', 'en']),
      questions: j(questions), scoring: j(DEFAULT_SCORING), categories: j(DEFAULT_CATEGORIES), created_by: actor.label,
    }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'survey.create', entityType: 'survey', entityId: created.id, organisationId: kommun.id,
      after: { title, template: template?.key ?? null } });
    return created;
  });
  return surveyView(deps, toSurvey(row));
}

export async function getSurvey(deps: Deps, actor: Actor, id: string): Promise<SurveyView> {
  return surveyView(deps, await surveyFor(deps, actor, id, false));
}

export async function listSurveys(deps: Deps, actor: Actor, filter: { municipalityId?: string } = {}): Promise<SurveyView[]> {
  const reads = [reachFor(actor, 'dialogue.read'), reachFor(actor, 'survey.manage')];
  const all = reads.includes('all');
  const ids = new Set(reads.flatMap((r) => (r === 'all' ? [] : [...r])));
  if (!all && ids.size === 0) return [];
  let q = deps.db.selectFrom('surveys').selectAll().orderBy('created_at', 'desc');
  if (!all) q = q.where('municipality_id', 'in', [...ids]);
  if (filter.municipalityId) q = q.where('municipality_id', '=', filter.municipalityId);
  const rows = await q.execute();
  return Promise.all(rows.map((r) => surveyView(deps, toSurvey(r))));
}

async function hasResponses(deps: Deps, surveyId: string): Promise<boolean> {
  return !!(await deps.db.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId).limit(1).executeTakeFirst());
}

/** Area options are the kommun's areas, never what the client sent. */
function keepAreaOptions(before: Survey, questions: Question[]): Question[] {
  const old = before.questions.find((q) => q.kind === 'area');
  return questions.map((q) => (q.kind === 'area' ? { ...q, options: old && 'options' in old ? old.options : [] } : q));
}

async function checkUpdate(deps: Deps, before: Survey, input: UpdateSurveyInput): Promise<void> {
  const problems = input.questions ? questionListProblems(input.questions) : [];
  const opens = input.opensOn !== undefined ? input.opensOn : before.opensOn;
  const closes = input.closesOn !== undefined ? input.closesOn : before.closesOn;
  if (opens && closes && closes < opens) problems.push('Sista svarsdag ligger före första');
  if (problems.length) throw invalid(problems);
  if (input.access && input.access !== before.access && before.status !== 'draft') {
    throw conflict('Svarssättet (länk eller koder) kan bara ändras innan enkäten publiceras',
      'Access (link or codes) can only change before the survey is published');
  }
  if (input.questions && structureOf(input.questions) !== structureOf(before.questions) && await hasResponses(deps, before.id)) {
    throw conflict('Enkäten har svar: frågor och svarsalternativ kan inte läggas till, tas bort eller byta id. Texter går att ändra.',
      'The survey has answers: questions and options cannot be added, removed or renamed. Texts can be changed.');
  }
  if (input.slug && input.slug !== before.slug) {
    const taken = await deps.db.selectFrom('surveys').select('id')
      .where((eb) => eb.or([eb('slug', '=', input.slug!), eb('public_id', '=', input.slug!)])).executeTakeFirst();
    if (taken) throw conflict(`Adressen "${input.slug}" används redan`, `The address "${input.slug}" is taken`);
  }
}

export async function updateSurvey(deps: Deps, actor: Actor, id: string, input: UpdateSurveyInput): Promise<SurveyView> {
  const before = await surveyFor(deps, actor, id, true);
  await checkUpdate(deps, before, input);
  const set: Record<string, unknown> = { updated_at: deps.now() };
  if (input.title) set.title = j(input.title);
  if (input.intro !== undefined) set.intro = input.intro ? j(input.intro) : null;
  if (input.languages) set.languages = j(input.languages);
  if (input.scoring) set.scoring = j(input.scoring);
  if (input.categories) set.categories = j(input.categories);
  if (input.access) set.access = input.access;
  if (input.opensOn !== undefined) set.opens_on = input.opensOn;
  if (input.closesOn !== undefined) set.closes_on = input.closesOn;
  if (input.slug !== undefined) set.slug = input.slug;
  const row = await deps.db.transaction().execute(async (trx) => {
    if (input.addAreas?.length) {
      await trx.insertInto('areas').values(input.addAreas.map((name) => ({ municipality_id: before.municipalityId, name })))
        .onConflict((oc) => oc.doNothing()).execute();
    }
    if (input.questions || input.addAreas?.length) {
      const questions = input.questions ? keepAreaOptions(before, input.questions) : before.questions;
      set.questions = j(await withAreaOptions(trx, before.municipalityId, questions));
    }
    const after = await trx.updateTable('surveys').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'survey.update', entityType: 'survey', entityId: id, organisationId: before.municipalityId,
      before: pick(before, input), after: { ...input } });
    return after;
  });
  return surveyView(deps, toSurvey(row));
}

/** The fields of `before` that the change touches, for the audit log. */
function pick(before: Survey, input: UpdateSurveyInput): Record<string, unknown> {
  return Object.fromEntries(Object.keys(input).map((k) => [k, before[k as keyof Survey]]));
}

export async function deleteSurvey(deps: Deps, actor: Actor, id: string): Promise<void> {
  const before = await surveyFor(deps, actor, id, true);
  if (before.status !== 'draft' || await hasResponses(deps, id)) {
    throw conflict('Bara ett utkast utan svar kan tas bort; stäng enkäten i stället', 'Only a draft without answers can be deleted; close it instead');
  }
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('surveys').where('id', '=', id).execute();
    await writeAudit(trx, actor, { action: 'survey.delete', entityType: 'survey', entityId: id, organisationId: before.municipalityId,
      before: { title: before.title } });
  });
}
