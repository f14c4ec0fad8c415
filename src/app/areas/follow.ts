/**
 * What follows an area's name or identity inside one transaction: the area
 * question of the kommun's surveys (see domain/areas/survey-options.ts),
 * and titles made from the area's name (an EST report's title always is;
 * a dialogue's only when the user gave none and it has no place of its own).
 */
import type { Db } from '../../db/connect.ts';
import { defaultTitle, type DialogueKind } from '../../domain/dialogues/dialogue.ts';
import type { Question } from '../../domain/surveys/types.ts';
import {
  dialoguesTitledByArea,
  retitleEstReports,
  setDialogueTitle,
  setSurveyQuestions,
  surveysWithAreaQuestion,
} from './queries.ts';

/**
 * Applies `change` to the questions of every survey of the kommun with an
 * area question, writing those that change. The rows are locked, so a
 * builder save cannot write older options back over these; and every
 * public answer judged against the old questions is judged again
 * (submit_survey_answer compares the row's version).
 */
export async function changeSurveyAreaOptions(
  trx: Db,
  kommunId: string,
  change: (questions: Question[]) => Question[] | null,
): Promise<string[]> {
  const surveys = await surveysWithAreaQuestion(trx, kommunId);
  const changed: string[] = [];
  for (const s of surveys) {
    const next = change(s.questions as unknown as Question[]);
    if (!next) continue;
    await setSurveyQuestions(trx, s.id, next);
    changed.push(s.id);
  }
  return changed;
}

/**
 * Titles of the area's dialogues after it is called `name`: EST reports
 * are always titled by week and area; another dialogue's title follows
 * only if it was the one made from `oldName` (so a title the user wrote
 * stays). Returns the ids of the dialogues retitled.
 */
export async function followTitles(trx: Db, areaId: string, oldName: string, name: string): Promise<string[]> {
  const est = await retitleEstReports(trx, areaId, name);
  const rows = await dialoguesTitledByArea(trx, areaId);
  const made = rows.filter((r) => r.title === defaultTitle(r.kind as DialogueKind, r.date, oldName));
  for (const r of made) {
    await setDialogueTitle(trx, r.id, defaultTitle(r.kind as DialogueKind, r.date, name));
  }
  return [...est, ...made.map((r) => r.id)];
}
