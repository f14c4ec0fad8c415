/**
 * Reading surveys from the database into the domain model and the view
 * the API answers with, and the access checks every survey use case
 * shares.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { answerCount } from './queries/batches.ts';
import { areaRows, codeCounts, organisationName, surveyRow, type SurveyRow } from './queries/surveys.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import type { CodingCategory } from '../../domain/surveys/coding.ts';
import type { ProblemScoring } from '../../domain/surveys/scoring.ts';
import {
  missingTranslations,
  type LocalizedText,
  type Question,
  type SurveyAccess,
  type SurveyLanguage,
  type SurveyStatus,
} from '../../domain/surveys/types.ts';
import type { PublicChart } from '../../domain/surveys/public-charts.ts';
import type { SurveyView } from '../../contracts/surveys.ts';

export interface Survey {
  id: string;
  municipalityId: string;
  publicId: string;
  slug: string | null;
  templateKey: string | null;
  title: LocalizedText;
  intro: LocalizedText | null;
  languages: SurveyLanguage[];
  questions: Question[];
  scoring: ProblemScoring;
  categories: CodingCategory[];
  status: SurveyStatus;
  access: SurveyAccess;
  opensOn: string | null;
  closesOn: string | null;
  publicResults: PublicChart[];
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
}

export type { SurveyView } from '../../contracts/surveys.ts';

export function toSurvey(row: SurveyRow): Survey {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    publicId: row.public_id,
    slug: row.slug,
    templateKey: row.template_key,
    title: row.title as LocalizedText,
    intro: row.intro as LocalizedText | null,
    languages: row.languages as SurveyLanguage[],
    questions: row.questions as Question[],
    scoring: row.scoring as ProblemScoring,
    categories: row.categories as CodingCategory[],
    status: row.status as SurveyStatus,
    access: row.access as SurveyAccess,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    publicResults: row.public_results as PublicChart[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
  };
}

export async function loadSurvey(db: Db, id: string): Promise<Survey | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const row = await surveyRow(db, id);
  return row ? toSurvey(row) : undefined;
}

const notFoundSurvey = () => notFound('Enkäten', 'Survey');

/**
 * The survey, if the actor may see it (dialogue.read or survey.manage in its
 * kommun); with `manage`, also change it. Out of reach answers 404, a
 * reader trying to change answers 403.
 */
export async function surveyFor(
  deps: Deps,
  actor: Actor,
  id: string,
  manage: boolean,
  db: Db = deps.db,
): Promise<Survey> {
  const survey = await loadSurvey(db, id);
  if (!survey) throw notFoundSurvey();
  const reads =
    can(actor, 'dialogue.read', survey.municipalityId) || can(actor, 'survey.manage', survey.municipalityId);
  if (!reads) throw notFoundSurvey();
  if (manage && !can(actor, 'survey.manage', survey.municipalityId)) throw forbidden();
  return survey;
}

export function publicPath(survey: Pick<Survey, 'slug' | 'publicId'>): string {
  return `/enkat/${encodeURIComponent(survey.slug ?? survey.publicId)}`;
}

export function publicUrl(deps: Deps, survey: Pick<Survey, 'slug' | 'publicId'>): string {
  return `${deps.config.publicBaseUrl}${publicPath(survey)}`;
}

async function counts(db: Db, surveyId: string) {
  const [responses, codes] = await Promise.all([answerCount(db, surveyId), codeCounts(db, surveyId)]);
  // Answers waiting for their batch (batches.ts) count: staff see every answer given.
  return { responses, codes };
}

export async function surveyView(deps: Deps, survey: Survey): Promise<SurveyView> {
  const kommunName = await organisationName(deps.db, survey.municipalityId);
  const areas = await areaOptions(deps.db, survey.municipalityId);
  const missing: Partial<Record<SurveyLanguage, string[]>> = {};
  for (const lang of survey.languages) {
    const m = missingTranslations(survey.questions, lang);
    if (!survey.title[lang]) m.unshift('title');
    if (m.length) missing[lang] = m;
  }
  return {
    ...survey,
    municipalityName: kommunName ?? '',
    kommunAreas: areas.map((a) => a.label.sv),
    publicUrl: publicUrl(deps, survey),
    ...(await counts(deps.db, survey.id)),
    missingTranslations: missing,
    createdAt: survey.createdAt.toISOString(),
    updatedAt: survey.updatedAt.toISOString(),
    publishedAt: survey.publishedAt?.toISOString() ?? null,
    closedAt: survey.closedAt?.toISOString() ?? null,
  };
}

/** The kommun's areas as options of the area question (value = area id). */
export async function areaOptions(db: Db, municipalityId: string): Promise<{ value: string; label: LocalizedText }[]> {
  const rows = await areaRows(db, municipalityId);
  return rows.map((r) => ({ value: r.id, label: { sv: r.name } }));
}

/**
 * Questions with the area question's options taken from the kommun's areas
 * as they are now. Options of areas no longer in the table stay, so earlier
 * answers keep their label.
 */
export async function withAreaOptions(db: Db, municipalityId: string, questions: Question[]): Promise<Question[]> {
  if (!questions.some((q) => q.kind === 'area')) return questions;
  const current = await areaOptions(db, municipalityId);
  return questions.map((q) => {
    if (q.kind !== 'area') return q;
    const kept = q.options.filter((o) => !current.some((c) => c.value === o.value));
    return { ...q, options: [...current, ...kept].sort((a, b) => a.label.sv.localeCompare(b.label.sv, 'sv')) };
  });
}
