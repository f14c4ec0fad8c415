import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/deps.ts';
import { deleteActivity, logActivities, logActivity, updateActivity } from '../../app/activities/activities.ts';
import { listActivities } from '../../app/activities/queries.ts';
import { promiseSetProgressJson } from '../../app/activities/progress.ts';
import { activityCsvTemplate, importActivitiesCsv } from '../../app/activities/csv-import.ts';
import { AppError } from '../../domain/errors.ts';
import { isoDaySchema } from '../../domain/iso-day.ts';
import { planActivity, promiseSetCalendar, removePlanned } from '../../app/activities/planned.ts';
import { myCommitments } from '../../app/activities/my-commitments.ts';
import { overview } from '../../app/overview/overview.ts';
import { requireActor } from '../plugins/auth.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { ACTIVITY_LIMITS as L, isClockTime } from '../../domain/activity-limits.ts';
import { answerOnce } from './idempotent.ts';

const tags = ['Aktiviteter'];
const isoDay = isoDaySchema;
/** An activity's date has the shape here; the use case checks the day (isAcceptedDay) so a batch's report names the row. */
const activityDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ÅÅÅÅ-MM-DD');
const ONCE =
  'Med rubriken Idempotency-Key (1–200 tecken, t.ex. ett UUID) sparas en upprepad begäran inte två gånger: ' +
  'samma nyckel och samma innehåll inom ett dygn ger det första svaret igen; samma nyckel med annat innehåll ger 409 idempotency_key_reused.';
const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }).loose();
const activityBody = z.object({
  commitmentId: z.uuid(),
  date: activityDay,
  time: z.string().refine(isClockTime, 'HH:MM, 00:00–23:59').nullable().optional(),
  durationMinutes: z.number().int().min(0).max(L.durationMinutesMax).nullable().optional(),
  quantity: z.number().min(0).max(L.quantityMax).optional(),
  areaIds: z.array(z.uuid()).max(L.areasMax).optional(),
  people: z.array(z.string().max(L.personMax)).max(L.peopleMax).optional(),
  outcomes: z.record(z.string().min(1).max(L.outcomeKeyMax), z.number().min(0).max(L.outcomeValueMax)).optional(),
  note: z.string().max(L.noteMax).nullable().optional(),
});

export async function activityRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/activities',
    {
      schema: {
        tags,
        summary: 'Logga en utförd aktivitet',
        description: ONCE,
        headers: idempotencyHeader,
        body: activityBody,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return answerOnce(
        deps,
        actor,
        req,
        reply,
        201,
        (view) => view,
        (claim) => logActivity(deps, actor, req.body, claim),
      );
    },
  );

  app.post(
    '/api/v1/activities/batch',
    {
      schema: {
        tags,
        summary: 'Logga flera aktiviteter: allt eller inget',
        description: ONCE,
        headers: idempotencyHeader,
        body: z.object({ activities: z.array(activityBody).min(1).max(5000) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return answerOnce(
        deps,
        actor,
        req,
        reply,
        201,
        (activities) => ({ activities }),
        (claim) => logActivities(deps, actor, req.body.activities, claim),
      );
    },
  );

  app.get(
    '/api/v1/activities',
    {
      schema: {
        tags,
        summary: 'Aktiviteter',
        querystring: z.object({
          promiseSetId: z.uuid().optional(),
          commitmentId: z.uuid().optional(),
          from: isoDay.optional(),
          to: isoDay.optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
      },
    },
    async (req) => ({ activities: await listActivities(deps, requireActor(req), req.query) }),
  );

  app.patch(
    '/api/v1/activities/:id',
    {
      schema: {
        tags,
        summary: 'Ändra en aktivitet',
        params: z.object({ id: z.uuid() }),
        body: activityBody.omit({ commitmentId: true }).partial(),
      },
    },
    async (req) => updateActivity(deps, requireActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/activities/:id',
    { schema: { tags, summary: 'Ta bort en aktivitet', params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      await deleteActivity(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  // CSV arrives as text/csv (or JSON { csv }); register a parser that keeps the body as a string.
  root.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.post(
    '/api/v1/activities/import',
    {
      schema: {
        tags,
        summary:
          'Ladda upp aktiviteter som CSV: en felaktig rad gör att inget sparas, och rapporten säger vilka rader och varför',
        description: ONCE,
        headers: idempotencyHeader,
      },
    },
    async (req, reply) => {
      const body = req.body as string | { csv?: unknown } | undefined;
      const text = typeof body === 'string' ? body : typeof body?.csv === 'string' ? body.csv : null;
      if (text === null)
        throw new AppError(
          'bad_request',
          'Skicka CSV som text/csv eller JSON {"csv": "…"}',
          'Send CSV as text/csv or JSON {"csv": "…"}',
        );
      const actor = requireActor(req);
      return answerOnce(
        deps,
        actor,
        req,
        reply,
        201,
        (result) => result,
        (claim) => importActivitiesCsv(deps, actor, text, claim),
      );
    },
  );

  app.get(
    '/api/v1/promise-sets/:id/activities-template.csv',
    {
      schema: {
        tags,
        summary: 'CSV-mall för aktiviteter med medborgarlöftets åtaganden',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="aktiviteter-mall.csv"')
        .send(await activityCsvTemplate(deps, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/v1/promise-sets/:id/progress',
    {
      schema: {
        tags: ['Uppföljning'],
        summary: 'Hur långt varje åtagande har kommit (progress-rules)',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ at: isoDay.optional() }),
      },
    },
    async (req, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(
          await promiseSetProgressJson(deps, requireActor(req), req.params.id, req.query.at ?? swedishDay(deps.now())),
        ),
  );

  app.get(
    '/api/v1/my/commitments',
    { schema: { tags, summary: 'Mina åtaganden: de jag kan logga aktiviteter mot' } },
    async (req) => ({ commitments: await myCommitments(deps, requireActor(req)) }),
  );

  app.post(
    '/api/v1/planned-activities',
    {
      schema: {
        tags,
        summary: 'Planera en aktivitet',
        body: z.object({
          commitmentId: z.uuid(),
          date: isoDay,
          quantity: z.number().min(0).max(1_000_000).optional(),
          note: z.string().max(5000).nullable().optional(),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await planActivity(deps, requireActor(req), req.body)),
  );

  app.delete(
    '/api/v1/planned-activities/:id',
    { schema: { tags, summary: 'Ta bort en planerad aktivitet', params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      await removePlanned(deps, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/promise-sets/:id/calendar',
    {
      schema: {
        tags,
        summary: 'Planerat mot gjort, dag för dag',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ from: isoDay, to: isoDay }),
      },
    },
    async (req) => promiseSetCalendar(deps, requireActor(req), req.params.id, req.query.from, req.query.to),
  );

  app.get(
    '/api/v1/overview',
    {
      schema: {
        tags: ['Uppföljning'],
        summary: 'Översikt: varje åtagande som trafikljus, och det som behöver uppmärksamhet',
        querystring: z.object({ organisationId: z.uuid().optional(), at: isoDay.optional() }),
      },
    },
    async (req) =>
      overview(deps, requireActor(req), {
        scopeOrgId: req.query.organisationId ?? null,
        at: req.query.at ?? swedishDay(deps.now()),
      }),
  );
}
