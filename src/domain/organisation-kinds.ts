/**
 * The kinds of organisation and of partner, declared once: the API's
 * schemas, the use cases and the staff app all import them from here
 * (pure, so Vite bundles it for the browser).
 */

export const ORGANISATION_KINDS = ['platform', 'region', 'police_area', 'municipality', 'partner'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNER_TYPES = [
  'skola',
  'socialtjanst',
  'fritidsgard',
  'bostadsbolag',
  'raddningstjanst',
  'grannsamverkan',
  'naringsliv',
  'ovrig',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
