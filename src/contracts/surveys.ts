/**
 * Contract of surveys (enkäter) under /api/v1/surveys: the builder, the
 * lifecycle, single-use codes, paper answers, free-text coding and the
 * public charts. The request bodies and the question model are the
 * domain's schemas (domain/surveys/inputs.ts, types.ts), named here once
 * for the routes, the use cases and the staff app. Results are in
 * survey-results.ts.
 */
import { z } from 'zod';
import { codingCategorySchema, Suggestion } from '../domain/surveys/coding.ts';
import {
  createSurveySchema,
  generateCodesSchema,
  paperAnswerSchema,
  publicResultsSchema,
  textCodesSchema,
  updateSurveySchema,
} from '../domain/surveys/inputs.ts';
import { publicChartSchema } from '../domain/surveys/public-charts.ts';
import { Finding as PersonalDataFinding } from '../domain/surveys/redaction.ts';
import { scoringInputSchema } from '../domain/surveys/scoring.ts';
import {
  localizedTextSchema,
  questionSchema,
  SURVEY_LANGUAGES,
  surveyTemplateSchema,
} from '../domain/surveys/types.ts';

export const SurveyParams = z.object({ id: z.uuid() });
export const SurveyListQuery = z.object({ municipalityId: z.uuid().optional() });
export const CodesQuery = z.object({ format: z.enum(['csv', 'json', 'html']).default('csv') });
export const FreeTextQuery = z.object({
  questionId: z.string().max(40).optional(),
  uncoded: z.enum(['true', 'false']).optional(),
});

export const CreateSurveyBody = createSurveySchema;
export type CreateSurveyInput = z.infer<typeof CreateSurveyBody>;
export type CreateSurveyBody = z.input<typeof CreateSurveyBody>;
export const UpdateSurveyBody = updateSurveySchema;
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyBody>;
/** A change from the builder: fields left out stay as they are. */
export type UpdateSurveyBody = z.input<typeof UpdateSurveyBody>;
export const PaperAnswerBody = paperAnswerSchema;
export type PaperAnswerBody = z.input<typeof PaperAnswerBody>;
export const GenerateCodesBody = generateCodesSchema;
export const TextCodesBody = textCodesSchema;
export type TextCodesInput = z.infer<typeof TextCodesBody>;
export type TextCodesBody = z.input<typeof TextCodesBody>;
export const PublicResultsBody = publicResultsSchema;
export type PublicResultsBody = z.input<typeof PublicResultsBody>;

/** The question model: what the builder sends and the survey answers with. */
export const Question = questionSchema;
export type Question = z.infer<typeof Question>;
export const LocalizedText = localizedTextSchema;
export type LocalizedText = z.infer<typeof LocalizedText>;
export const SurveyLanguage = z.enum(SURVEY_LANGUAGES);
export type SurveyLanguage = z.infer<typeof SurveyLanguage>;
export const CodingCategory = codingCategorySchema;
export type CodingCategory = z.infer<typeof CodingCategory>;
export const ProblemScoring = scoringInputSchema;
export type ProblemScoring = z.infer<typeof ProblemScoring>;
export const PublicChart = publicChartSchema;
export type PublicChart = z.infer<typeof PublicChart>;
export const SurveyStatus = z.enum(['draft', 'open', 'closed']);
export type SurveyStatus = z.infer<typeof SurveyStatus>;
export const SurveyAccess = z.enum(['link', 'codes']);

const count = z.number().int().nonnegative();

export const SurveyView = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  municipalityName: z.string(),
  /** Names of the kommun's areas now: what an area question offers. */
  kommunAreas: z.array(z.string()),
  /** Ten characters of the public link /enkat/<publicId>. */
  publicId: z.string(),
  /** The survey's own address /enkat/<slug>, when chosen. */
  slug: z.string().nullable(),
  publicUrl: z.string(),
  templateKey: z.string().nullable(),
  title: LocalizedText,
  intro: LocalizedText.nullable(),
  languages: z.array(SurveyLanguage),
  questions: z.array(Question),
  scoring: ProblemScoring,
  categories: z.array(CodingCategory),
  status: SurveyStatus,
  access: SurveyAccess,
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  publicResults: z.array(PublicChart),
  /** Every answer given, also those waiting for their batch. */
  responses: count,
  codes: z.object({ issued: count, used: count }),
  /** Texts missing in an offered language; publishing needs none. */
  missingTranslations: z.partialRecord(SurveyLanguage, z.array(z.string())),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type SurveyView = z.infer<typeof SurveyView>;

export const SurveyList = z.object({ surveys: z.array(SurveyView) });
export type SurveyList = z.infer<typeof SurveyList>;

export const SurveyTemplates = z.object({
  templates: z.array(surveyTemplateSchema),
  defaultScoring: ProblemScoring,
  defaultCategories: z.array(CodingCategory),
});
export type SurveyTemplates = z.infer<typeof SurveyTemplates>;

/** A batch of single-use codes: shown this once, only their hashes are stored. */
export const CodeBatch = z.object({
  batch: z.number().int().positive(),
  /** Formatted for the letter: "ACDE-FGHJ". */
  codes: z.array(z.string()),
  url: z.string(),
});
export type CodeBatch = z.infer<typeof CodeBatch>;

export const PaperAnswerAccepted = z.object({ accepted: z.literal(true) });
export type PaperAnswerAccepted = z.infer<typeof PaperAnswerAccepted>;

export const FreeTextItem = z.object({
  responseId: z.uuid(),
  questionId: z.string(),
  /** As written: only for the working group, never exported or published. */
  text: z.string(),
  redacted: z.string(),
  /** Where personal data was found in `text`. */
  personalData: z.array(PersonalDataFinding),
  suggestions: z.array(Suggestion),
  categories: z.array(z.string()),
});
export type FreeTextItem = z.infer<typeof FreeTextItem>;

export const FreeText = z.object({
  categories: z.array(CodingCategory),
  questions: z.array(z.object({ id: z.string(), text: LocalizedText })),
  items: z.array(FreeTextItem),
  /** Answers waiting for their batch: they can be coded once stored. */
  waiting: count,
});
export type FreeText = z.infer<typeof FreeText>;

export const TextCodesResult = z.object({ updated: count });
export type TextCodesResult = z.infer<typeof TextCodesResult>;

export const PublicCharts = z.object({ charts: z.array(PublicChart) });
export type PublicCharts = z.infer<typeof PublicCharts>;
