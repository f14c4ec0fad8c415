/**
 * What changed between two versions of a promise set, in terms a reader
 * of the version history cares about. Focus areas and commitments are
 * matched by id, which stays the same across versions.
 */
import { z } from 'zod';
import type { PlanCommitment, PromiseSetDocument } from './promise-set.ts';

const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One change, as the version history shows it (the API answers these; the schema is its contract). */
export const changeSchema = z.discriminatedUnion('kind', [
  fieldChangeSchema.extend({ kind: z.literal('field') }),
  z.object({
    kind: z.enum(['focus_area_added', 'focus_area_removed']),
    focusAreaId: z.string().nullable(),
    title: z.string(),
  }),
  z.object({ kind: z.literal('focus_area_renamed'), focusAreaId: z.string(), before: z.string(), after: z.string() }),
  z.object({
    kind: z.enum(['commitment_added', 'commitment_removed']),
    commitmentId: z.string().nullable(),
    focusArea: z.string(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('commitment_changed'),
    commitmentId: z.string(),
    text: z.string(),
    fields: z.array(fieldChangeSchema),
  }),
]);
export type Change = z.infer<typeof changeSchema>;

const TOP_FIELDS = [
  'title',
  'municipalities',
  'policeArea',
  'period',
  'signedAt',
  'signatories',
  'introduction',
  'status',
] as const;
const SECTION_FIELDS = ['implementation', 'communication', 'followUp', 'problemPicture'] as const;
const COMMITMENT_FIELDS = [
  'text',
  'responsible',
  'partners',
  'places',
  'target',
  'targets',
  'followUp',
  'when',
  'condition',
  'owner',
] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function topLevelChanges(a: PromiseSetDocument, b: PromiseSetDocument): Change[] {
  const changes: Change[] = [];
  for (const f of TOP_FIELDS) {
    if (!same(a[f], b[f])) changes.push({ kind: 'field', field: f, before: a[f] ?? null, after: b[f] ?? null });
  }
  for (const f of SECTION_FIELDS) {
    if (!same(a.sections[f], b.sections[f])) {
      changes.push({ kind: 'field', field: `sections.${f}`, before: a.sections[f], after: b.sections[f] });
    }
  }
  return changes;
}

function commitmentsById(doc: PromiseSetDocument): Map<string, { c: PlanCommitment; area: string }> {
  const map = new Map<string, { c: PlanCommitment; area: string }>();
  for (const area of doc.focusAreas) for (const c of area.commitments) if (c.id) map.set(c.id, { c, area: area.title });
  return map;
}

function focusAreaChanges(a: PromiseSetDocument, b: PromiseSetDocument): Change[] {
  const changes: Change[] = [];
  const before = new Map(a.focusAreas.filter((f) => f.id).map((f) => [f.id!, f.title]));
  const after = new Map(b.focusAreas.filter((f) => f.id).map((f) => [f.id!, f.title]));
  for (const f of b.focusAreas) {
    if (!f.id || !before.has(f.id))
      changes.push({ kind: 'focus_area_added', focusAreaId: f.id ?? null, title: f.title });
    else if (before.get(f.id) !== f.title)
      changes.push({ kind: 'focus_area_renamed', focusAreaId: f.id, before: before.get(f.id)!, after: f.title });
  }
  for (const f of a.focusAreas) {
    if (!f.id || !after.has(f.id))
      changes.push({ kind: 'focus_area_removed', focusAreaId: f.id ?? null, title: f.title });
  }
  return changes;
}

function commitmentChanges(a: PromiseSetDocument, b: PromiseSetDocument): Change[] {
  const changes: Change[] = [];
  const before = commitmentsById(a);
  const after = commitmentsById(b);
  for (const area of b.focusAreas) {
    for (const c of area.commitments) {
      const old = c.id ? before.get(c.id) : undefined;
      if (!old) {
        changes.push({ kind: 'commitment_added', commitmentId: c.id ?? null, focusArea: area.title, text: c.text });
        continue;
      }
      const fields: { field: string; before: unknown; after: unknown }[] = COMMITMENT_FIELDS.filter(
        (f) => !same(old.c[f], c[f]),
      ).map((f) => ({ field: f, before: old.c[f] ?? null, after: c[f] ?? null }));
      if (old.area !== area.title) fields.push({ field: 'focusArea', before: old.area, after: area.title });
      if (fields.length) changes.push({ kind: 'commitment_changed', commitmentId: c.id!, text: c.text, fields });
    }
  }
  for (const area of a.focusAreas) {
    for (const c of area.commitments) {
      if (!c.id || !after.has(c.id))
        changes.push({ kind: 'commitment_removed', commitmentId: c.id ?? null, focusArea: area.title, text: c.text });
    }
  }
  return changes;
}

export function diffPromiseDocuments(a: PromiseSetDocument, b: PromiseSetDocument): Change[] {
  return [...topLevelChanges(a, b), ...focusAreaChanges(a, b), ...commitmentChanges(a, b)];
}
