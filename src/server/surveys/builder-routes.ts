/**
 * Builder steps beside publishing and closing: a survey already run on
 * paper is registered afterwards, and staff preview the answering page of
 * a survey in any status.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { recordPaperRun } from '../../app/surveys/paper-run.ts';
import { surveyForPreview } from '../../app/surveys/preview.ts';
import { fileAnswer, responses } from '../../contracts/common.ts';
import { PaperRunBody, PreviewQuery } from '../../contracts/survey-paper-run.ts';
import { SurveyParams, SurveyView } from '../../contracts/surveys.ts';
import { requireActor } from '../plugins/auth.ts';
import { previewPage } from './preview.ts';

const tags = ['Enkäter'];

export async function surveyBuilderRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/surveys/:id/paper-run',
    {
      schema: {
        tags,
        summary:
          'Registrera en enkät som redan genomförts på papper: utkastet stängs med sina svarsdagar (båda passerade) utan att publiceras, så att svaren kan matas in i efterhand',
        params: SurveyParams,
        body: PaperRunBody,
        response: responses({ 200: SurveyView }, ['not_found', 'conflict']),
      },
    },
    async (req) => recordPaperRun(deps, requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/surveys/:id/preview',
    {
      schema: {
        tags,
        summary:
          'Förhandsvisning av svarssidan (HTML) som den ser ut för den som svarar, i vilken status enkäten än har',
        params: SurveyParams,
        querystring: PreviewQuery,
        response: responses({ 200: fileAnswer('text/html', 'Svarssidan som förhandsvisning') }, ['not_found']),
      },
    },
    async (req, reply) => {
      const survey = await surveyForPreview(deps, requireActor(req), req.params.id);
      const lang = req.query.lang && survey.languages.includes(req.query.lang) ? req.query.lang : 'sv';
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .send(previewPage(survey, lang, `/api/v1/surveys/${survey.id}/preview`));
    },
  );
}
