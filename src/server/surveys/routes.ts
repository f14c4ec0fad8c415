/**
 * The staff API of surveys (enkäter) under /api/v1/surveys, and the public
 * answering pages. Building, publishing, results and coding need
 * survey.manage in the survey's kommun; reading (the survey, its results
 * and exports, always redacted) needs dialogue.read.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { keyInPaperAnswer } from '../../app/surveys/answer.ts';
import { codesCsv, generateCodes } from '../../app/surveys/codes.ts';
import { exportResults } from '../../app/surveys/export.ts';
import { listFreeText, setTextCodes } from '../../app/surveys/free-text.ts';
import { closeSurvey, publishSurvey } from '../../app/surveys/lifecycle.ts';
import { getSurveyResults, getTextAnswers, setPublicResults } from '../../app/surveys/results.ts';
import { publicUrl, surveyFor } from '../../app/surveys/store.ts';
import { createSurvey, deleteSurvey, getSurvey, listSurveys } from '../../app/surveys/surveys.ts';
import { updateSurvey } from '../../app/surveys/update.ts';
import { fileAnswer, NoContent, responses } from '../../contracts/common.ts';
import { StaffResults, TextAnswersPage, TextAnswersQuery } from '../../contracts/survey-results.ts';
import {
  CodeBatch,
  CodesQuery,
  CreateSurveyBody,
  FreeText,
  FreeTextQuery,
  GenerateCodesBody,
  PaperAnswerAccepted,
  PaperAnswerBody,
  PublicCharts,
  PublicResultsBody,
  SurveyList,
  SurveyListQuery,
  SurveyParams,
  SurveyTemplates,
  SurveyView,
  TextCodesBody,
  TextCodesResult,
  UpdateSurveyBody,
} from '../../contracts/surveys.ts';
import { SURVEY_TEMPLATES } from '../../domain/surveys/template.ts';
import { DEFAULT_CATEGORIES } from '../../domain/surveys/coding.ts';
import { DEFAULT_SCORING } from '../../domain/surveys/scoring.ts';
import { requireActor } from '../plugins/auth.ts';
import { publicSurveyRoutes, qrSvg } from './public-routes.ts';
import { surveyBuilderRoutes } from './builder-routes.ts';
import { codesPrintPage, PRINT_CSS } from './codes-print.ts';
import { withInlineStyle } from '../plugins/security-headers.ts';

const tags = ['Enkäter'];
const idParams = SurveyParams;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORTS = {
  csv: fileAnswer('text/csv', 'Resultaten som CSV (semikolon, UTF-8 med BOM)'),
  xlsx: fileAnswer(XLSX, 'Resultaten som Excel-arbetsbok, med jämförelsen när det finns en förra mätning'),
} as const;
/** The new codes: as JSON, as a CSV for the letter merge, or as a printable page. */
const CODES_ANSWER = {
  description: 'Engångskoderna (visas bara nu)',
  content: {
    'application/json': { schema: CodeBatch },
    ...fileAnswer('text/csv', 'Koderna som CSV för brevkoppling').content,
    ...fileAnswer('text/html', 'Utskrivbar lista med koderna').content,
  },
};

const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function surveyRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/survey-templates',
    {
      schema: {
        tags,
        summary: 'Färdiga enkätmallar (t.ex. Lokal trygghetsmätning) med frågor, standardpoäng och kodkategorier',
        response: responses({ 200: SurveyTemplates }),
      },
    },
    async (req) => {
      requireActor(req);
      return {
        templates: [...SURVEY_TEMPLATES],
        defaultScoring: DEFAULT_SCORING,
        defaultCategories: [...DEFAULT_CATEGORIES],
      };
    },
  );

  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Enkäter du kan se',
        querystring: SurveyListQuery,
        response: responses({ 200: SurveyList }),
      },
    },
    async (req) => ({
      surveys: await listSurveys(deps, requireActor(req), { municipalityId: req.query.municipalityId }),
    }),
  );

  app.post(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Skapa en enkät, tom eller från en mall (template: "lokal-trygghetsmatning")',
        body: CreateSurveyBody,
        response: responses({ 201: SurveyView }),
      },
    },
    async (req, reply) => reply.status(201).send(await createSurvey(deps, requireActor(req), req.body)),
  );

  app.get(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'En enkät med frågor, språk, datum och poängsättning',
        params: idParams,
        response: responses({ 200: SurveyView }, ['not_found']),
      },
    },
    async (req) => getSurvey(deps, requireActor(req), req.params.id),
  );

  app.patch(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary:
          'Ändra enkäten: texter, frågor, språk, datum, svarssätt, poängsättning, kodkategorier, adress. 400 vid ogiltiga värden; 409 när ändringen krockar med svar som redan finns, en använd kategori eller en upptagen adress – då ändras ingenting',
        params: idParams,
        body: UpdateSurveyBody,
        response: responses({ 200: SurveyView }, ['not_found', 'conflict']),
      },
    },
    async (req) => updateSurvey(deps, requireActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort ett utkast utan svar',
        params: idParams,
        response: responses({ 204: NoContent }, ['not_found', 'conflict']),
      },
    },
    async (req, reply) => {
      await deleteSurvey(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/surveys/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publicera: öppna enkäten för svar via den publika länken',
        params: idParams,
        response: responses({ 200: SurveyView }, ['not_found', 'conflict']),
      },
    },
    async (req) => publishSurvey(deps, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/surveys/:id/close',
    {
      schema: {
        tags,
        summary: 'Stäng enkäten för nya svar via länken',
        params: idParams,
        response: responses({ 200: SurveyView }, ['not_found', 'conflict']),
      },
    },
    async (req) => closeSurvey(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/surveys/:id/qr.svg',
    {
      schema: {
        tags,
        summary: 'QR-kod (SVG) till enkätens publika länk',
        params: idParams,
        response: responses({ 200: fileAnswer('image/svg+xml', 'QR-koden som SVG') }, ['not_found']),
      },
    },
    async (req, reply) => {
      const survey = await surveyFor(deps, requireActor(req), req.params.id, false);
      return reply.header('content-type', 'image/svg+xml').send(await qrSvg(publicUrl(deps, survey)));
    },
  );

  await app.register(async (scope) => answerAndCodeRoutes(scope, deps));
  await app.register(async (scope) => resultRoutes(scope, deps));
  await app.register(async (scope) => publicSurveyRoutes(scope, deps));
  await app.register(async (scope) => surveyBuilderRoutes(scope, deps));
}

async function answerAndCodeRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/surveys/:id/codes',
    {
      helmet: withInlineStyle(PRINT_CSS),
      schema: {
        tags,
        params: idParams,
        body: GenerateCodesBody,
        querystring: CodesQuery,
        response: responses({ 201: CODES_ANSWER }, ['not_found', 'conflict']),
        summary:
          'Skapa engångskoder till breven i ett utskick (CSV för brevkoppling, JSON eller utskrivbar lista). Koderna visas bara nu.',
      },
    },
    async (req, reply) => {
      const batch = await generateCodes(deps, requireActor(req), req.params.id, req.body.count);
      if (req.query.format === 'json') return reply.status(201).send(batch);
      if (req.query.format === 'html')
        return reply.status(201).header('content-type', 'text/html; charset=utf-8').send(codesPrintPage(batch));
      return reply
        .status(201)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(`enkatkoder-omgang-${batch.batch}.csv`))
        .send(codesCsv(batch));
    },
  );

  app.post(
    '/api/v1/surveys/:id/responses',
    {
      schema: {
        tags,
        params: idParams,
        body: PaperAnswerBody,
        response: responses({ 201: PaperAnswerAccepted }, ['not_found', 'conflict']),
        summary: 'Mata in ett svar från en pappersenkät (answers: frågans id → värde; problemfrågor: påstående → nivå)',
      },
    },
    async (req, reply) =>
      reply.status(201).send(await keyInPaperAnswer(deps, requireActor(req), req.params.id, req.body.answers as never)),
  );
}

async function resultRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/surveys/:id/results',
    {
      schema: {
        tags,
        params: idParams,
        summary:
          'Resultat: fördelningar, problemindex 0–6, uppdelning per område, kön och ålder (grupper under 5 svar döljs), jämförelse med förra mätningen',
        response: responses({ 200: StaffResults }, ['not_found']),
      },
    },
    async (req) => getSurveyResults(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/surveys/:id/results/text-answers',
    {
      schema: {
        tags,
        params: idParams,
        querystring: TextAnswersQuery,
        summary:
          'Fritextsvar till en fråga, maskerade, 100 i taget från offset (resultaten visar de första 20; inget under 5 svar)',
        response: responses({ 200: TextAnswersPage }, ['not_found', 'validation_failed']),
      },
    },
    async (req) => getTextAnswers(deps, requireActor(req), req.params.id, req.query),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/v1/surveys/:id/export.${format}`,
      {
        schema: {
          tags,
          params: idParams,
          summary: `Exportera resultaten som ${format.toUpperCase()} (små grupper dolda, fritext maskerad)`,
          response: responses({ 200: EXPORTS[format] }, ['not_found']),
        },
      },
      async (req, reply) => {
        const file = await exportResults(deps, requireActor(req), req.params.id, format);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', attachment(file.filename))
          .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
      },
    );
  }

  app.get(
    '/api/v1/surveys/:id/free-text',
    {
      schema: {
        tags,
        params: idParams,
        querystring: FreeTextQuery,
        response: responses({ 200: FreeText }, ['not_found']),
        summary:
          'Kodningsvy för arbetsgruppen: fritextsvar i original med personuppgifter markerade, maskerad text och föreslagna kategorier',
      },
    },
    async (req) =>
      listFreeText(deps, requireActor(req), req.params.id, {
        questionId: req.query.questionId,
        uncoded: req.query.uncoded === 'true',
      }),
  );

  app.put(
    '/api/v1/surveys/:id/free-text/codes',
    {
      schema: {
        tags,
        params: idParams,
        body: TextCodesBody,
        response: responses({ 200: TextCodesResult }, ['not_found']),
        summary: 'Sätt kategorier på fritextsvar (ersätter tidigare kategorier för svaret)',
      },
    },
    async (req) => setTextCodes(deps, requireActor(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/surveys/:id/public-results',
    {
      schema: {
        tags,
        params: idParams,
        body: PublicResultsBody,
        response: responses({ 200: PublicCharts }, ['not_found', 'conflict']),
        summary: 'Välj vilka resultat som visas publikt (fråga, ev. uppdelning); tom lista avpublicerar',
      },
    },
    async (req) => setPublicResults(deps, requireActor(req), req.params.id, req.body.charts),
  );
}
