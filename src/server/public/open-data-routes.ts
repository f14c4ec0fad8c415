/**
 * Open data at stable URLs, free to use (CC0): per kommun the published
 * promise document with progress (JSON) and one row per commitment (CSV),
 * an index of them, and a page that explains it all.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps.ts';
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

export async function openDataRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const base = deps.config.publicBaseUrl;

  app.get<{ Querystring: { lang?: string } }>('/oppna-data', { schema: { hide: true } }, async (req, reply) => {
    const locale = publicLocale(req.query.lang);
    return sendHtml(reply, openDataPage(await openDataIndex(deps), locale, base));
  });

  app.get('/oppna-data/kommuner.json', { schema: { hide: true } }, async (_req, reply) => {
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
      .send(JSON.stringify({ licence: OPEN_DATA_LICENCE, kommuner }, null, 2));
  });

  app.get<{ Params: { code: string } }>(
    '/oppna-data/kommun/:code/medborgarlofte.json',
    { schema: { hide: true } },
    async (req, reply) => {
      const { code } = req.params;
      return sendCached(deps, req, reply, {
        key: `/oppna-data/kommun/${code}/medborgarlofte.json`,
        scope: { kind: 'kommunCode', code },
        headers: CORS,
        render: async () => {
          const data = await openDataFor(deps, code);
          return data ? { contentType: JSON_TYPE, body: JSON.stringify(data.document, null, 2) } : notFoundJson;
        },
      });
    },
  );

  app.get<{ Params: { code: string } }>(
    '/oppna-data/kommun/:code/medborgarlofte.csv',
    { schema: { hide: true } },
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
