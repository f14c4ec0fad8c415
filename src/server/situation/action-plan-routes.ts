/** Routes of the åtgärdsplan decided from a kommun's lägesbild of one year (registered by situation/routes.ts). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { filesAnswer, NoContent, responses } from '../../contracts/common.ts';
import {
  ActionPlanView,
  Decision,
  MeasureEdit,
  MeasureInput,
  MeasureParams,
  PlanEdit,
  PlanExportParams,
  PlanParams,
} from '../../contracts/action-plans.ts';
import type { Deps } from '../../app/deps.ts';
import { getActionPlan } from '../../app/action-plans/read.ts';
import {
  addMeasure,
  decidePlan,
  editMeasure,
  removeMeasure,
  reopenPlan,
  savePlan,
} from '../../app/action-plans/write.ts';
import { getSituation } from '../../app/situation/situation.ts';
import { resolveOrganisationRef } from '../../app/admin/organisations.ts';
import { requireActor } from '../plugins/auth.ts';
import { renderActionPlanDocx, renderActionPlanPdf } from '../../reports/action-plan-report.ts';
import { municipalityByCode } from '../../domain/municipality/municipality.ts';

const tags = ['Åtgärdsplan'];
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const base = '/api/v1/situation/:kommun/:year/action-plan';

export async function actionPlanRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const kommunId = (code: string) => resolveOrganisationRef(deps, code);
  const ok = responses({ 200: ActionPlanView }, ['not_found', 'conflict']);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Åtgärdsplanen som beslutas utifrån lägesbilden: åtgärder per prioriterat problem',
        params: PlanParams,
        response: responses({ 200: ActionPlanView }, ['not_found']),
      },
    },
    async (req) => getActionPlan(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year),
  );

  app.put(
    base,
    {
      schema: {
        tags,
        summary: 'Skapa åtgärdsplanen eller ändra titel och år',
        params: PlanParams,
        body: PlanEdit,
        response: ok,
      },
    },
    async (req) => savePlan(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.body),
  );

  app.post(
    `${base}/decide`,
    {
      schema: {
        tags,
        summary: 'Besluta planen: beslutande organ och datum (varje prioriterat problem behöver en åtgärd)',
        params: PlanParams,
        body: Decision,
        response: ok,
      },
    },
    async (req) => decidePlan(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.body),
  );

  app.post(
    `${base}/reopen`,
    {
      schema: {
        tags,
        summary: 'Ta tillbaka en beslutad plan till utkast för att revidera den',
        params: PlanParams,
        response: ok,
      },
    },
    async (req) => reopenPlan(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year),
  );

  app.post(
    `${base}/measures`,
    {
      schema: {
        tags,
        summary: 'Lägg till en åtgärd för ett prioriterat problem (kan kopplas till ett löfte)',
        params: PlanParams,
        body: MeasureInput,
        response: responses({ 201: ActionPlanView }, ['not_found', 'conflict']),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addMeasure(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.body)),
  );

  app.patch(
    `${base}/measures/:id`,
    { schema: { tags, summary: 'Ändra en åtgärd', params: MeasureParams, body: MeasureEdit, response: ok } },
    async (req) =>
      editMeasure(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.params.id, req.body),
  );

  app.delete(
    `${base}/measures/:id`,
    {
      schema: {
        tags,
        summary: 'Ta bort en åtgärd',
        params: MeasureParams,
        response: responses({ 204: NoContent }, ['not_found', 'conflict']),
      },
    },
    async (req, reply) => {
      await removeMeasure(deps, requireActor(req), await kommunId(req.params.kommun), req.params.year, req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    `${base}/export.:format`,
    {
      schema: {
        tags,
        summary: 'Åtgärdsplanen som PDF eller Word, med lägesbildens sammanfattning',
        params: PlanExportParams,
        response: responses({ 200: filesAnswer('Åtgärdsplanen som PDF eller Word', [PDF, DOCX]) }, ['not_found']),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const kommun = await kommunId(req.params.kommun);
      const plan = await getActionPlan(deps, actor, kommun, req.params.year);
      const situation = await getSituation(deps, actor, kommun, req.params.year);
      const name = municipalityByCode(req.params.kommun)?.name ?? req.params.kommun;
      const opts = { kommunName: name, situationTexts: situation.texts, generatedAt: deps.now() };
      const pdf = req.params.format === 'pdf';
      return reply
        .header('content-type', pdf ? PDF : DOCX)
        .header(
          'content-disposition',
          `attachment; filename="atgardsplan-${req.params.kommun}-${req.params.year}.${req.params.format}"`,
        )
        .send(pdf ? await renderActionPlanPdf(plan, opts) : await renderActionPlanDocx(plan, opts));
    },
  );
}
