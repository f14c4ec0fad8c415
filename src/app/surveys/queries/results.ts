/** The SQL of results: the survey run before, and the surveys whose results are published. */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { SurveyRow } from './surveys.ts';

/**
 * The survey run before this one in the same kommun from the same template,
 * by the day each began (its first day, else the day it was published or
 * made): `began` and `at` are this survey's.
 */
export function previousSurveyRow(
  db: Db,
  survey: { id: string; municipalityId: string; templateKey: string; began: string; at: Date },
): Promise<SurveyRow | undefined> {
  const atOf = sql<Date>`coalesce(published_at, created_at)`;
  const beganOf = sql<string>`coalesce(opens_on, (${atOf} at time zone 'Europe/Stockholm')::date)`;
  return (
    db
      .selectFrom('surveys')
      .selectAll()
      .where('municipality_id', '=', survey.municipalityId)
      .where('template_key', '=', survey.templateKey)
      .where('status', '!=', 'draft')
      .where('id', '!=', survey.id)
      // Two that began the same day: the one published (or made) first came before.
      .where(sql<boolean>`(${beganOf}, ${atOf}) < (${survey.began}::date, ${survey.at}::timestamptz)`)
      .orderBy(beganOf, 'desc')
      .orderBy(atOf, 'desc')
      .limit(1)
      .executeTakeFirst()
  );
}

/** The kommun's published surveys with at least one published chart, newest first. */
export function surveysWithPublicResults(db: Db, municipalityId: string): Promise<SurveyRow[]> {
  return db
    .selectFrom('surveys')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('status', '!=', 'draft')
    .where((eb) => eb(eb.fn('jsonb_array_length', ['public_results']), '>', 0))
    .orderBy('published_at', 'desc')
    .execute();
}
