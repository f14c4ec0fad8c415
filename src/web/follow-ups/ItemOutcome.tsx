/** A commitment's outcome in words, each number with its span: "3 av 10 hittills i år · 4 aktiviteter under tertialen". */
import { useI18n } from '../i18n/i18n.tsx';
import type { FollowUpItem } from '../api/follow-ups.ts';
import { spanWords } from '../../domain/progress/figure.ts';

export function outcomeText(
  item: FollowUpItem,
  p: ReturnType<typeof useI18n>['t']['followUpPage'],
  lang: 'sv' | 'en' = 'sv',
): string {
  const done = item.required === null ? p.outcomeDone(item.done) : p.outcomeOf(item.done, item.required);
  // Activities are counted in the follow-up's own period, whatever span the outcome counts.
  const inWindow = spanWords({ ...item.span, kind: 'window' }, lang);
  return `${done} ${spanWords(item.span, lang)} · ${p.activities(item.activities)} ${inWindow}`;
}

export function ItemOutcome({ item }: { item: FollowUpItem }) {
  const { t, lang } = useI18n();
  return <>{outcomeText(item, t.followUpPage, lang)}</>;
}
