/** The survey as its answering page would show it now, for the staff's preview (any status). */
import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { surveyFor, withAreaOptions, type Survey } from './store.ts';

export async function surveyForPreview(deps: Deps, actor: Actor, id: string): Promise<Survey> {
  const survey = await surveyFor(deps, actor, id, false);
  // The area question offers the kommun's areas as they are now, as the published page will.
  return { ...survey, questions: await withAreaOptions(deps.db, survey.municipalityId, survey.questions) };
}
