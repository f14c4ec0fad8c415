/**
 * The worked example of docs/lagesbild-metod.md, as data: the method page
 * in the staff app computes it live, and a test checks that the table in
 * the document is what the code computes. Change one, change both.
 */
import {
  findingMeasures,
  rateMeasure,
  surveyMeasures,
  type FindingInput,
  type RateInput,
  type SurveyItemInput,
} from './measures.ts';
import { DEFAULT_WEIGHTS, rankProblems, type RankedProblem } from './scoring.ts';

/** The small-cell rule of the surveys (src/domain/surveys/small-cell.ts), repeated so the page needs no survey code. */
const MIN_ANSWERS = 5;

const centrum = { key: 'centrum', name: 'Centrum' };
const hamnen = { key: 'hamnen', name: 'Hamnen' };
const finding = (
  source: FindingInput['source'],
  category: string,
  seriousness: number,
  place: FindingInput['place'],
  date: string,
  text: string,
): FindingInput => ({ source, category, seriousness, place, date, text, description: text });

export const EXAMPLE_FINDINGS: readonly FindingInput[] = [
  finding('dialogue', 'trafik', 4, centrum, '2025-03-12', 'Det körs för fort på Storgatan'),
  finding('dialogue', 'trafik', 3, centrum, '2025-03-12', 'Mopeder på cykelvägen vid skolan'),
  finding('dialogue', 'trafik', 3, centrum, '2025-09-20', 'Fortkörning på Storgatan igen'),
  finding('dialogue', 'ungdomar', 5, hamnen, '2025-03-12', 'Ungdomar samlas och bråkar vid hamnen'),
  finding('est', 'skadegorelse', 4, centrum, '2025-02-10', 'Klotter – påtagligt'),
  finding('est', 'skadegorelse', 2, centrum, '2025-03-03', 'Skadegörelse – förekommer'),
];

const survey = (category: string, label: string, value: number): SurveyItemInput => ({
  surveyKey: 'egen-2025',
  surveyLabel: 'Lokal trygghetsmätning 2025',
  category,
  label,
  measure: 'index_0_6',
  value,
  answers: 420,
});

export const EXAMPLE_SURVEY_ITEMS: readonly SurveyItemInput[] = [
  survey('trafik', 'Bilar som kör för fort', 4.2),
  survey('trafik', 'Mopeder och A-traktorer som stör', 3),
  survey('ungdomar', 'Ungdomsgäng som bråkar och stör ordningen', 2.4),
  {
    surveyKey: 'ntu-2025',
    surveyLabel: 'Brås NTU 2025',
    category: 'otrygga_platser',
    label: 'Känner sig mycket eller ganska otrygg ute ensam sent en kväll',
    measure: 'share',
    value: 28,
    answers: 1200,
  },
];

const LAN = { nameSv: 'länet', nameEn: 'the county' };

export const EXAMPLE_RATES: readonly RateInput[] = [
  {
    source: 'statistics',
    category: 'tillgreppsbrott',
    year: 2024,
    rate: 1650,
    reference: { ...LAN, rate: 1500 },
    trend: { direction: 'up', percentPerYear: 4.1, years: 5 },
  },
  {
    source: 'statistics',
    category: 'vald',
    year: 2024,
    rate: 480,
    reference: { ...LAN, rate: 600 },
    trend: { direction: 'flat', percentPerYear: 0.8, years: 5 },
  },
  { source: 'events', category: 'trafik', year: 2025, rate: 25, reference: { ...LAN, rate: 40 }, trend: null },
];

export function workedExample(): RankedProblem[] {
  return rankProblems(
    [
      ...findingMeasures(EXAMPLE_FINDINGS),
      ...surveyMeasures(EXAMPLE_SURVEY_ITEMS, MIN_ANSWERS),
      ...EXAMPLE_RATES.map(rateMeasure),
    ],
    DEFAULT_WEIGHTS,
  );
}
