/** The evidence sources present in a picture, in the fixed order, and the colours of the chart. */
import { SOURCES, type Problem, type Source } from '../api/situation.ts';

/** Colours far apart for common colour-vision deficiencies; the chart also draws patterns, and the table says it in numbers. */
export const SOURCE_COLOURS: Record<Source, string> = {
  survey: '#1d3f7e',
  dialogue: '#b35900',
  est: '#00695c',
  statistics: '#8c1d40',
  events: '#6a1b9a',
  police: '#4a4a4a',
};

export function sourcesIn(problems: readonly Problem[]): Source[] {
  return SOURCES.filter((s) => problems.some((p) => p.parts.some((x) => x.source === s)));
}

export function scoreOf(problem: Problem, source: Source): number {
  return problem.parts.find((p) => p.source === source)?.score ?? 0;
}

/** Scores as people write them: a decimal comma in Swedish, at most two decimals. */
export function formatScore(n: number, lang: 'sv' | 'en'): string {
  return n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });
}
