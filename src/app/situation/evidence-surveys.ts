/**
 * Surveys in the lägesbild: the kommun's own trygghetsmätningar (each
 * problem item's index 0–6) and results from outside (Polisens
 * trygghetsmätning, Brå's NTU, SCB's medborgarundersökning), one value per
 * category and survey, weighted by answers (src/domain/situation/measures.ts).
 */
import type { Deps } from '../deps.ts';
import type { Evidence, SourceMeasure } from '../../domain/situation/scoring.ts';
import {
  numSv,
  surveyMeasures,
  surveyValue,
  type SurveyItemInput,
  type SurveyMeasureKind,
} from '../../domain/situation/measures.ts';
import { loadSurvey } from '../surveys/store.ts';
import { countedResultsOf } from '../surveys/results.ts';
import { MIN_CELL } from '../../domain/surveys/small-cell.ts';
import { categoryOfSurveyItem } from '../../domain/situation/survey-categories.ts';
import { outsideResultRows, surveysOpenedIn } from './queries.ts';

const OUTSIDE_SV: Record<string, string> = {
  polisen_trygghetsmatning: 'Polisens trygghetsmätning',
  bra_ntu: 'Brås NTU',
  scb_medborgarundersokning: 'SCB:s medborgarundersökning',
};
const MEASURES = new Set<string>(['index_0_6', 'share', 'index_0_100']);

/** Trygghetsmätningar of the kommun that opened in the year: each problem item with at least MIN_CELL answers. */
async function ownSurveyItems(deps: Deps, municipalityId: string, year: number): Promise<SurveyItemInput[]> {
  const rows = await surveysOpenedIn(deps.db, municipalityId, year);
  const out: SurveyItemInput[] = [];
  for (const r of rows) {
    const survey = await loadSurvey(deps.db, r.id);
    if (!survey) continue;
    // From the running counts of the answers (surveys/results.ts), as the staff results are.
    const results = await countedResultsOf(deps.db, survey);
    // The title is localised; the lägesbild is written in Swedish.
    const title = survey.title.sv ?? Object.values(survey.title)[0] ?? '';
    for (const q of results.questions) {
      if (q.kind !== 'problem' || !q.total || !('items' in q.total)) continue;
      for (const item of q.total.items) {
        const category = categoryOfSurveyItem(item.label.sv ?? '');
        if (category === null || item.index === null) continue;
        out.push({
          surveyKey: `survey:${survey.id}`,
          surveyLabel: title,
          category,
          label: item.label.sv ?? '',
          measure: 'index_0_6',
          value: item.index,
          answers: item.counted,
        });
      }
    }
  }
  return out;
}

/**
 * Outside results of the year: the whole kommun's figure where the source
 * gives one, else its areas' figures (each area its own group of answers).
 * Figures for the län, the LPO or the country are not the kommun's.
 */
async function outsideItems(deps: Deps, municipalityId: string, year: number): Promise<SurveyItemInput[]> {
  const rows = await outsideResultRows(deps.db, municipalityId, year);
  const wholeKommun = new Set(rows.filter((r) => r.level === 'kommun').map((r) => `${r.source}|${r.item}`));
  return rows.flatMap((r) => {
    if (!MEASURES.has(r.measure) || (r.level === 'area' && wholeKommun.has(`${r.source}|${r.item}`))) return [];
    const name = OUTSIDE_SV[r.source] ?? r.source;
    return [
      {
        surveyKey: `outside:${r.source}:${r.level === 'kommun' ? '' : (r.area_name ?? '')}`,
        surveyLabel: `${name} ${year}${r.level === 'area' && r.area_name ? `, ${r.area_name}` : ''}`,
        category: r.category!,
        label: r.item,
        measure: r.measure as SurveyMeasureKind,
        value: Number(r.value),
        answers: r.answers,
      },
    ];
  });
}

function valueSv(item: SurveyItemInput): string {
  if (item.measure === 'index_0_6') return `index ${numSv(item.value)} av 6`;
  if (item.measure === 'share') return `${numSv(item.value)} %`;
  return `index ${numSv(item.value)} av 100`;
}

export async function surveyEvidence(
  deps: Deps,
  municipalityId: string,
  year: number,
): Promise<{ measures: SourceMeasure[]; evidence: Evidence[] }> {
  const items = [
    ...(await ownSurveyItems(deps, municipalityId, year)),
    ...(await outsideItems(deps, municipalityId, year)),
  ];
  const counted = items.filter((i) => (i.answers ?? MIN_CELL) >= MIN_CELL);
  return {
    measures: surveyMeasures(counted, MIN_CELL),
    evidence: counted.map((i) => ({
      source: 'survey' as const,
      category: i.category,
      points: Math.round(surveyValue(i.measure, i.value) * 100) / 100,
      confidential: false,
      description: `${i.surveyLabel}: "${i.label}" – ${valueSv(i)} (${i.answers === null ? 'antal svar okänt' : `${i.answers} svar`})`,
    })),
  };
}
