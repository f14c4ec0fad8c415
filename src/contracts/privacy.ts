/**
 * Contract of personal-data handling (issue 17): a staff user's data
 * exported and the account erased (/api/v1/users/:id/personal-data, …/erase),
 * a kommun's retention and who is responsible (/api/v1/organisations/:id/privacy),
 * and its register of processing (…/processing-register, JSON or CSV).
 */
import { z } from 'zod';

export { IdParams } from './organisations.ts';

export const PrivacySettingsBody = z.object({
  surveyTextMonths: z.number().int().describe('Fritextsvar: månader efter att enkäten stängt (1–120)'),
  loginMonths: z.number().int().describe('Inloggningsuppgifter: månader från inloggningen (1–60)'),
  auditMonths: z.number().int().describe('Händelseloggen: månader från ändringen (12–240)'),
  controller: z.string().max(200).describe('Personuppgiftsansvarig; tomt betyder kommunstyrelsen'),
  dpoContact: z.string().max(200).describe('Hur dataskyddsombudet nås; får vara tomt'),
});
export type PrivacySettingsBody = z.infer<typeof PrivacySettingsBody>;

export const PrivacySettingsView = PrivacySettingsBody.extend({
  organisationId: z.uuid(),
  kommun: z.string(),
  /** False while the kommun has saved nothing: the defaults apply. */
  saved: z.boolean(),
  /** The sentences shown on the kommun's public survey pages. */
  surveyNotice: z.array(z.string()),
});
export type PrivacySettingsView = z.infer<typeof PrivacySettingsView>;

export const ProcessingEntry = z.object({
  key: z.string(),
  activity: z.string(),
  personalData: z.string(),
  dataSubjects: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  retention: z.string(),
  retentionMonths: z.number().int().nullable(),
  recipients: z.string(),
});

export const ProcessingRegister = z.object({
  kommun: z.string(),
  controller: z.string(),
  dpoContact: z.string(),
  entries: z.array(ProcessingEntry),
});
export type ProcessingRegister = z.infer<typeof ProcessingRegister>;

export const RegisterQuery = z.object({ format: z.enum(['json', 'csv', 'html']).optional() });

const Snapshot = z.record(z.string(), z.unknown()).nullable();

export const PersonalDataExport = z.object({
  exportedAt: z.string(),
  user: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    locale: z.string(),
    signsInWithPassword: z.boolean(),
    signsInWithOidc: z.boolean(),
    disabledAt: z.string().nullable(),
    erasedAt: z.string().nullable(),
    notifyReminders: z.boolean(),
    notifyDigest: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  memberships: z.array(
    z.object({
      id: z.uuid(),
      organisationId: z.uuid(),
      organisationName: z.string(),
      role: z.string(),
      createdAt: z.string(),
    }),
  ),
  sessions: z.array(z.object({ signedInAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })),
  tokens: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      prefix: z.string(),
      role: z.string(),
      organisationName: z.string(),
      createdAt: z.string(),
      revokedAt: z.string().nullable(),
      lastUsedAt: z.string().nullable(),
    }),
  ),
  audit: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string().nullable(),
      organisationId: z.string().nullable(),
      before: Snapshot,
      after: Snapshot,
    }),
  ),
  /** Where else the person's name is stored, by table and column: the rows that carry it. */
  recordedAs: z.record(z.string(), z.number().int()),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

export const ErasureResult = z.object({
  id: z.uuid(),
  pseudonym: z.string(),
  erasedAt: z.string(),
  /** What was changed, by table (and column): rows removed or pseudonymised. */
  changed: z.record(z.string(), z.number().int()),
  /** What was deliberately kept as written, and why (Swedish). */
  kept: z.array(z.string()),
});
export type ErasureResult = z.infer<typeof ErasureResult>;
