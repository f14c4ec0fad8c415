/**
 * Each indicator's result for a promise set on a day (or for a follow-up's
 * period): the data loaded here, every number computed by
 * src/domain/outcomes, the same for the API, the reports and the public page.
 */
import type { Db } from '../../db/connect.ts';
import { loadSurvey, type Survey } from '../surveys/store.ts';
import { MIN_CELL } from '../../domain/surveys/small-cell.ts';
import { municipalityByCode } from '../../domain/municipality/municipality.ts';
import {
  activitySumResult,
  crimeResult,
  summaryFromInterval,
  surveyResult,
  type IndicatorResult,
  type SurveyRound,
} from '../../domain/outcomes/compute.ts';
import {
  currentWindow,
  proposedCrimeBaseline,
  proposedSurveyBaseline,
  type Window,
} from '../../domain/outcomes/indicator.ts';
import { caveats, outcomeSentence } from '../../domain/outcomes/sentence.ts';
import type { IndicatorView, OutcomeView } from '../../contracts/outcomes.ts';
import {
  activityOutcomeDaily,
  braPoints,
  outsideRows,
  polisenPoints,
  surveyRoundsOf,
  type SetFacts,
} from './queries.ts';
import { surveyMeasures, type SurveyMeasureSpec } from './queries/survey-measures.ts';

type Lang = 'sv' | 'en';

type OwnSurveyDef = Extract<IndicatorView['definition'], { kind: 'survey_share' | 'survey_index' }> & {
  questionId: string;
};

const ownSurveyDef = (ind: IndicatorView): OwnSurveyDef | null =>
  (ind.definition.kind === 'survey_share' || ind.definition.kind === 'survey_index') && ind.definition.questionId
    ? (ind.definition as OwnSurveyDef)
    : null;

function specFor(def: OwnSurveyDef, survey: Survey): SurveyMeasureSpec | null {
  if (!survey.questions.some((q) => q.id === def.questionId)) return null;
  const areaQuestion = survey.questions.find((q) => q.kind === 'area');
  if (def.areaId && !areaQuestion) return null;
  const area = def.areaId && areaQuestion ? { questionId: areaQuestion.id, value: def.areaId } : null;
  if (def.kind === 'survey_share')
    return { kind: 'share', questionId: def.questionId, options: def.options ?? [], area };
  const question = survey.questions.find((q) => q.id === def.questionId);
  if (question?.kind !== 'problem') return null;
  const excluded = survey.scoring.excludedItems?.[def.questionId] ?? [];
  const items = def.itemId
    ? question.items.filter((i) => i.id === def.itemId).map((i) => i.id)
    : question.items.map((i) => i.id).filter((id) => !excluded.includes(id));
  if (!items.length) return null;
  return { kind: 'index', questionId: def.questionId, items, points: survey.scoring, area };
}

/**
 * The kommun's own survey rounds per indicator: every round that asked the
 * question, all its measures read in one pass over its answers; a round (or
 * area) under the small-cell rule gives nothing.
 */
async function ownSurveyRounds(
  db: Db,
  set: SetFacts,
  indicators: readonly IndicatorView[],
): Promise<Map<string, SurveyRound[]>> {
  const out = new Map<string, SurveyRound[]>();
  const wanted = indicators.flatMap((ind) => {
    const def = ownSurveyDef(ind);
    return def ? [{ id: ind.id, def }] : [];
  });
  if (!wanted.length) return out;
  // One query per round, run side by side (a pool runs them at once; PGlite one after another).
  const rounds = await surveyRoundsOf(db, set.organisationIds);
  const measured = await Promise.all(
    rounds.map(async (r) => {
      const survey = await loadSurvey(db, r.id);
      if (!survey) return [];
      const asked = wanted.flatMap((w) => {
        const spec = specFor(w.def, survey);
        return spec ? [{ id: w.id, spec }] : [];
      });
      const measures = await surveyMeasures(
        db,
        survey.id,
        asked.map((a) => a.spec),
      );
      return asked.flatMap((a, i) => {
        const m = measures[i]!;
        if (m.n < MIN_CELL) return [];
        const round: SurveyRound =
          'yes' in m
            ? { date: r.date, label: survey.title.sv, yes: m.yes, n: m.n }
            : { date: r.date, label: survey.title.sv, n: m.n, summary: m };
        return [{ id: a.id, round }];
      });
    }),
  );
  for (const { id, round } of measured.flat()) out.set(id, [...(out.get(id) ?? []), round]);
  return out;
}

/** Outside results are yearly: dated 1 October of their year (the police run theirs August–October). */
async function outsideSurveyRounds(db: Db, set: SetFacts, ind: IndicatorView): Promise<SurveyRound[]> {
  const def = ind.definition;
  if ((def.kind !== 'survey_share' && def.kind !== 'survey_index') || !def.outside) return [];
  const rows = await outsideRows(db, set.organisationIds, def.outside);
  return rows.flatMap((r): SurveyRound[] => {
    const n = r.answers ?? 0;
    const date = `${r.year}-10-01`;
    if (def.kind === 'survey_share') {
      const share = r.measure === 'share' && r.value > 1 ? r.value / 100 : r.value;
      return [{ date, label: String(r.year), yes: Math.round(share * n), n }];
    }
    const summary = r.ciLow !== null && r.ciHigh !== null ? summaryFromInterval(r.value, n, r.ciLow, r.ciHigh) : null;
    return [{ date, label: String(r.year), n, summary, mean: r.value }];
  });
}

function comparisonFor(code: string, kind: 'lan' | 'riket' | null): { code: string; name: string } | null {
  if (!kind) return null;
  if (kind === 'riket') return { code: '00', name: 'hela landet' };
  const ref = municipalityByCode(code);
  return ref ? { code: ref.countyCode, name: ref.countyName } : null;
}

async function resultOf(
  db: Db,
  own: Map<string, SurveyRound[]>,
  set: SetFacts,
  ind: IndicatorView,
  current: Window,
): Promise<{ result: IndicatorResult; demo: boolean }> {
  const def = ind.definition;
  const periodFrom = set.periodFrom ?? current.from;
  if (def.kind === 'crime') {
    const code = set.codes[0] ?? '';
    const load = def.source === 'bra' ? braPoints : polisenPoints;
    const local = await load(db, code, def.category);
    const cmp = comparisonFor(code, def.comparison);
    const other = cmp ? await load(db, cmp.code, def.category) : null;
    const result = crimeResult({
      desired: ind.desired,
      points: local.points,
      baseline: ind.baseline ?? proposedCrimeBaseline(periodFrom),
      current,
      comparison: cmp && other?.points.length ? { name: cmp.name, points: other.points } : null,
    });
    return { result, demo: local.demo };
  }
  if (def.kind === 'activity_outcome') {
    const daily = await activityOutcomeDaily(db, def.commitmentId, def.key);
    const baseline = ind.baseline ?? proposedCrimeBaseline(periodFrom);
    return { result: activitySumResult({ desired: ind.desired, daily, baseline, current }), demo: false };
  }
  const rounds = [...(own.get(ind.id) ?? []), ...(await outsideSurveyRounds(db, set, ind))];
  const baseline =
    ind.baseline ??
    proposedSurveyBaseline(
      periodFrom,
      rounds.map((r) => r.date),
    );
  const result = surveyResult({ kind: def.kind, desired: ind.desired, rounds, baseline, current });
  return { result, demo: false };
}

export async function outcomesFor(
  db: Db,
  set: SetFacts,
  indicators: readonly IndicatorView[],
  at: string,
  followUp: Window | null,
  lang: Lang = 'sv',
): Promise<OutcomeView[]> {
  const period = { from: set.periodFrom ?? `${at.slice(0, 4)}-01-01`, to: set.periodTo ?? at };
  const current = currentWindow(period, at, followUp);
  const own = await ownSurveyRounds(db, set, indicators);
  const results = await Promise.all(indicators.map((ind) => resultOf(db, own, set, ind, current)));
  const out: OutcomeView[] = [];
  for (const [i, ind] of indicators.entries()) {
    const { result, demo } = results[i]!;
    const sanitise = (n: number) => (Number.isFinite(n) ? n : null);
    out.push({
      id: ind.id,
      title: ind.title,
      kind: ind.kind,
      desired: ind.desired,
      baseline: result.baseline,
      current: result.current,
      change: result.change,
      comparison: result.comparison,
      verdict: result.verdict,
      sentence: outcomeSentence(ind.title, result, lang),
      caveats: caveats(result, lang),
      series: result.series.map((s) => ({ ...s, value: s.value === null ? null : sanitise(s.value) })),
      demo: demo || ind.demo,
    });
  }
  return out;
}
