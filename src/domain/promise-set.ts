/**
 * A promise set (medborgarlöfte) as the API stores and returns it: the
 * promise document format (medborgarlofte/v1) plus the fields a stored set
 * carries (ids, lifecycle, version) and the genomförandeplan columns the
 * format leaves open (När, owner, condition). Every added field is optional,
 * so a plain v1 document is a valid input.
 */
import { z } from 'zod';
import { isoDaySchema } from './iso-day.ts';
import { commitmentSchema, focusAreaSchema, promiseDocumentSchema, type PromiseDocument } from './promise-document.ts';

export const PROMISE_STATUSES = ['draft', 'agreed', 'published', 'closed'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export const PROMISE_STATUS_SV: Record<PromiseStatus, string> = {
  draft: 'Utkast',
  agreed: 'Överenskommet',
  published: 'Publicerat',
  closed: 'Avslutat',
};

export const planCommitmentSchema = commitmentSchema.extend({
  /** The genomförandeplan's "När" column as written ("v. 12–14", "under hösten"). */
  when: z.string().max(500).nullable().optional(),
  /** A condition on the promise, e.g. "om underrättelseläget medger". */
  condition: z.string().max(500).nullable().optional(),
  /** The person who answers for the commitment (name or e-mail). */
  owner: z.string().max(200).nullable().optional(),
});
export type PlanCommitment = z.infer<typeof planCommitmentSchema>;

/**
 * The Vad of a genomförandeplan row. For a table row the format keeps the
 * whole row verbatim in `text` (focus area, Vad, När, Samverkan, Ansvarig
 * and Uppföljning cells run together) and the importer keeps the När cell
 * in `when`: the Vad is what stands between a leading focus-area cell and
 * the last place the När cell stands. A text that does not hold its När
 * (a bullet, or a row staff have since rewritten) is its own Vad.
 */
export function planWhat(commitment: Pick<PlanCommitment, 'text' | 'when'>, focusArea: string): string {
  const text = commitment.text.trim();
  const when = commitment.when?.trim();
  if (!when) return text;
  const at = text.lastIndexOf(` ${when}`);
  const rest = text.slice(at + 1 + when.length);
  if (at <= 0 || (rest !== '' && !rest.startsWith(' '))) return text;
  let what = text.slice(0, at).trim();
  const area = focusArea.trim();
  if (area && what.toLowerCase().startsWith(`${area.toLowerCase()} `)) what = what.slice(area.length).trim();
  return what === '' ? text : what;
}

export const planFocusAreaSchema = focusAreaSchema.extend({
  commitments: z.array(planCommitmentSchema).max(500),
});

const signatorySchema = z.object({
  name: z.string().max(200),
  role: z.string().max(300),
  /** Which party signed: polisen or kommunen (or another party as written). */
  party: z.string().max(200).nullable().optional(),
  signedAt: isoDaySchema.nullable().optional(),
});

export const promiseSetDocumentSchema = promiseDocumentSchema.extend({
  id: z.string().optional(),
  status: z.enum(PROMISE_STATUSES).optional(),
  version: z.number().int().positive().optional(),
  agreementId: z.string().nullable().optional(),
  signatories: z.array(signatorySchema).max(50),
  focusAreas: z.array(planFocusAreaSchema).max(100),
  /** Introduction (inledning) before the focus areas, verbatim. */
  introduction: z.string().max(100_000).nullable().optional(),
});
export type PromiseSetDocument = z.infer<typeof promiseSetDocumentSchema>;

/** A v1 document is already a valid promise set document. */
export function asPromiseSetDocument(doc: PromiseDocument): PromiseSetDocument {
  return doc as PromiseSetDocument;
}
