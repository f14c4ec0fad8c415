/**
 * The promises of an uppföljning in print order, and their outcome in
 * words, shared by the chart and the tables so both number and phrase every
 * promise the same way.
 */
import type { FollowUpItemView } from '../app/follow-ups/view.ts';
import { formatAmount, formatNumberSv } from '../domain/reader-text.ts';
import { spanWords } from '../domain/progress/figure.ts';

export { formatNumberSv };

/** What was done, in the target's unit: whole for counted things, "2,5" for hours. */
function doneSv(item: FollowUpItemView): string {
  return formatAmount(item.done, item.target.kind === 'none' ? null : item.target.unit, 'sv');
}

/** A promise in print order, with the number it has in the chart and the tables. */
export type NumberedItem = { number: number; item: FollowUpItemView };
export type FocusAreaGroup = { focusArea: string; items: NumberedItem[] };

/** Items under their focus area, areas in order of first appearance, numbered through. */
export function groupByFocusArea(items: readonly FollowUpItemView[]): FocusAreaGroup[] {
  const groups: FocusAreaGroup[] = [];
  for (const item of items) {
    const name = item.focusArea.trim();
    let group = groups.find((g) => g.focusArea === name);
    if (!group) {
      group = { focusArea: name, items: [] };
      groups.push(group);
    }
    group.items.push({ number: 0, item });
  }
  let number = 0;
  for (const group of groups) for (const entry of group.items) entry.number = ++number;
  return groups;
}

/** Whether the target has a number to measure against (not "löpande" or "vid behov"). */
export function hasRequired(item: FollowUpItemView): item is FollowUpItemView & { required: number } {
  return item.required !== null && item.required > 0;
}

/**
 * "3 av 4 under tertialen" against a number, "5 utförda under tertialen"
 * without one: every number says which span it counts ("hittills i år" for
 * a yearly target followed up per tertial). `short` leaves the span out, for
 * the chart whose caption names it.
 */
export function outcomeSv(item: FollowUpItemView, short = false): string {
  const amount = hasRequired(item) ? `${doneSv(item)} av ${formatNumberSv(item.required)}` : `${doneSv(item)} utförda`;
  return short ? amount : `${amount} ${spanWords(item.span, 'sv')}`;
}

/** Activities are always counted in the follow-up's own period: "0 aktiviteter under tertialen". */
export function activitiesSv(count: number, span?: FollowUpItemView['span']): string {
  const words = `${count} ${count === 1 ? 'aktivitet' : 'aktiviteter'}`;
  return span ? `${words} ${spanWords({ ...span, kind: 'window' }, 'sv')}` : words;
}
