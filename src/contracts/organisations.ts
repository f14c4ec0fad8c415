/** Contract of the organisations: /api/v1/organisations. */
import { z } from 'zod';
import { ORGANISATION_KINDS, PARTNER_TYPES } from '../domain/organisation-kinds.ts';

export const IdParams = z.object({ id: z.uuid() });

export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export const PartnerTypeSchema = z.enum(PARTNER_TYPES);

export const OrganisationQuery = z.object({
  kind: OrganisationKindSchema.optional(),
  q: z.string().max(100).optional(),
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;

/** Platform and kommuner come from reference data; these are the kinds staff create. */
export const CreateOrganisationBody = z.object({
  kind: z.enum(['region', 'police_area', 'partner']),
  name: z.string().min(1).max(200),
  parentId: z.uuid().nullable().optional(),
  partnerType: PartnerTypeSchema.nullable().optional(),
  covers: z.array(z.uuid()).max(300).optional(),
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = z.object({
  name: z.string().min(1).max(200).optional(),
  active: z.boolean().optional(),
  partnerType: PartnerTypeSchema.optional(),
  covers: z.array(z.uuid()).max(300).optional(),
});
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;

export const Organisation = z.object({
  id: z.uuid(),
  kind: OrganisationKindSchema,
  name: z.string(),
  /** The kommunkod of a kommun; null for every other kind. */
  code: z.string().nullable(),
  slug: z.string().nullable(),
  parentId: z.uuid().nullable(),
  partnerType: PartnerTypeSchema.nullable(),
  active: z.boolean(),
  /** The kommuner a police area covers (empty for other kinds). */
  covers: z.array(z.uuid()),
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationList = z.object({ organisations: z.array(Organisation) });
export type OrganisationList = z.infer<typeof OrganisationList>;
