/**
 * Contract of the promise sets (medborgarlöften), their versions, the
 * importer, the printable exports and the samverkansöverenskommelser:
 * /api/v1/promise-sets, /api/v1/imports/promise, /api/v1/agreements.
 * The promise document itself (medborgarlofte/v1) is the domain's format.
 */
import { z } from 'zod';
import { agreementInputSchema, qualityWarningSchema } from '../domain/agreement.ts';
import { isoDaySchema } from '../domain/iso-day.ts';
import { changeSchema } from '../domain/promise-diff.ts';
import { PROMISE_STATUSES, promiseSetDocumentSchema } from '../domain/promise-set.ts';

export const PromiseSetParams = z.object({ id: z.uuid() });
export const VersionParams = PromiseSetParams.extend({ version: z.coerce.number().int().positive() });
export const ExportParams = PromiseSetParams.extend({ format: z.enum(['pdf', 'docx']) });
export const PlanExportParams = PromiseSetParams.extend({ format: z.enum(['pdf', 'docx', 'csv']) });

export const PromiseStatusSchema = z.enum(PROMISE_STATUSES);

export const PromiseSetQuery = z.object({
  kommun: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  status: PromiseStatusSchema.optional(),
});
export type PromiseSetQuery = z.infer<typeof PromiseSetQuery>;

/** The body of POST /promise-sets: a promise document (ids, status and version in it are ignored). */
export const PromiseSetBody = promiseSetDocumentSchema;

export const UpdatePromiseSetBody = z.object({
  document: promiseSetDocumentSchema,
  /** Required once the set is agreed: the change becomes a new version with this reason. */
  reason: z.string().max(2000).nullable().optional(),
});
export type UpdatePromiseSetBody = z.infer<typeof UpdatePromiseSetBody>;

export const Signature = z.object({
  name: z.string().min(1).max(200),
  role: z.string().min(1).max(300),
  /** 'polisen' or 'kommunen' (both must sign), or another party as written. */
  party: z.string().min(1).max(100),
  signedAt: isoDaySchema,
});
export type Signature = z.infer<typeof Signature>;

export const AgreeBody = z.object({ signatures: z.array(Signature).min(2).max(20) });
export type AgreeBody = z.infer<typeof AgreeBody>;

/** A stored set: the document with its id, lifecycle status and version. */
export const StoredPromiseSet = promiseSetDocumentSchema.extend({
  id: z.uuid(),
  status: PromiseStatusSchema,
  version: z.number().int().positive(),
});
export type StoredPromiseSet = z.infer<typeof StoredPromiseSet>;

const Period = z.object({ from: z.string(), to: z.string().nullable() });

export const PromiseSetSummary = z.object({
  id: z.uuid(),
  title: z.string().nullable(),
  status: PromiseStatusSchema,
  version: z.number().int().positive(),
  period: Period.nullable(),
  municipalities: z.array(z.object({ code: z.string().nullable(), name: z.string() })),
  /** How many commitments the set holds. */
  commitments: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type PromiseSetSummary = z.infer<typeof PromiseSetSummary>;

export const PromiseSetList = z.object({ promiseSets: z.array(PromiseSetSummary) });
export type PromiseSetList = z.infer<typeof PromiseSetList>;

export const VersionSummary = z.object({
  version: z.number().int().positive(),
  status: PromiseStatusSchema,
  /** Why the version was made; null for the first and for changes of a draft. */
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const VersionList = z.object({ versions: z.array(VersionSummary) });
export type VersionList = z.infer<typeof VersionList>;

/** A version as it was stored: the whole document of that moment. */
export const PromiseSetVersion = StoredPromiseSet;

export const DiffQuery = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

export const Change = changeSchema;
export type Change = z.infer<typeof Change>;
export type { FieldChange } from '../domain/promise-diff.ts';
export const ChangeList = z.object({ changes: z.array(Change) });
export type ChangeList = z.infer<typeof ChangeList>;

/** Pasted text, when no file is sent (a file comes as multipart, field "file"). */
export const ImportTextBody = z.object({ text: z.string() });

export const ImportedDraft = z.object({
  /** A v1 document; a genomförandeplan row also carries its När cell as written (`when`, a plan column). */
  document: promiseSetDocumentSchema,
  /** The text the draft was read from, so the staff app can show both side by side. */
  sourceText: z.string(),
});
export type ImportedDraft = z.infer<typeof ImportedDraft>;

export const AgreementBody = agreementInputSchema;
export type AgreementBody = z.input<typeof AgreementBody>;

export const Agreement = agreementInputSchema.extend({
  id: z.uuid(),
  warnings: z.array(qualityWarningSchema),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof Agreement>;

export const AgreementList = z.object({ agreements: z.array(Agreement) });
export type AgreementList = z.infer<typeof AgreementList>;
