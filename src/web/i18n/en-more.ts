/** The English words of the pages loaded when opened; the same shape as sv-more.ts. */
import type { MoreMessages } from './sv-more.ts';
import { enAdmin } from './en-admin.ts';
import { enEditor } from './en-editor.ts';
import { enOverview } from './en-overview.ts';
import { enDialogues } from './en-dialogues.ts';
import { enSituation } from './en-situation.ts';
import { enSituationMethod } from './en-situation-method.ts';
import { enActionPlan } from './en-action-plan.ts';
import { enCrime } from './en-crime.ts';
import { enOutcomes } from './en-outcomes.ts';
import { enFollowUps } from './en-followups.ts';
import { enEst } from './en-est.ts';
import { enStatistics } from './en-statistics.ts';
import { enOutside } from './en-outside-surveys.ts';
import { enSurveys } from './en-surveys.ts';
import { enDialogueEdit } from './en-dialogue-edit.ts';
import { enAreas } from './en-areas.ts';
import { enForms } from './en-forms.ts';

export const enMore: MoreMessages = {
  ...enAdmin,
  ...enEditor,
  ...enOverview,
  ...enDialogues,
  ...enSituation,
  ...enSituationMethod,
  ...enActionPlan,
  ...enCrime,
  ...enOutcomes,
  ...enFollowUps,
  ...enEst,
  ...enStatistics,
  ...enOutside,
  ...enSurveys,
  ...enDialogueEdit,
  ...enAreas,
  ...enForms,
};
