/** Small pieces of public wording shared by pages, feeds, mails and share texts. */
import { MONTH_NAMES_SV } from '../../domain/progress/labels.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import { figureText, shownFigure } from '../../domain/progress/figure.ts';
import type { Target } from '../../domain/promise-document.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type Lang = 'sv' | 'en' | 'fi' | 'fit';

/**
 * "2 september 2019" / "2 September 2019"; Finnish and Meänkieli as
 * authorities write a date there, "2.9.2019" (no month name to inflect).
 */
export function longDate(iso: string, locale: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (locale === 'fi' || locale === 'fit') return `${d}.${m}.${y}`;
  return `${d} ${locale === 'sv' ? MONTH_NAMES_SV[m - 1] : MONTHS_EN[m - 1]} ${y}`;
}

/**
 * The commitment's figure in words (progress/figure.ts): "3 av 2
 * trafikkontroller under mars 2026", "7 av 12 insatser hittills i år", or
 * "Gjort hittills sedan 1 januari 2025: 3" when the target has no number.
 */
export function progressLine(
  target: Target,
  p: CommitmentProgress,
  at: string,
  locale: Lang,
  periodFrom: string | null = null,
): string {
  return figureText(shownFigure(target, p, at, periodFrom), target, locale);
}

/**
 * A follow-up's period as a reader sees it: "Första halvåret 2019" in
 * Swedish, "First half of 2019" in English, "1.1.2019–30.6.2019" in Finnish
 * and Meänkieli (the period's own dates, nothing to inflect).
 */
export function followUpLabel(
  f: { label: string; labelEn: string; period: { from: string; to: string } },
  locale: Lang,
): string {
  if (locale === 'sv') return f.label;
  if (locale === 'en') return f.labelEn;
  return `${longDate(f.period.from, locale)}–${longDate(f.period.to, locale)}`;
}
