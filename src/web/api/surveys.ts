/** Surveys (enkäter): build, publish, codes, paper answers, results, exports, free-text coding and public charts. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import { useApiMutation } from './queries.ts';

export type SurveyLanguage = 'sv' | 'en' | 'fi' | 'fit';
export interface LocalizedText {
  sv: string;
  en?: string;
  fi?: string;
  fit?: string;
}
export type QuestionKind = 'single' | 'multiple' | 'scale' | 'problem' | 'text' | 'area' | 'age_band' | 'gender';
export type ProblemLevel = 'none' | 'small' | 'fairly_big' | 'very_big' | 'dont_know';
export const PROBLEM_LEVELS: readonly ProblemLevel[] = ['none', 'small', 'fairly_big', 'very_big', 'dont_know'];

export interface Question {
  id: string;
  kind: QuestionKind;
  text: LocalizedText;
  help?: LocalizedText;
  required: boolean;
  options?: { value: string; label: LocalizedText }[];
  exclusive?: string;
  items?: { id: string; text: LocalizedText }[];
  min?: number;
  max?: number;
  minLabel?: LocalizedText;
  maxLabel?: LocalizedText;
  maxLength?: number;
}

export interface CodingCategory {
  key: string;
  label: LocalizedText;
  keywords: string[];
}
/** Points 0–6 per answer on the problem scale, and problem items left out of each question's overall index. */
export interface ProblemScoring {
  none: number;
  small: number;
  fairly_big: number;
  very_big: number;
  excludedItems?: Record<string, string[]>;
}
export const SURVEY_LANGUAGES: readonly SurveyLanguage[] = ['sv', 'en', 'fi', 'fit'];
export interface PublicChart {
  questionId: string;
  breakdown: 'none' | 'area' | 'gender' | 'age_band';
}

export interface Survey {
  id: string;
  municipalityId: string;
  municipalityName: string;
  /** Names of the kommun's areas now: what an area question offers. */
  kommunAreas: string[];
  templateKey: string | null;
  title: LocalizedText;
  intro: LocalizedText | null;
  languages: SurveyLanguage[];
  questions: Question[];
  scoring: ProblemScoring;
  categories: CodingCategory[];
  publicId: string;
  status: 'draft' | 'open' | 'closed';
  access: 'link' | 'codes';
  opensOn: string | null;
  closesOn: string | null;
  slug: string | null;
  publicUrl: string;
  publicResults: PublicChart[];
  responses: number;
  codes: { issued: number; used: number };
  missingTranslations: Partial<Record<SurveyLanguage, string[]>>;
}

export interface SurveyPatch {
  title?: LocalizedText;
  intro?: LocalizedText | null;
  languages?: SurveyLanguage[];
  questions?: Question[];
  scoring?: ProblemScoring;
  categories?: CodingCategory[];
  access?: 'link' | 'codes';
  opensOn?: string | null;
  closesOn?: string | null;
  slug?: string | null;
  addAreas?: string[];
}

export interface OptionCount {
  value: string;
  label: LocalizedText;
  count: number;
  share: number;
}
export interface ItemStats {
  itemId: string;
  label: LocalizedText;
  counted: number;
  dontKnow: number;
  index: number | null;
  inOverall?: boolean;
  levels: OptionCount[];
}
export interface QuestionStats {
  answered: number;
  options?: OptionCount[];
  mean?: number | null;
  items?: ItemStats[];
  overall?: number | null;
}
export interface GroupResult {
  key: string;
  label: LocalizedText;
  n: number | null;
  suppressed: 'none' | 'too_few' | 'secondary';
  stats: QuestionStats | null;
}
export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  text: LocalizedText;
  total?: QuestionStats | null;
  breakdowns?: { dimension: 'area' | 'gender' | 'age_band'; groups: GroupResult[] }[];
  answered?: number;
  categories?: OptionCount[];
  uncoded?: number;
  answers?: string[];
}
export interface SurveyResults {
  results: { responses: number; suppressed: boolean; questions: QuestionResult[] };
}

export interface FreeTextItem {
  responseId: string;
  questionId: string;
  text: string;
  redacted: string;
  personalData: { kind: string; start: number; end: number }[];
  suggestions: { key: string; label: LocalizedText; matched: string[] }[];
  categories: string[];
}
export interface FreeText {
  categories: CodingCategory[];
  questions: { id: string; text: LocalizedText }[];
  items: FreeTextItem[];
  waiting: number;
}

const path = (id: string) => `/api/v1/surveys/${encodeURIComponent(id)}`;
export const surveyKeys = {
  all: ['surveys'] as const,
  list: (municipalityId: string) => ['surveys', 'list', municipalityId] as const,
  one: (id: string) => ['surveys', id] as const,
};

export function useSurveys(municipalityId: string) {
  return useQuery({
    queryKey: surveyKeys.list(municipalityId),
    queryFn: async () =>
      (await api<{ surveys: Survey[] }>('GET', `/api/v1/surveys${query({ municipalityId })}`)).surveys,
    enabled: Boolean(municipalityId),
  });
}

export function useSurvey(id: string) {
  return useQuery({ queryKey: surveyKeys.one(id), queryFn: () => api<Survey>('GET', path(id)) });
}

export function useSurveyResults(id: string) {
  return useQuery({
    queryKey: [...surveyKeys.one(id), 'results'],
    queryFn: () => api<SurveyResults>('GET', `${path(id)}/results`),
  });
}

export function useFreeText(id: string) {
  return useQuery({
    queryKey: [...surveyKeys.one(id), 'free-text'],
    queryFn: () => api<FreeText>('GET', `${path(id)}/free-text`),
  });
}

const all = [surveyKeys.all];

export function useCreateSurvey() {
  return useApiMutation(
    (input: { municipalityId: string; template?: string; title?: LocalizedText }) =>
      api<Survey>('POST', '/api/v1/surveys', input),
    all,
  );
}

export function useUpdateSurvey(id: string) {
  return useApiMutation((patch: SurveyPatch) => api<Survey>('PATCH', path(id), patch), all);
}

export function useSurveyStep(id: string) {
  return useApiMutation((step: 'publish' | 'close') => api<Survey>('POST', `${path(id)}/${step}`), all);
}

export function usePaperAnswer(id: string) {
  return useApiMutation(
    (answers: Record<string, string | string[] | Record<string, ProblemLevel>>) =>
      api<{ accepted: true }>('POST', `${path(id)}/responses`, { answers }),
    all,
  );
}

export function useSetCodes(id: string) {
  return useApiMutation(
    (items: { responseId: string; questionId: string; categories: string[] }[]) =>
      api<{ updated: number }>('PUT', `${path(id)}/free-text/codes`, { items }),
    all,
  );
}

export function useSetPublicResults(id: string) {
  return useApiMutation(
    (charts: PublicChart[]) => api<{ charts: PublicChart[] }>('PUT', `${path(id)}/public-results`, { charts }),
    all,
  );
}

export function surveyLinks(id: string) {
  return {
    qr: `${path(id)}/qr.svg`,
    csv: `${path(id)}/export.csv`,
    xlsx: `${path(id)}/export.xlsx`,
    codes: `${path(id)}/codes`,
  };
}

export function textIn(text: LocalizedText | null | undefined, lang: 'sv' | 'en'): string {
  if (!text) return '';
  return (lang === 'en' && text.en) || text.sv;
}
