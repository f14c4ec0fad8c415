import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { importStatistics } from '../../app/statistics/import.ts';
import { getSeries, listCategories, listPoliceEvents } from '../../app/statistics/queries.ts';
import { EVENT_CATEGORIES } from '../../domain/statistics/polisen-types.ts';
import { STAT_SOURCES } from '../../domain/statistics/types.ts';
import { AppError } from '../../domain/errors.ts';
import { isoDaySchema } from '../../domain/iso-day.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Statistik'];
const isoDay = isoDaySchema;
const kommun = z.string().min(1).max(100).describe('kommunkod (2514) eller namn (Kalix)');
const year = z.coerce.number().int().min(1950).max(2100);
const category = z.string().min(1).max(100);

const importMeta = z.object({
  source: z
    .enum(STAT_SOURCES)
    .describe('bra: BRÅ:s årsfil per kommun (CSV); polisen: Polisens händelser (JSON); scb: SCB:s folkmängd (JSON)'),
  year: year.optional().describe('BRÅ: året filen gäller'),
  category: category.optional().describe('BRÅ: brottskategori, förval "samtliga brott"'),
});
const importJson = importMeta.extend({
  content: z
    .string()
    .max(20 * 1024 * 1024)
    .describe('filens innehåll som text'),
});

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
        body: z.union([importJson, z.string()]),
        querystring: importMeta.partial(),
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
        querystring: z.object({ kommun, category: category.optional() }),
      },
    },
    async (req) => getSeries(deps, requireActor(req), req.query),
  );

  app.get(
    '/api/v1/statistics/categories',
    {
      schema: { tags, summary: 'Brottskategorier med statistik för en kommun', querystring: z.object({ kommun }) },
    },
    async (req) => listCategories(deps, requireActor(req), req.query.kommun),
  );

  app.get(
    '/api/v1/statistics/events',
    {
      schema: {
        tags,
        summary: 'Polisens händelser i en kommun och antal per månad och kategori',
        querystring: z.object({
          kommun,
          from: isoDay.optional(),
          to: isoDay.optional(),
          category: z.enum(EVENT_CATEGORIES).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
      },
    },
    async (req) => listPoliceEvents(deps, requireActor(req), req.query),
  );
}
