/** The Swedish words of the pages loaded when opened (see sv-first.ts). */
import { svAdmin } from './sv-admin.ts';
import { svEditor } from './sv-editor.ts';
import { svOverview } from './sv-overview.ts';
import { svDialogues } from './sv-dialogues.ts';
import { svSituation } from './sv-situation.ts';
import { svSituationMethod } from './sv-situation-method.ts';
import { svActionPlan } from './sv-action-plan.ts';
import { svCrime } from './sv-crime.ts';
import { svOutcomes } from './sv-outcomes.ts';
import { svFollowUps } from './sv-followups.ts';
import { svEst } from './sv-est.ts';
import { svStatistics } from './sv-statistics.ts';
import { svOutside } from './sv-outside-surveys.ts';
import { svSurveys } from './sv-surveys.ts';
import { svDialogueEdit } from './sv-dialogue-edit.ts';
import { svAreas } from './sv-areas.ts';
import { svForms } from './sv-forms.ts';

export const svMore = {
  ...svAdmin,
  ...svEditor,
  ...svOverview,
  ...svDialogues,
  ...svSituation,
  ...svSituationMethod,
  ...svActionPlan,
  ...svCrime,
  ...svOutcomes,
  ...svFollowUps,
  ...svEst,
  ...svStatistics,
  ...svOutside,
  ...svSurveys,
  ...svDialogueEdit,
  ...svAreas,
  ...svForms,
};

export type MoreMessages = typeof svMore;
