/**
 * The lägesbild's chart: each problem's score as a bar stacked by source,
 * in rank order, with the total at the end of the bar. It is drawn from the
 * open problems only (situation-audience.ts), so police material never
 * reaches it.
 */
import { EVIDENCE_SOURCES, SOURCE_SV, type EvidenceSource } from '../domain/situation/scoring.ts';
import { renderBarChartSvg } from './charts.ts';
import type { ReportBlock } from './report-blocks.ts';
import type { OpenProblem } from './situation-audience.ts';

export const SOURCE_COLORS: Record<EvidenceSource, string> = {
  survey: '#0b3a6e',
  dialogue: '#4a86c5',
  est: '#5f8f3e',
  statistics: '#5b3f8c',
  events: '#c08a1e',
  police: '#8a1c1c',
};

const numberSv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

export function formatScoreSv(score: number): string {
  return numberSv.format(score);
}

function partScore(problem: OpenProblem, source: EvidenceSource): number | null {
  return problem.parts.find((part) => part.source === source)?.score ?? null;
}

export function situationChart(problems: OpenProblem[], width: number): ReportBlock | null {
  const scored = problems.filter((p) => p.parts.length > 0);
  if (scored.length === 0) return null;
  const sources = EVIDENCE_SOURCES.filter((s) => s !== 'police' && scored.some((p) => partScore(p, s) !== null));
  // The total goes after the last segment of each bar.
  const lastSource = scored.map((p) => [...sources].reverse().find((s) => partScore(p, s) !== null));
  const series = sources.map((source) => ({
    name: SOURCE_SV[source],
    color: SOURCE_COLORS[source],
    values: scored.map((p) => partScore(p, source)),
    labels: scored.map((p, index) => (lastSource[index] === source ? formatScoreSv(p.score) : null)),
  }));
  const description = scored
    .map((p) => {
      const parts = p.parts.map((part) => `${SOURCE_SV[part.source]} ${formatScoreSv(part.score)}`).join(', ');
      return `${p.rank}. ${p.label}: ${formatScoreSv(p.score)} poäng (${parts})`;
    })
    .join('; ');
  const chart = renderBarChartSvg({
    categories: scored.map((p) => `${p.rank}. ${p.label}`),
    series,
    stacked: true,
    width,
    title: 'Poäng per problem och källa',
    description: `Poäng per problem och källa: ${description}.`,
  });
  return {
    kind: 'chart',
    chart,
    caption: 'Poäng per problem, uppdelat på källa (underlagens poäng gånger källans vikt), i rangordning.',
  };
}
