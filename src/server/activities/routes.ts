import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { deleteActivity, logActivities, logActivity, updateActivity } from '../../app/activities/activities.ts';
import { listActivities } from '../../app/activities/queries.ts';
import { promiseSetProgressJson } from '../../app/activities/progress.ts';
import { activityCsvTemplate, importActivitiesCsv } from '../../app/activities/csv-import.ts';
import { AppError } from '../../domain/errors.ts';
import { planActivity, promiseSetCalendar, removePlanned } from '../../app/activities/planned.ts';
import { myCommitments } from '../../app/activities/my-commitments.ts';
import { overview } from '../../app/overview/overview.ts';
import { requireActor } from '../plugins/auth.ts';
import { swedishDay } from '../../domain/calendar.ts';

const tags = ['Aktiviteter'];
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const activityBody = z.object({
  commitmentId: z.uuid(),
  date: isoDay,
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable().optional(),
  durationMinutes: z.number().int().min(0).max(100_000).nullable().optional(),
  quantity: z.number().min(0).max(1_000_000).optional(),
  areaIds: z.array(z.uuid()).max(50).optional(),
  people: z.array(z.string().max(200)).max(50).optional(),
  outcomes: z.record(z.string().max(100), z.number().min(0)).optional(),
  note: z.string().max(5000).nullable().optional(),
});

export async function activityRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post('/api/v1/activities', { schema: { tags, summary: 'Logga en utförd aktivitet', body: activityBody } },
    async (req, reply) => reply.status(201).send(await logActivity(deps, requireActor(req), req.body)));

  app.post('/api/v1/activities/batch', {
    schema: { tags, summary: 'Logga flera aktiviteter: allt eller inget', body: z.object({ activities: z.array(activityBody).min(1).max(5000) }) },
  }, async (req, reply) => reply.status(201).send({ activities: await logActivities(deps, requireActor(req), req.body.activities) }));

  app.get('/api/v1/activities', {
    schema: { tags, summary: 'Aktiviteter', querystring: z.object({
      promiseSetId: z.uuid().optional(), commitmentId: z.uuid().optional(), from: isoDay.optional(), to: isoDay.optional(),
      limit: z.coerce.number().int().min(1).max(5000).optional(),
    }) },
  }, async (req) => ({ activities: await listActivities(deps, requireActor(req), req.query) }));

  app.patch('/api/v1/activities/:id', {
    schema: { tags, summary: 'Ändra en aktivitet', params: z.object({ id: z.uuid() }), body: activityBody.omit({ commitmentId: true }).partial() },
  }, async (req) => updateActivity(deps, requireActor(req), req.params.id, req.body));

  app.delete('/api/v1/activities/:id', { schema: { tags, summary: 'Ta bort en aktivitet', params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      await deleteActivity(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    });

  // CSV arrives as text/csv (or JSON { csv }); register a parser that keeps the body as a string.
  root.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  app.post('/api/v1/activities/import', {
    schema: { tags, summary: 'Ladda upp aktiviteter som CSV: en felaktig rad gör att inget sparas, och rapporten säger vilka rader och varför' },
  }, async (req, reply) => {
    const body = req.body as string | { csv?: unknown } | undefined;
    const text = typeof body === 'string' ? body : typeof body?.csv === 'string' ? body.csv : null;
    if (text === null) throw new AppError('bad_request', 'Skicka CSV som text/csv eller JSON {"csv": "…"}', 'Send CSV as text/csv or JSON {"csv": "…"}');
    return reply.status(201).send(await importActivitiesCsv(deps, requireActor(req), text));
  });

  app.get('/api/v1/promise-sets/:id/activities-template.csv', {
    schema: { tags, summary: 'CSV-mall för aktiviteter med medborgarlöftets åtaganden', params: z.object({ id: z.uuid() }) },
  }, async (req, reply) => reply.header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', 'attachment; filename="aktiviteter-mall.csv"')
    .send(await activityCsvTemplate(deps, requireActor(req), req.params.id)));

  app.get('/api/v1/promise-sets/:id/progress', {
    schema: { tags: ['Uppföljning'], summary: 'Hur långt varje åtagande har kommit (progress-rules)',
      params: z.object({ id: z.uuid() }), querystring: z.object({ at: isoDay.optional() }) },
  }, async (req, reply) => reply.type('application/json; charset=utf-8')
    .send(await promiseSetProgressJson(deps, requireActor(req), req.params.id, req.query.at ?? swedishDay(deps.now()))));

  app.get('/api/v1/my/commitments', { schema: { tags, summary: 'Mina åtaganden: de jag kan logga aktiviteter mot' } },
    async (req) => ({ commitments: await myCommitments(deps, requireActor(req)) }));

  app.post('/api/v1/planned-activities', {
    schema: { tags, summary: 'Planera en aktivitet', body: z.object({ commitmentId: z.uuid(), date: isoDay,
      quantity: z.number().min(0).max(1_000_000).optional(), note: z.string().max(5000).nullable().optional() }) },
  }, async (req, reply) => reply.status(201).send(await planActivity(deps, requireActor(req), req.body)));

  app.delete('/api/v1/planned-activities/:id', { schema: { tags, summary: 'Ta bort en planerad aktivitet', params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      await removePlanned(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    });

  app.get('/api/v1/promise-sets/:id/calendar', {
    schema: { tags, summary: 'Planerat mot gjort, dag för dag', params: z.object({ id: z.uuid() }),
      querystring: z.object({ from: isoDay, to: isoDay }) },
  }, async (req) => promiseSetCalendar(deps, requireActor(req), req.params.id, req.query.from, req.query.to));

  app.get('/api/v1/overview', {
    schema: { tags: ['Uppföljning'], summary: 'Översikt: varje åtagande som trafikljus, och det som behöver uppmärksamhet',
      querystring: z.object({ organisationId: z.uuid().optional(), at: isoDay.optional() }) },
  }, async (req) => overview(deps, requireActor(req), { scopeOrgId: req.query.organisationId ?? null,
    at: req.query.at ?? swedishDay(deps.now()) }));
}
