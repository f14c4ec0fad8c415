/** Shared set-up of the survey tests: Kalix with three areas, a signed-in coordinator, a published survey and a public form. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { orgIdByCode, type Client, type TestContext } from '../helpers.ts';
import { answerCount } from '../../src/app/surveys/queries/batches.ts';

export interface Kalix {
  id: string;
  areas: { centrum: string; nasbyn: string; tore: string };
}

export async function kalixWithAreas(ctx: TestContext): Promise<Kalix> {
  const id = await orgIdByCode(ctx.deps, '2514');
  const rows = await ctx.deps.db
    .insertInto('areas')
    .values(['Centrum', 'Näsbyn', 'Töre'].map((name) => ({ municipality_id: id, name })))
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'name'])
    .execute();
  const all = rows.length
    ? rows
    : await ctx.deps.db.selectFrom('areas').select(['id', 'name']).where('municipality_id', '=', id).execute();
  const by = (name: string) => all.find((r) => r.name === name)!.id;
  return { id, areas: { centrum: by('Centrum'), nasbyn: by('Näsbyn'), tore: by('Töre') } };
}

export interface SurveyBody {
  id: string;
  publicId: string;
  status: string;
  questions: { id: string; kind: string; options?: { value: string }[] }[];
  [key: string]: unknown;
}

/** A survey from the trygghetsmätning template, changed as asked, then published. */
export async function publishedSurvey(
  client: Client,
  municipalityId: string,
  patch: Record<string, unknown> = {},
): Promise<SurveyBody> {
  const created = await client.request('POST', '/api/v1/surveys', {
    municipalityId,
    template: 'lokal-trygghetsmatning',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  if (Object.keys(patch).length) {
    const changed = await client.request('PATCH', `/api/v1/surveys/${id}`, patch);
    expect(changed.statusCode, changed.body).toBe(200);
  }
  const published = await client.request('POST', `/api/v1/surveys/${id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as SurveyBody;
}

export const form = (fields: Record<string, string | string[]>): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
  return params.toString();
};

/** A browser: GETs the form (receiving its token cookie) and posts answers with it. */
export async function browser(app: FastifyInstance, ref: string) {
  const first = await app.inject({ url: `/enkat/${ref}` });
  const cookie = first.cookies.find((c) => c.name === 'lofte_enkat');
  const token = cookie?.value;
  return {
    first,
    token,
    post: (fields: Record<string, string | string[]>, path = ''): Promise<LightMyRequestResponse> =>
      app.inject({
        method: 'POST',
        url: `/enkat/${ref}${path}`,
        payload: form(fields),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        ...(token ? { cookies: { lofte_enkat: token } } : {}),
      }),
    get: (path = ''): Promise<LightMyRequestResponse> =>
      app.inject({ url: `/enkat/${ref}${path}`, ...(token ? { cookies: { lofte_enkat: token } } : {}) }),
  };
}

/** Answers given, as staff count them: stored ones and those waiting for their batch (src/app/surveys/queries/batches.ts). */
export async function responseCount(ctx: TestContext, surveyId: string): Promise<number> {
  return answerCount(ctx.deps.db, surveyId);
}

/** Every answer given to the survey, stored or waiting, with what each row holds. */
export async function answerRows(
  ctx: TestContext,
  surveyId: string,
): Promise<{ answers: Record<string, unknown>; channel: string; submitted_on: string }[]> {
  const cols = ['answers', 'channel', 'submitted_on'] as const;
  return [
    ...(await ctx.deps.db.selectFrom('survey_responses').select(cols).where('survey_id', '=', surveyId).execute()),
    ...(await ctx.deps.db
      .selectFrom('survey_pending_answers')
      .select(cols)
      .where('survey_id', '=', surveyId)
      .execute()),
  ];
}
