/**
 * Dialogues: medborgardialog, medarbetardialog, trygghetsvandring and EST
 * reports, each belonging to one kommun, with participant counts by group
 * and findings (text, problem category, area, seriousness). Schemas carry
 * Swedish messages because they reach users through the API's error details.
 */
import { z } from 'zod';
import { isoDaySchema } from '../iso-day.ts';
import { isProblemCategory, SERIOUSNESS_MAX, SERIOUSNESS_MIN, unknownCategoryMessage } from './categories.ts';

export const DIALOGUE_KINDS = ['medborgardialog', 'medarbetardialog', 'trygghetsvandring', 'est'] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];

/** The kinds registered through /api/v1/dialogues; EST reports have their own checklist input. */
export const REGISTERED_KINDS = ['medborgardialog', 'medarbetardialog', 'trygghetsvandring'] as const;

export const DIALOGUE_KIND_LABELS: Readonly<Record<DialogueKind, { label: string; labelEn: string }>> = Object.freeze({
  medborgardialog: { label: 'Medborgardialog', labelEn: 'Citizen dialogue' },
  medarbetardialog: { label: 'Medarbetardialog', labelEn: 'Staff dialogue' },
  trygghetsvandring: { label: 'Trygghetsvandring', labelEn: 'Safety walk' },
  est: { label: 'EST-rapport', labelEn: 'EST report' },
});

export const isoDate = isoDaySchema;

export const kommunRef = z
  .string()
  .regex(/^(\d{4}|[0-9a-fA-F-]{36})$/, 'Ange kommunen med kommunkod (fyra siffror) eller kommunens id');

const requiredText = (max: number, what: string) =>
  z.string().trim().min(1, `${what} får inte vara tomt`).max(max, `${what} får vara högst ${max} tecken`);
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} får vara högst ${max} tecken`).nullable().optional();

/** Counts by group, e.g. { "boende": 12, "näringsidkare": 3 }. */
export const participantsSchema = z
  .record(
    z.string().min(1, 'Gruppens namn får inte vara tomt').max(60, 'Gruppens namn får vara högst 60 tecken'),
    z
      .number({ error: 'Antalet deltagare ska vara ett tal' })
      .int('Antalet deltagare ska vara ett heltal')
      .min(0, 'Antalet deltagare kan inte vara negativt')
      .max(100_000, 'Orimligt många deltagare'),
  )
  .refine((o) => Object.keys(o).length <= 30, 'Högst 30 deltagargrupper');
export type Participants = z.infer<typeof participantsSchema>;

/** An area is named by the id of one of the kommun's areas, or by a name (a new area is created for the kommun). */
export const areaRefFields = {
  areaId: z.uuid({ error: 'Områdets id är inte giltigt' }).nullable().optional(),
  areaName: optionalText(120, 'Områdets namn'),
};
export interface AreaRef {
  areaId?: string | null;
  areaName?: string | null;
}

export const seriousnessSchema = z
  .number({ error: 'Allvarlighetsgraden ska vara ett tal 1–5' })
  .int(`Allvarlighetsgraden ska vara ett heltal ${SERIOUSNESS_MIN}–${SERIOUSNESS_MAX}`)
  .min(SERIOUSNESS_MIN, `Allvarlighetsgraden ska vara ${SERIOUSNESS_MIN}–${SERIOUSNESS_MAX}`)
  .max(SERIOUSNESS_MAX, `Allvarlighetsgraden ska vara ${SERIOUSNESS_MIN}–${SERIOUSNESS_MAX}`);

export const categorySchema = z.string().refine((v) => isProblemCategory(v), { error: unknownCategoryMessage() });

export const findingInputSchema = z.object({
  /** Free text; may hold personal data, so it is kept in one column for redaction on the way out. */
  text: requiredText(5000, 'Iakttagelsen'),
  category: categorySchema,
  seriousness: seriousnessSchema,
  ...areaRefFields,
});
export type FindingInput = z.infer<typeof findingInputSchema>;

export const walkFieldsSchema = z.object({
  preMeetingDate: isoDate.nullable().optional(),
  followUpDate: isoDate.nullable().optional(),
  route: optionalText(2000, 'Vandringsslingan'),
});

export const dialogueInputSchema = z.object({
  kommun: kommunRef,
  kind: z.enum(REGISTERED_KINDS, {
    error: 'Okänd dialogform: välj medborgardialog, medarbetardialog eller trygghetsvandring',
  }),
  title: optionalText(300, 'Rubriken'),
  date: isoDate,
  place: optionalText(300, 'Platsen'),
  ...areaRefFields,
  participants: participantsSchema.default({}),
  note: optionalText(5000, 'Anteckningen'),
  findings: z.array(findingInputSchema).max(500, 'Högst 500 iakttagelser åt gången').default([]),
  walk: walkFieldsSchema.optional(),
});
export type DialogueInput = z.infer<typeof dialogueInputSchema>;

export const addFindingsSchema = z.object({
  findings: z
    .array(findingInputSchema)
    .min(1, 'Skicka minst en iakttagelse')
    .max(500, 'Högst 500 iakttagelser åt gången'),
});

/** What the follow-up meeting decides for a finding: who owns it, what is done, by when. */
export const findingActionFields = {
  owner: requiredText(300, 'Ansvarig'),
  action: requiredText(2000, 'Åtgärden'),
  dueDate: isoDate,
};

export const findingPatchSchema = z.object({
  owner: optionalText(300, 'Ansvarig'),
  action: optionalText(2000, 'Åtgärden'),
  dueDate: isoDate.nullable().optional(),
  doneAt: isoDate.nullable().optional(),
});
export type FindingPatch = z.infer<typeof findingPatchSchema>;

export function participantTotal(p: Participants): number {
  return Object.values(p).reduce((sum, n) => sum + n, 0);
}

/** Trims group names and merges groups that differ only in case or spacing ("Boende" and "boende "). */
export function normaliseParticipants(p: Participants): Participants {
  const out: Record<string, number> = {};
  const byLower = new Map<string, string>();
  for (const [rawGroup, count] of Object.entries(p)) {
    const group = rawGroup.trim().replace(/\s+/g, ' ');
    if (!group) continue;
    const key = byLower.get(group.toLowerCase()) ?? group;
    byLower.set(group.toLowerCase(), key);
    out[key] = (out[key] ?? 0) + count;
  }
  return out;
}

export function defaultTitle(kind: DialogueKind, date: string, where: string | null): string {
  return [DIALOGUE_KIND_LABELS[kind].label, where, date].filter(Boolean).join(' ');
}
