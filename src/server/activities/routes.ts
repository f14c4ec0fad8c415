import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ActivityBatch,
  ActivityFilter,
  ActivityInput,
  ActivityList,
  ActivityPatch,
  ActivityView,
  Calendar,
  CalendarQuery,
  IdempotencyHeaders,
  IdParams,
  ImportResult,
  MyCommitments,
  PlanInput,
  PlannedView,
} from '../../contracts/activities.ts';
import { fileAnswer, NoContent, responses } from '../../contracts/common.ts';
import { ProgressParams, ProgressQuery, SetProgress } from '../../contracts/progress.ts';
import type { Deps } from '../../app/deps.ts';
import {
  deleteActivity,
  listActivities,
  logActivities,
  logActivity,
  updateActivity,
} from '../../app/activities/activities.ts';
import { promiseSetProgressJson } from '../../app/activities/progress.ts';
import { activityCsvTemplate, importActivitiesCsv } from '../../app/activities/csv-import.ts';
import { AppError } from '../../domain/errors.ts';
import { planActivity, promiseSetCalendar, removePlanned } from '../../app/activities/planned.ts';
import { myCommitments } from '../../app/activities/my-commitments.ts';
import { requireActor } from '../plugins/auth.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { answerOnce } from './idempotent.ts';

const tags = ['Aktiviteter'];
const ONCE =
  'Med rubriken Idempotency-Key (1–200 tecken, t.ex. ett UUID) sparas en upprepad begäran inte två gånger: ' +
  'samma nyckel och samma innehåll inom ett dygn ger det första svaret igen; samma nyckel med annat innehåll ger 409 idempotency_key_reused.';
/** A repeated key with another request: 409 idempotency_key_reused. */
const ONCE_CODES = ['idempotency_key_reused'] as const;

export async function activityRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/activities',
    {
      schema: {
        tags,
        summary: 'Logga en utförd aktivitet',
        description: ONCE,
        headers: IdempotencyHeaders,
        body: ActivityInput,
        response: responses({ 201: ActivityView }, ['not_found', 'conflict', ...ONCE_CODES]),
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
        headers: IdempotencyHeaders,
        body: ActivityBatch,
        response: responses({ 201: ActivityList }, [...ONCE_CODES]),
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
        querystring: ActivityFilter,
        response: responses({ 200: ActivityList }),
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
        params: IdParams,
        body: ActivityPatch,
        response: responses({ 200: ActivityView }, ['not_found']),
      },
    },
    async (req) => updateActivity(deps, requireActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/activities/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort en aktivitet',
        params: IdParams,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
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
        headers: IdempotencyHeaders,
        response: responses({ 201: ImportResult }, ['payload_too_large', 'unsupported_media_type', ...ONCE_CODES]),
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
        params: IdParams,
        response: responses({ 200: fileAnswer('text/csv', 'CSV-mall, en exempelrad per åtagande') }, ['not_found']),
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
        params: ProgressParams,
        querystring: ProgressQuery,
        response: responses({ 200: SetProgress }, ['not_found']),
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
    {
      schema: {
        tags,
        summary: 'Mina åtaganden: de jag kan logga aktiviteter mot',
        response: responses({ 200: MyCommitments }),
      },
    },
    async (req) => ({ commitments: await myCommitments(deps, requireActor(req)) }),
  );

  app.post(
    '/api/v1/planned-activities',
    {
      schema: {
        tags,
        summary: 'Planera en aktivitet',
        body: PlanInput,
        response: responses({ 201: PlannedView }, ['not_found']),
      },
    },
    async (req, reply) => reply.status(201).send(await planActivity(deps, requireActor(req), req.body)),
  );

  app.delete(
    '/api/v1/planned-activities/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort en planerad aktivitet',
        params: IdParams,
        response: responses({ 204: NoContent }, ['not_found']),
      },
    },
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
        params: IdParams,
        querystring: CalendarQuery,
        response: responses({ 200: Calendar }, ['not_found']),
      },
    },
    async (req) => promiseSetCalendar(deps, requireActor(req), req.params.id, req.query.from, req.query.to),
  );
}
