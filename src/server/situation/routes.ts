import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { filesAnswer, NoContent, responses } from '../../contracts/common.ts';
import {
  ExportParams,
  ExportQuery,
  NewPoliceNote,
  NoteParams,
  PoliceNotes,
  PoliceNoteView,
  ProblemEdit,
  ProblemParams,
  SituationEdit,
  SituationParams,
  SituationView,
} from '../../contracts/situation.ts';
import type { Deps } from '../../app/deps.ts';
import { getSituation, updateProblem, updateSituation } from '../../app/situation/situation.ts';
import { getCrimeSection } from '../../app/situation/crime-section.ts';
import { CrimeSectionView } from '../../contracts/situation-crime.ts';
import {
  addPoliceNote,
  deletePoliceNote,
  listPoliceNotes,
  mayWritePoliceNotes,
} from '../../app/situation/police-notes.ts';
import { resolveOrganisationRef } from '../../app/admin/organisations.ts';
import { requireActor } from '../plugins/auth.ts';
import { renderSituationDocx, renderSituationPdf } from '../../reports/index.ts';
import { municipalityByCode } from '../../domain/municipality/municipality.ts';
import { actionPlanRoutes } from './action-plan-routes.ts';
import { situationLinkSentences } from '../../app/action-plans/links.ts';

const tags = ['Lägesbild'];
const params = SituationParams;
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function situationRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const kommunId = (code: string) => resolveOrganisationRef(deps, code);
  // The åtgärdsplan is decided from the lägesbild: its routes sit under the lägesbild's path.
  await actionPlanRoutes(root, deps);

  app.get(
    '/api/v1/situation/:kommun/:year',
    {
      schema: {
        tags,
        summary: 'Lägesbilden: rangordnade problem med sitt underlag',
        params,
        response: responses({ 200: SituationView }, ['not_found']),
      },
    },
    async (req) => getSituation(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year),
  );

  app.put(
    '/api/v1/situation/:kommun/:year',
    {
      schema: {
        tags,
        summary: 'Texter (brottslighetens omfattning, konsekvenser, övrig information, analys) och vikter',
        params,
        body: SituationEdit,
        response: responses({ 200: SituationView }, ['not_found']),
      },
    },
    async (req) =>
      updateSituation(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.body),
  );

  app.get(
    '/api/v1/situation/:kommun/:year/crime',
    {
      schema: {
        tags,
        summary:
          'Brottslighetens omfattning ur statistiken: serier per brottskategori, län och riket, Polisens händelser, textförslag',
        params,
        response: responses({ 200: CrimeSectionView }, ['not_found']),
      },
    },
    async (req) =>
      getCrimeSection(deps, requireActor(req), await kommunId(req.params.kommun), req.params.kommun, req.params.year),
  );

  app.put(
    '/api/v1/situation/:kommun/:year/problems/:category',
    {
      schema: {
        tags,
        summary: 'Flytta ett problem (med skäl), prioritera, orsaksanalys och koppling till löften',
        params: ProblemParams,
        body: ProblemEdit,
        response: responses({ 200: SituationView }, ['not_found']),
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
        params: ExportParams,
        querystring: ExportQuery,
        response: responses({ 200: filesAnswer('Lägesbilden som PDF eller Word', [PDF, DOCX]) }, ['not_found']),
      },
    },
    async (req, reply) => {
      const kommun = await kommunId(req.params.kommun);
      const actor = requireActor(req);
      const view = await getSituation(deps, actor, kommun, req.params.year);
      const crime = await getCrimeSection(deps, actor, kommun, req.params.kommun, req.params.year);
      const name = municipalityByCode(req.params.kommun)?.name ?? req.params.kommun;
      const opts = { kommunName: name, audience: req.query.audience, crime };
      // What answers each problem: "Problemet Narkotika besvaras av löfte 3 och åtgärd 2".
      const links = await situationLinkSentences(deps.db, kommun, req.params.year, view.problems);
      const pdf = req.params.format === 'pdf';
      return reply
        .header('content-type', pdf ? PDF : DOCX)
        .header(
          'content-disposition',
          `attachment; filename="lagesbild-${req.params.kommun}-${req.params.year}-${req.query.audience === 'public' ? 'oppen' : 'intern'}.${req.params.format}"`,
        )
        .send(
          pdf
            ? await renderSituationPdf(view, { ...opts, links })
            : await renderSituationDocx(view, { ...opts, links }),
        );
    },
  );

  app.get(
    '/api/v1/situation/:kommun/:year/police-notes',
    {
      schema: {
        tags,
        summary: 'Polisens sekretessbelagda underlag (bara polis; andra får 404)',
        params,
        response: responses({ 200: PoliceNotes }, ['not_found']),
      },
    },
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
        body: NewPoliceNote,
        response: responses({ 201: PoliceNoteView }, ['not_found']),
      },
    },
    async (req, reply) =>
      reply.status(201).send(
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
        params: NoteParams,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
    async (req, reply) => {
      await deletePoliceNote(deps, requireActor(req), await kommunId(req.params.kommun), req.params.id);
      return reply.status(204).send();
    },
  );
}
