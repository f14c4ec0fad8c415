/**
 * Open data at stable URLs, free to use (CC0): per kommun the published
 * promise document with progress (JSON) and one row per commitment (CSV),
 * an index of them, and a page that explains it all. The JSON and CSV are
 * in the API description (contracts/open-data.ts), open to everyone.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import { fileAnswer, responses } from '../../contracts/common.ts';
import { KommunCodeParams, OpenDataDocument, OpenDataIndex } from '../../contracts/open-data.ts';
import { contractJson } from '../plugins/response-check.ts';
import { OPEN_DATA_LICENCE, openDataCsv, openDataFor, openDataIndex } from '../../app/public/open-data.ts';
import { publicLocale } from '../../i18n/public.ts';
import { sendCached, sendHtml } from './respond.ts';
import { openDataPage } from './open-data-page.ts';

const CORS = { 'access-control-allow-origin': '*' };
const JSON_TYPE = 'application/json; charset=utf-8';
const notFoundJson = {
  status: 404,
  contentType: JSON_TYPE,
  body: JSON.stringify({
    code: 'not_found',
    message: 'Kommunen har inget publicerat medborgarlöfte',
    messageEn: 'The kommun has no published promise set',
  }),
};

const tags = ['Öppna data'];
const CSV_ANSWER = fileAnswer('text/csv', 'En rad per åtagande (semikolon, UTF-8 med BOM) / One row per commitment');

export async function openDataRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const base = deps.config.publicBaseUrl;
  const json = (schema: typeof OpenDataIndex | typeof OpenDataDocument, value: unknown, where: string) =>
    contractJson(schema, value, deps.config.checkResponses, where);

  app.get<{ Querystring: { lang?: string } }>('/oppna-data', { schema: { hide: true } }, async (req, reply) => {
    const locale = publicLocale(req.query.lang);
    return sendHtml(reply, openDataPage(await openDataIndex(deps), locale, base));
  });

  app.get(
    '/oppna-data/kommuner.json',
    {
      schema: {
        tags,
        summary: 'Kommuner med publicerade medborgarlöften och var deras öppna data finns (CC0)',
        security: [],
        response: responses({ 200: OpenDataIndex }, [], { public: true }),
      },
    },
    async (_req, reply) => {
      const kommuner = (await openDataIndex(deps)).map((k) => ({
        name: k.name,
        code: k.code,
        page: `${base}/kommun/${k.slug}`,
        json: `${base}/oppna-data/kommun/${k.code}/medborgarlofte.json`,
        csv: `${base}/oppna-data/kommun/${k.code}/medborgarlofte.csv`,
        feed: `${base}/kommun/${k.slug}/flode.atom`,
      }));
      return reply
        .headers(CORS)
        .header('content-type', JSON_TYPE)
        .send(json(OpenDataIndex, { licence: OPEN_DATA_LICENCE, kommuner }, 'GET /oppna-data/kommuner.json'));
    },
  );

  app.get(
    '/oppna-data/kommun/:code/medborgarlofte.json',
    {
      schema: {
        tags,
        summary: 'Kommunens publicerade medborgarlöfte med utfall per åtagande, som JSON (CC0)',
        security: [],
        params: KommunCodeParams,
        response: responses({ 200: OpenDataDocument }, ['not_found'], { public: true }),
      },
    },
    async (req, reply) => {
      const { code } = req.params;
      return sendCached(deps, req, reply, {
        key: `/oppna-data/kommun/${code}/medborgarlofte.json`,
        scope: { kind: 'kommunCode', code },
        headers: CORS,
        render: async () => {
          const data = await openDataFor(deps, code);
          return data
            ? { contentType: JSON_TYPE, body: json(OpenDataDocument, data.document, 'GET medborgarlofte.json') }
            : notFoundJson;
        },
      });
    },
  );

  app.get(
    '/oppna-data/kommun/:code/medborgarlofte.csv',
    {
      schema: {
        tags,
        summary: 'Kommunens publicerade medborgarlöfte, en rad per åtagande, som CSV (CC0)',
        security: [],
        params: KommunCodeParams,
        response: responses({ 200: CSV_ANSWER }, ['not_found'], { public: true }),
      },
    },
    async (req, reply) => {
      const { code } = req.params;
      return sendCached(deps, req, reply, {
        key: `/oppna-data/kommun/${code}/medborgarlofte.csv`,
        scope: { kind: 'kommunCode', code },
        headers: { ...CORS, 'content-disposition': `inline; filename="medborgarlofte-${code.replace(/\D/g, '')}.csv"` },
        render: async () => {
          const data = await openDataFor(deps, code);
          return data ? { contentType: 'text/csv; charset=utf-8', body: openDataCsv(data.document) } : notFoundJson;
        },
      });
    },
  );
}
