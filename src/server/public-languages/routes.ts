/** The kommun's language switch on its public pages (Svenska, English, Suomi, Meänkieli). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import { PublicLanguagesBody, PublicLanguagesParams, PublicLanguagesView } from '../../contracts/public-languages.ts';
import type { Deps } from '../../app/deps.ts';
import { getPublicLanguages, setPublicLanguages } from '../../app/public-languages/settings.ts';
import { requireActor } from '../plugins/auth.ts';

export async function publicLanguageRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Språk på de publika sidorna'];

  app.get(
    '/api/v1/organisations/:id/public-languages',
    {
      schema: {
        tags,
        summary: 'Om kommunens publika sidor har språkväljaren (svenska, engelska, finska, meänkieli)',
        params: PublicLanguagesParams,
        response: responses({ 200: PublicLanguagesView }, ['not_found']),
      },
    },
    async (req) => getPublicLanguages(deps, requireActor(req), req.params.id),
  );

  app.put(
    '/api/v1/organisations/:id/public-languages',
    {
      schema: {
        tags,
        summary: 'Slå på eller av språkväljaren, eller låt förvaltningsområdet avgöra (kommunens administratör)',
        params: PublicLanguagesParams,
        body: PublicLanguagesBody,
        response: responses({ 200: PublicLanguagesView }, ['not_found']),
      },
    },
    async (req) => setPublicLanguages(deps, requireActor(req), req.params.id, req.body),
  );
}
