/**
 * Contract of the open data (CC0) at stable addresses: the index of kommuner
 * with published promises, and per kommun its published promise set as a
 * promise document (medborgarlofte/v1, with ids) and the progress of every
 * commitment. Only what the public may read: a commitment's owner is
 * always null and there are never import warnings. The routes send these
 * answers as cached text, so they are checked against these schemas when
 * made (src/server/public/open-data-routes.ts), not by the serializer.
 */
import { z } from 'zod';
import { OutcomeView } from './outcomes.ts';
import { bucketProgressSchema, commitmentStatusSchema } from '../domain/progress/types.ts';
import { planCommitmentSchema, planFocusAreaSchema, promiseSetDocumentSchema } from '../domain/promise-set.ts';

export const KommunCodeParams = z.object({ code: z.string().describe('kommunkod, fyra siffror (Kalix: 2514)') });

export const Licence = z.object({ name: z.string(), url: z.string() });

export const OpenDataIndex = z
  .object({
    licence: Licence,
    kommuner: z.array(
      z.object({
        name: z.string(),
        code: z.string(),
        /** The kommun's public page, its open data as JSON and CSV, and its Atom feed. */
        page: z.string(),
        json: z.string(),
        csv: z.string(),
        feed: z.string(),
      }),
    ),
  })
  .describe('Kommuner med publicerade medborgarlöften / Kommuner with published promises');
export type OpenDataIndex = z.infer<typeof OpenDataIndex>;

const PublicCommitment = planCommitmentSchema.extend({ owner: z.null().optional() });
const PublicFocusArea = planFocusAreaSchema.extend({ commitments: z.array(PublicCommitment) });

/** A commitment's progress as open data: the five fields of src/app/public/open-data.ts, whatever else progress holds. */
export const OpenProgress = z.object({
  status: commitmentStatusSchema,
  doneToDate: z.number(),
  requiredToDate: z.number(),
  lastActivityDate: z.string().nullable(),
  buckets: z.array(bucketProgressSchema),
});

export const OpenDataDocument = promiseSetDocumentSchema
  .extend({
    id: z.uuid(),
    focusAreas: z.array(PublicFocusArea),
    warnings: z.array(z.string()).max(0),
    publishedAt: z.string(),
    updatedAt: z.string(),
    lastUpdated: z.string(),
    licence: Licence,
    /** The kommun's public page. */
    source: z.string(),
    /** The day progress was counted up to. */
    progressAt: z.string(),
    timing: z.enum(['current', 'coming', 'ended']),
    /** Per commitment id. */
    progress: z.record(z.string(), OpenProgress),
    /** "Har det gjort skillnad?": each outcome indicator before and now, the change with its 95 % interval and the verdict. */
    outcomes: z.array(OutcomeView),
  })
  .describe('Kommunens publicerade medborgarlöfte med utfall / The published promise with progress');
export type OpenDataDocument = z.infer<typeof OpenDataDocument>;
