import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDaySchema } from '../../domain/iso-day.ts';
import type { Deps } from '../../app/deps.ts';
import { createFollowUp, getFollowUp, listFollowUps, updateFollowUp } from '../../app/followups/followups.ts';
import { approveFollowUp, publishFollowUp, reviewFollowUp } from '../../app/followups/workflow.ts';
import { carryOver } from '../../app/followups/carry-over.ts';
import { followUpCsv } from '../../app/followups/attachments.ts';
import { CADENCES, VERDICTS } from '../../domain/follow-up.ts';
import { renderFollowUpDocx, renderFollowUpPdf } from '../../reports/index.ts';
import { requireActor } from '../plugins/auth.ts';

const tags = ['Uppföljning'];
const id = z.object({ id: z.uuid() });
const party = z.object({ party: z.enum(['polisen', 'kommunen']).optional() }).nullish();

export async function followUpRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/promise-sets/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Gör en uppföljning för en period (ifylld från utfallet)',
        params: id,
        body: z.object({
          cadence: z.enum(CADENCES),
          year: z.number().int().min(2000).max(2100),
          index: z.number().int().min(1).max(4),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createFollowUp(deps, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/v1/promise-sets/:id/follow-ups',
    { schema: { tags, summary: 'Uppföljningar av ett medborgarlöfte', params: id } },
    async (req) => ({ followUps: await listFollowUps(deps, requireActor(req), req.params.id) }),
  );

  app.get('/api/v1/follow-ups/:id', { schema: { tags, summary: 'En uppföljning', params: id } }, async (req) => {
    const { municipalityIds: _m, ...view } = await getFollowUp(deps, requireActor(req), req.params.id);
    return view;
  });

  app.put(
    '/api/v1/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'Ändra ett utkast: texter, mottagare och bedömningar',
        params: id,
        body: z.object({
          summary: z.string().max(50_000).nullable().optional(),
          citizensSaid: z.string().max(50_000).nullable().optional(),
          nextSteps: z.string().max(50_000).nullable().optional(),
          dueDate: isoDaySchema.nullable().optional(),
          recipients: z.array(z.email().max(320)).max(50).optional(),
          items: z
            .array(
              z.object({
                commitmentId: z.uuid(),
                verdict: z.enum(VERDICTS),
                comment: z.string().max(5000).nullable().optional(),
              }),
            )
            .max(500)
            .optional(),
        }),
      },
    },
    async (req) => updateFollowUp(deps, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/follow-ups/:id/review',
    { schema: { tags, summary: 'Granska för en part (polisen eller kommunen)', params: id, body: party } },
    async (req) => reviewFollowUp(deps, requireActor(req), req.params.id, req.body?.party),
  );
  app.post(
    '/api/v1/follow-ups/:id/approve',
    { schema: { tags, summary: 'Godkänn (ledningen: LPO-chef, kommunalråd)', params: id, body: party } },
    async (req) => approveFollowUp(deps, requireActor(req), req.params.id, req.body?.party),
  );
  app.post(
    '/api/v1/follow-ups/:id/publish',
    { schema: { tags, summary: 'Publicera på kommunens sida', params: id } },
    async (req) => publishFollowUp(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/follow-ups/:id/export.csv',
    { schema: { tags, summary: 'Uppföljningens siffror som CSV', params: id } },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="uppfoljning.csv"')
        .send(followUpCsv(await getFollowUp(deps, requireActor(req), req.params.id))),
  );

  app.get(
    '/api/v1/follow-ups/:id/export.:format',
    {
      schema: {
        tags,
        summary: 'Uppföljningen som PDF eller Word',
        params: id.extend({ format: z.enum(['pdf', 'docx']) }),
      },
    },
    async (req, reply) => {
      const { municipalityIds: _m, ...view } = await getFollowUp(deps, requireActor(req), req.params.id);
      const pdf = req.params.format === 'pdf';
      return reply
        .header(
          'content-type',
          pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
        .header('content-disposition', `attachment; filename="uppfoljning-${view.period.from}.${req.params.format}"`)
        .send(pdf ? await renderFollowUpPdf(view) : await renderFollowUpDocx(view));
    },
  );

  app.post(
    '/api/v1/promise-sets/:id/carry-over',
    {
      schema: {
        tags,
        summary: 'För över ofullbordade åtaganden till nästa medborgarlöfte (ett utkast)',
        params: id,
        body: z.object({ toPromiseSetId: z.uuid(), commitmentIds: z.array(z.uuid()).min(1).max(500) }),
      },
    },
    async (req) => carryOver(deps, requireActor(req), req.params.id, req.body),
  );
}
