/** A commitment's outcome in the period in words: "3 av 10 · 4 aktiviteter". */
import { useI18n } from '../i18n/i18n.tsx';
import type { FollowUpItem } from '../api/followups.ts';

export function outcomeText(item: FollowUpItem, p: ReturnType<typeof useI18n>['t']['followUpPage']): string {
  const done = item.required === null ? p.outcomeDone(item.done) : p.outcomeOf(item.done, item.required);
  return `${done} · ${p.activities(item.activities)}`;
}

export function ItemOutcome({ item }: { item: FollowUpItem }) {
  const { t } = useI18n();
  return <>{outcomeText(item, t.followUpPage)}</>;
}
