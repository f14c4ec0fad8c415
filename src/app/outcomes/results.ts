/**
 * Each indicator's result for a promise set on a day (or for a follow-up's
 * period): the data loaded here, every number computed by
 * src/domain/outcomes, the same for the API, the reports and the public page.
 */
import type { Db } from '../../db/connect.ts';
import { loadSurvey, type Survey } from '../surveys/store.ts';
import { loadResponses } from '../surveys/results.ts';
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
import { indexSummaryOf, shareOf } from '../../domain/outcomes/survey-measures.ts';
import type { Answers } from '../../domain/surveys/types.ts';
import type { IndicatorView, OutcomeView } from '../../contracts/outcomes.ts';
import {
  activityOutcomeDaily,
  braPoints,
  outsideRows,
  polisenPoints,
  surveyRoundsOf,
  type SetFacts,
} from './queries.ts';

type Lang = 'sv' | 'en';

/** Survey answers loaded once per request, shared by every survey indicator. */
class SurveyCache {
  private readonly surveys = new Map<string, Promise<{ survey: Survey; answers: Answers[] } | null>>();
  private readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
  get(id: string) {
    let hit = this.surveys.get(id);
    if (!hit) {
      hit = (async () => {
        const survey = await loadSurvey(this.db, id);
        if (!survey) return null;
        const answers = (await loadResponses(this.db, id)).map((r) => r.answers);
        return { survey, answers };
      })();
      this.surveys.set(id, hit);
    }
    return hit;
  }
}

async function ownSurveyRounds(db: Db, cache: SurveyCache, set: SetFacts, ind: IndicatorView): Promise<SurveyRound[]> {
  const def = ind.definition;
  if (def.kind !== 'survey_share' && def.kind !== 'survey_index') return [];
  if (!def.questionId) return [];
  const rounds: SurveyRound[] = [];
  for (const r of await surveyRoundsOf(db, set.organisationIds)) {
    const hit = await cache.get(r.id);
    if (!hit || !hit.survey.questions.some((q) => q.id === def.questionId)) continue;
    const label = hit.survey.title.sv;
    if (def.kind === 'survey_share') {
      const s = shareOf(hit.answers, def.questionId, def.options ?? []);
      if (s) rounds.push({ date: r.date, label, yes: s.yes, n: s.n });
    } else {
      const s = indexSummaryOf(hit.answers, def.questionId, def.itemId, hit.survey.scoring);
      if (s) rounds.push({ date: r.date, label, n: s.n, summary: s });
    }
  }
  return rounds;
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
  cache: SurveyCache,
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
  const rounds = [...(await ownSurveyRounds(db, cache, set, ind)), ...(await outsideSurveyRounds(db, set, ind))];
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
  const cache = new SurveyCache(db);
  const out: OutcomeView[] = [];
  for (const ind of indicators) {
    const { result, demo } = await resultOf(db, cache, set, ind, current);
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
      demo,
    });
  }
  return out;
}
