/**
 * The periods a count target can be per, declared once. Kept apart from
 * promise-document.ts (which holds the zod schema) so that the staff app
 * can use them without bundling zod.
 */
export const PER_VALUES = [
  'day',
  'week',
  'month',
  'quarter',
  'tertial',
  'halfyear',
  'term',
  'year',
  'period',
  'shift',
] as const;
export type Per = (typeof PER_VALUES)[number];
