/** Enkäter: the builder, codes, anonymous answering, results and coding. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { surveyRoutes } from './routes.ts';

export const surveysFeature: ServerFeature = {
  name: 'surveys',
  // surveyRoutes registers the builder, answering and results routes in its own scope.
  routes: [surveyRoutes],
  actions: actionsOn('survey'),
  migrations: [
    '0006_surveys',
    '0014_submit_survey_answer',
    '0019_survey_answer_batches',
    '0027_survey_answer_counts',
    '0029_survey_answer_intake',
    '0030_survey_response_order',
    '0033_survey_answer_groups',
  ],
};
