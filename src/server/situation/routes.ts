import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { getSituation, updateProblem, updateSituation } from '../../app/situation/situation.ts';
import {
  addPoliceNote,
  deletePoliceNote,
  listPoliceNotes,
  mayWritePoliceNotes,
} from '../../app/situation/police-notes.ts';
import { resolveOrganisationRef } from '../../app/organisations.ts';
import { requireActor } from '../plugins/auth.ts';
import { renderSituationDocx, renderSituationPdf } from '../../reports/index.ts';
import { municipalityByCode } from '../../domain/municipality/municipality.ts';

const tags = ['Lägesbild'];
const params = z.object({
  kommun: z.string().regex(/^\d{4}$/, 'kommunkod'),
  year: z.coerce.number().int().min(2000).max(2100),
});
const text = z.string().max(100_000).nullable().optional();

export async function situationRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const kommunId = (code: string) => resolveOrganisationRef(deps, code);

  app.get(
    '/api/v1/situation/:kommun/:year',
    { schema: { tags, summary: 'Lägesbilden: rangordnade problem med sitt underlag', params } },
    async (req) => getSituation(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year),
  );

  app.put(
    '/api/v1/situation/:kommun/:year',
    {
      schema: {
        tags,
        summary: 'Texter (brottslighetens omfattning, konsekvenser, övrig information, analys) och vikter',
        params,
        body: z.object({
          texts: z.object({ crimeSurvey: text, consequences: text, otherInformation: text, analysis: text }).optional(),
          weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
        }),
      },
    },
    async (req) =>
      updateSituation(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.body),
  );

  app.put(
    '/api/v1/situation/:kommun/:year/problems/:category',
    {
      schema: {
        tags,
        summary: 'Flytta ett problem (med skäl), prioritera, orsaksanalys och koppling till löften',
        params: params.extend({ category: z.string().max(100) }),
        body: z.object({
          manualRank: z.number().int().min(1).max(100).nullable().optional(),
          rankReason: z.string().max(5000).nullable().optional(),
          prioritised: z.boolean().optional(),
          cause: z
            .object({
              type: z.enum(['situational', 'social', 'both']).nullable(),
              horizon: z.enum(['short', 'long', 'both']).nullable(),
              text: z.string().max(20_000).nullable(),
            })
            .optional(),
          focusAreaIds: z.array(z.uuid()).max(100).optional(),
          commitmentIds: z.array(z.uuid()).max(500).optional(),
        }),
      },
    },
    async (req) =>
      updateProblem(
        deps,
        requireActor(req),
        await kommunId(req.params.kommun),
        req.params.year,
        req.params.category,
        req.body,
      ),
  );

  app.get(
    '/api/v1/situation/:kommun/:year/export.:format',
    {
      schema: {
        tags,
        summary: 'Lägesbilden som PDF eller Word (audience=public: öppen version utan sekretess och fritext)',
        params: params.extend({ format: z.enum(['pdf', 'docx']) }),
        querystring: z.object({ audience: z.enum(['public', 'internal']).default('internal') }),
      },
    },
    async (req, reply) => {
      const kommun = await kommunId(req.params.kommun);
      const view = await getSituation(deps, requireActor(req), kommun, req.params.year);
      const name = municipalityByCode(req.params.kommun)?.name ?? req.params.kommun;
      const opts = { kommunName: name, audience: req.query.audience };
      const pdf = req.params.format === 'pdf';
      return reply
        .header(
          'content-type',
          pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
        .header(
          'content-disposition',
          `attachment; filename="lagesbild-${req.params.kommun}-${req.params.year}-${req.query.audience === 'public' ? 'oppen' : 'intern'}.${req.params.format}"`,
        )
        .send(pdf ? await renderSituationPdf(view, opts) : await renderSituationDocx(view, opts));
    },
  );

  app.get(
    '/api/v1/situation/:kommun/:year/police-notes',
    { schema: { tags, summary: 'Polisens sekretessbelagda underlag (bara polis)', params } },
    async (req) => {
      const actor = requireActor(req);
      const kommun = await kommunId(req.params.kommun);
      return {
        notes: await listPoliceNotes(deps, actor, kommun, req.params.year),
        mayWrite: await mayWritePoliceNotes(deps, actor, kommun),
      };
    },
  );

  app.post(
    '/api/v1/situation/:kommun/:year/police-notes',
    {
      schema: {
        tags,
        summary: 'Lägg till sekretessbelagt underlag (bara polisroller som skriver lägesbilden)',
        params,
        body: z.object({
          category: z.string().max(100),
          seriousness: z.number().int().min(1).max(5),
          text: z.string().min(1).max(20_000),
        }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await addPoliceNote(deps, requireActor(req), await kommunId(req.params.kommun), {
            ...req.body,
            year: req.params.year,
          }),
        ),
  );

  app.delete(
    '/api/v1/situation/:kommun/:year/police-notes/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort sekretessbelagt underlag (bara polisroller som skriver lägesbilden)',
        params: params.extend({ id: z.uuid() }),
      },
    },
    async (req, reply) => {
      await deletePoliceNote(deps, requireActor(req), await kommunId(req.params.kommun), req.params.id);
      return reply.status(204).send();
    },
  );
}
