import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import {
  CategoriesQuery,
  CategoryList,
  EventsQuery,
  ImportBody,
  ImportQuery,
  ImportResult,
  PoliceEvents,
  Series,
  SeriesQuery,
} from '../../contracts/statistics.ts';
import type { Deps } from '../../app/deps.ts';
import { importStatistics } from '../../app/statistics/import.ts';
import { getSeries, listCategories, listPoliceEvents } from '../../app/statistics/read.ts';
import { AppError } from '../../domain/errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { outsideSurveyRoutes } from './outside-survey-routes.ts';

const tags = ['Statistik'];

export async function statisticsRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  // The file itself may be the body (text/csv, text/plain) with source, year and category in the query.
  root.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/statistics/imports',
    {
      // The importers check the file's text themselves and say "binary file" (src/domain/statistics/text.ts).
      config: { fileText: ['/body', '/body/content'] },
      schema: {
        tags,
        summary:
          'Läs in statistik från BRÅ, Polisen eller SCB: en felaktig rad gör att inget sparas, och svaret säger vilka rader och varför',
        body: ImportBody,
        querystring: ImportQuery,
        // validation_failed carries every bad row in details (ImportRowsDetails).
        response: responses({ 201: ImportResult }, ['upload_too_large', 'payload_too_large', 'unsupported_media_type']),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const input = typeof req.body === 'string' ? { ...req.query, content: req.body } : req.body;
      if (!input.source) {
        throw new AppError(
          'validation_failed',
          'Ange källa (source): bra, polisen eller scb',
          'Give the source: bra, polisen or scb',
        );
      }
      return reply.status(201).send(await importStatistics(deps, actor, { ...input, source: input.source }));
    },
  );

  app.get(
    '/api/v1/statistics/series',
    {
      schema: {
        tags,
        summary:
          'Tidsserie för en kommun och brottskategori: antal, folkmängd, per 100 000 invånare och trend över åren',
        querystring: SeriesQuery,
        response: responses({ 200: Series }),
      },
    },
    async (req) => getSeries(deps, requireActor(req), req.query),
  );

  app.get(
    '/api/v1/statistics/categories',
    {
      schema: {
        tags,
        summary: 'Brottskategorier med statistik för en kommun',
        querystring: CategoriesQuery,
        response: responses({ 200: CategoryList }),
      },
    },
    async (req) => listCategories(deps, requireActor(req), req.query.kommun),
  );

  app.get(
    '/api/v1/statistics/events',
    {
      schema: {
        tags,
        summary: 'Polisens händelser i en kommun och antal per månad och kategori',
        querystring: EventsQuery,
        response: responses({ 200: PoliceEvents }),
      },
    },
    async (req) => listPoliceEvents(deps, requireActor(req), req.query),
  );

  await outsideSurveyRoutes(root, deps);
}
