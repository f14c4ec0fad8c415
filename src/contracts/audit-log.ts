/** Contract of the audit log (händelseloggen): /api/v1/audit. */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';

export const AuditQuery = z.object({
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  action: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(10000).optional(),
  beforeId: z.string().regex(/^\d+$/).optional(),
  format: z.enum(['json', 'csv']).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export type AuditFilter = Omit<AuditQuery, 'format'>;

const Snapshot = z.record(z.string(), z.unknown()).nullable();

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  organisationId: z.string().nullable(),
  before: Snapshot,
  after: Snapshot,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ entries: z.array(AuditEntry) });
export type AuditList = z.infer<typeof AuditList>;
