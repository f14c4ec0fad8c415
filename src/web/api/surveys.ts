/** Surveys (enkäter): build, publish, codes, paper answers, results, exports, free-text coding and public charts. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import { useApiMutation } from './queries.ts';
import type {
  CreateSurveyBody,
  FreeText,
  LocalizedText,
  PaperAnswerAccepted,
  PaperAnswerBody,
  PublicChart,
  PublicCharts,
  Question,
  SurveyLanguage,
  SurveyList,
  SurveyView as Survey,
  TextCodesBody,
  TextCodesResult,
  UpdateSurveyBody,
} from '../../contracts/surveys.ts';
import type { StaffResults } from '../../contracts/survey-results.ts';
import type { PaperRunBody } from '../../contracts/survey-paper-run.ts';

export type {
  CodingCategory,
  FreeText,
  FreeTextItem,
  LocalizedText,
  ProblemScoring,
  PublicChart,
  Question,
  SurveyLanguage,
  SurveyView as Survey,
  UpdateSurveyBody as SurveyPatch,
} from '../../contracts/surveys.ts';
export type {
  GroupResultView as GroupResult,
  ItemStatsView as ItemStats,
  OptionCountView as OptionCount,
  QuestionResultView as QuestionResult,
  QuestionStatsView as QuestionStats,
  StaffResults as SurveyResults,
} from '../../contracts/survey-results.ts';
export type QuestionKind = Question['kind'];
type KeysOfAny<T> = T extends unknown ? keyof T : never;
type Widened<T, All extends PropertyKey = KeysOfAny<T>> = T extends unknown
  ? T & Partial<Record<Exclude<All, keyof T>, undefined>>
  : never;
/**
 * A question of any kind with every kind's fields readable (undefined where
 * its kind has none): the builder reads them before it knows the kind.
 */
export type AnyQuestion = Widened<Question>;
export type ProblemLevel = Extract<PaperAnswerBody['answers'][string], Record<string, string>>[string];
export const PROBLEM_LEVELS: readonly ProblemLevel[] = ['none', 'small', 'fairly_big', 'very_big', 'dont_know'];
export const SURVEY_LANGUAGES: readonly SurveyLanguage[] = ['sv', 'en', 'fi', 'fit'];

const path = (id: string) => `/api/v1/surveys/${encodeURIComponent(id)}`;
export const surveyKeys = {
  all: ['surveys'] as const,
  list: (municipalityId: string) => ['surveys', 'list', municipalityId] as const,
  one: (id: string) => ['surveys', id] as const,
};

export function useSurveys(municipalityId: string) {
  return useQuery({
    queryKey: surveyKeys.list(municipalityId),
    queryFn: async () => (await api<SurveyList>('GET', `/api/v1/surveys${query({ municipalityId })}`)).surveys,
    enabled: Boolean(municipalityId),
  });
}

export function useSurvey(id: string) {
  return useQuery({ queryKey: surveyKeys.one(id), queryFn: () => api<Survey>('GET', path(id)) });
}

export function useSurveyResults(id: string) {
  return useQuery({
    queryKey: [...surveyKeys.one(id), 'results'],
    queryFn: () => api<StaffResults>('GET', `${path(id)}/results`),
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
  return useApiMutation((input: CreateSurveyBody) => api<Survey>('POST', '/api/v1/surveys', input), all);
}

export function useUpdateSurvey(id: string) {
  return useApiMutation((patch: UpdateSurveyBody) => api<Survey>('PATCH', path(id), patch), all);
}

export function useSurveyStep(id: string) {
  return useApiMutation((step: 'publish' | 'close') => api<Survey>('POST', `${path(id)}/${step}`), all);
}

/** A survey already run on paper: registered afterwards with the days it was answered. */
export function usePaperRun(id: string) {
  return useApiMutation((body: PaperRunBody) => api<Survey>('POST', `${path(id)}/paper-run`, body), all);
}

/** The answering page as respondents will see it (staff only; opens as a page of its own). */
export const previewUrl = (id: string) => `${path(id)}/preview`;

export function usePaperAnswer(id: string) {
  return useApiMutation(
    (answers: PaperAnswerBody['answers']) => api<PaperAnswerAccepted>('POST', `${path(id)}/responses`, { answers }),
    all,
  );
}

export function useSetCodes(id: string) {
  return useApiMutation(
    (items: TextCodesBody['items']) => api<TextCodesResult>('PUT', `${path(id)}/free-text/codes`, { items }),
    all,
  );
}

export function useSetPublicResults(id: string) {
  return useApiMutation(
    (charts: PublicChart[]) => api<PublicCharts>('PUT', `${path(id)}/public-results`, { charts }),
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
