/** Translations of a promise set's and a follow-up's texts into Finnish, Meänkieli and English (issue 18). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import {
  SaveTranslationsBody,
  SaveTranslationsResult,
  TranslationParams,
  TranslationsView,
} from '../../contracts/translations.ts';
import type { Deps } from '../../app/deps.ts';
import {
  followUpTranslations,
  promiseSetTranslations,
  saveFollowUpTranslations,
  savePromiseSetTranslations,
} from '../../app/translations/translations.ts';
import { requireActor } from '../plugins/auth.ts';

export async function translationRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Översättningar'];

  app.get(
    '/api/v1/promise-sets/:id/translations',
    {
      schema: {
        tags,
        summary: 'Medborgarlöftets texter på svenska och deras översättningar (finska, meänkieli, engelska)',
        params: TranslationParams,
        response: responses({ 200: TranslationsView }, ['not_found']),
      },
    },
    async (req) => promiseSetTranslations(deps, requireActor(req), req.params.id),
  );

  app.put(
    '/api/v1/promise-sets/:id/translations',
    {
      schema: {
        tags,
        summary: 'Spara översättningar av medborgarlöftets texter till ett språk (tom text tar bort)',
        params: TranslationParams,
        body: SaveTranslationsBody,
        response: responses({ 200: SaveTranslationsResult }, ['not_found', 'forbidden']),
      },
    },
    async (req) => savePromiseSetTranslations(deps, requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/follow-ups/:id/translations',
    {
      schema: {
        tags,
        summary: 'Uppföljningens texter på svenska och deras översättningar (finska, meänkieli, engelska)',
        params: TranslationParams,
        response: responses({ 200: TranslationsView }, ['not_found']),
      },
    },
    async (req) => followUpTranslations(deps, requireActor(req), req.params.id),
  );

  app.put(
    '/api/v1/follow-ups/:id/translations',
    {
      schema: {
        tags,
        summary: 'Spara översättningar av uppföljningens texter till ett språk (tom text tar bort)',
        params: TranslationParams,
        body: SaveTranslationsBody,
        response: responses({ 200: SaveTranslationsResult }, ['not_found', 'forbidden']),
      },
    },
    async (req) => saveFollowUpTranslations(deps, requireActor(req), req.params.id, req.body),
  );
}
