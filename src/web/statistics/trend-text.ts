/** A series' trend in words, for everyone and for screen readers instead of the chart. */
import type { Messages } from '../i18n/sv.ts';
import type { Lang } from '../i18n/i18n.tsx';
import type { Trend } from '../api/statistics.ts';

export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits });
}

export function trendText(trend: Trend | null, t: Messages, lang: Lang): string {
  const s = t.statistics;
  if (!trend) return s.noTrend;
  const first = trend.series[0]!;
  const last = trend.series[trend.series.length - 1]!;
  const what = trend.basis === 'ratePer100k' ? s.basisRate : s.basisCount;
  const values = s.fromTo(
    formatNumber(first.value, lang),
    formatNumber(last.value, lang),
    trend.firstYear,
    trend.lastYear,
  );
  if (trend.direction === 'flat') return s.trendFlat(what, values);
  const pace = formatNumber(Math.abs(trend.relativeSlopePercent), lang);
  return trend.direction === 'up' ? s.trendUp(what, pace, values) : s.trendDown(what, pace, values);
}
