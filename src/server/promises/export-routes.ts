import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { filesAnswer, responses } from '../../contracts/common.ts';
import { ExportParams, PlanExportParams } from '../../contracts/promises.ts';
import type { Deps } from '../../app/deps.ts';
import { getPromiseSet } from '../../app/promises/promise-sets.ts';
import {
  renderImplementationPlanCsv,
  renderImplementationPlanDocx,
  renderImplementationPlanPdf,
  renderPromiseSetDocx,
  renderPromiseSetPdf,
} from '../../reports/index.ts';
import { slugify } from '../../domain/municipality/municipality.ts';
import { requireActor } from '../plugins/auth.ts';

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;

function send(reply: FastifyReply, body: Buffer | string, name: string, format: keyof typeof TYPES) {
  return reply
    .header('content-type', TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(body);
}

/** Print and share: the promise set in the layout of these documents, and the genomförandeplan as a table. */
export async function promiseExportRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Medborgarlöften'];

  app.get(
    '/api/v1/promise-sets/:id/export.:format',
    {
      schema: {
        tags,
        summary: 'Medborgarlöftet som PDF eller Word',
        params: ExportParams,
        response: responses({ 200: filesAnswer('Medborgarlöftet', [TYPES.pdf, TYPES.docx]) }, ['not_found']),
      },
    },
    async (req, reply) => {
      const set = await getPromiseSet(deps, requireActor(req), req.params.id);
      const name = `medborgarlofte-${slugify(set.municipalities.map((m) => m.name).join('-') || 'utkast')}-v${set.version}`;
      const body = req.params.format === 'pdf' ? await renderPromiseSetPdf(set) : await renderPromiseSetDocx(set);
      return send(reply, body, name, req.params.format);
    },
  );

  app.get(
    '/api/v1/promise-sets/:id/plan.:format',
    {
      schema: {
        tags,
        summary: 'Genomförandeplanen som PDF, Word eller CSV',
        params: PlanExportParams,
        response: responses({ 200: filesAnswer('Genomförandeplanen', Object.values(TYPES)) }, ['not_found']),
      },
    },
    async (req, reply) => {
      const set = await getPromiseSet(deps, requireActor(req), req.params.id);
      const name = `genomforandeplan-${slugify(set.municipalities.map((m) => m.name).join('-') || 'utkast')}-v${set.version}`;
      const f = req.params.format;
      const body =
        f === 'pdf'
          ? await renderImplementationPlanPdf(set)
          : f === 'docx'
            ? await renderImplementationPlanDocx(set)
            : renderImplementationPlanCsv(set);
      return send(reply, body, name, f);
    },
  );
}
