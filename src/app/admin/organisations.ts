import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import { slugify } from '../../domain/municipality/municipality.ts';
import type { OrganisationKind } from '../../db/schema.ts';

import type { PartnerType } from '../../domain/organisation-kinds.ts';
import type {
  CreateOrganisationBody as CreateOrganisationInput,
  Organisation as OrganisationView,
  UpdateOrganisationBody as UpdateOrganisationInput,
} from '../../contracts/organisations.ts';

export { PARTNER_TYPES, type PartnerType } from '../../domain/organisation-kinds.ts';
import {
  activeKommuner,
  coverageRows,
  insertOrganisation,
  organisationIdBy,
  organisationKind,
  organisationKindsOf,
  organisationRow,
  organisationRowOrThrow,
  organisationRows,
  platformRow,
  replaceCoverage,
  slugsLike,
  updateOrganisationRow,
} from './queries/organisations.ts';

export type {
  CreateOrganisationBody as CreateOrganisationInput,
  Organisation as OrganisationView,
  UpdateOrganisationBody as UpdateOrganisationInput,
} from '../../contracts/organisations.ts';

async function coverageOf(deps: Deps, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await coverageRows(deps.db, ids);
  for (const r of rows) map.set(r.organisation_id, [...(map.get(r.organisation_id) ?? []), r.covered_id]);
  return map;
}

export async function listOrganisations(
  deps: Deps,
  actor: Actor,
  filter: { kind?: OrganisationKind; q?: string } = {},
): Promise<OrganisationView[]> {
  const reach = reachFor(actor, 'organisation.read');
  if (reach !== 'all' && reach.size === 0) return [];
  const rows = await organisationRows(deps.db, reach, filter);
  const coverage = await coverageOf(
    deps,
    rows.filter((r) => r.kind === 'police_area').map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    code: r.code,
    slug: r.slug,
    parentId: r.parent_id,
    partnerType: r.partner_type as PartnerType | null,
    active: r.active,
    covers: coverage.get(r.id) ?? [],
  }));
}

async function loadOrganisation(deps: Deps, id: string): Promise<OrganisationView | null> {
  const row = await organisationRow(deps.db, id);
  if (!row) return null;
  const coverage = await coverageOf(deps, [row.id]);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    code: row.code,
    slug: row.slug,
    parentId: row.parent_id,
    partnerType: row.partner_type as PartnerType | null,
    active: row.active,
    covers: coverage.get(row.id) ?? [],
  };
}

export async function getOrganisation(deps: Deps, actor: Actor, id: string): Promise<OrganisationView> {
  const org = can(actor, 'organisation.read', id) ? await loadOrganisation(deps, id) : null;
  if (!org) throw notFound('Organisationen', 'Organisation');
  return org;
}

/** Which kind of parent each new kind may hang under. */
const PARENT_KINDS: Record<CreateOrganisationInput['kind'], OrganisationKind[]> = {
  region: ['platform'],
  police_area: ['platform', 'region'],
  partner: ['municipality', 'police_area'],
};

async function platformId(deps: Deps): Promise<string> {
  const row = await platformRow(deps.db);
  return row.id;
}

async function checkCovers(deps: Deps, actor: Actor, covers: string[]): Promise<void> {
  if (covers.length === 0) return;
  const rows = await organisationKindsOf(deps.db, covers);
  if (rows.length !== new Set(covers).size || rows.some((r) => r.kind !== 'municipality')) {
    throw new AppError(
      'validation_failed',
      'Ett lokalpolisområde kan bara omfatta kommuner',
      'A police area can only cover kommuner',
    );
  }
  if (!covers.every((id) => can(actor, 'organisation.update', id))) throw forbidden();
}

export async function createOrganisation(
  deps: Deps,
  actor: Actor,
  input: CreateOrganisationInput,
): Promise<OrganisationView> {
  const name = input.name.trim();
  if (!name) throw new AppError('validation_failed', 'Namnet får inte vara tomt', 'The name must not be empty');
  const parentId = input.parentId ?? (await platformId(deps));
  const parent = await organisationKind(deps.db, parentId);
  if (!parent) throw notFound('Överordnad organisation', 'Parent organisation');
  if (!PARENT_KINDS[input.kind].includes(parent.kind)) {
    throw new AppError(
      'validation_failed',
      'Organisationen kan inte ligga under den valda organisationen',
      'The organisation cannot be placed under the chosen parent',
    );
  }
  if (!can(actor, 'organisation.create', parentId)) throw forbidden();
  const covers = input.kind === 'police_area' ? [...new Set(input.covers ?? [])] : [];
  await checkCovers(deps, actor, covers);
  const slug = input.kind === 'police_area' ? await freeSlug(deps, name) : null;
  // PGlite has one connection: nothing inside the transaction may use deps.db.
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await insertOrganisation(trx, {
      kind: input.kind,
      name,
      parent_id: parentId,
      slug,
      partner_type: input.kind === 'partner' ? (input.partnerType ?? 'ovrig') : null,
      active: input.kind === 'police_area',
    });
    await replaceCoverage(trx, row.id, covers, false);
    await writeAudit(trx, actor, {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: row.id,
      organisationId: row.id,
      after: { ...row, covers },
    });
    return row.id;
  });
  // The actor's reach was computed before the new organisation existed; it is theirs to see.
  return (await loadOrganisation(deps, id))!;
}

async function freeSlug(deps: Deps, name: string): Promise<string> {
  const base = `lpo-${slugify(name)}`;
  const set = await slugsLike(deps.db, base);
  let slug = base;
  for (let n = 2; set.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function updateOrganisation(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateOrganisationInput,
): Promise<OrganisationView> {
  const before = await getOrganisation(deps, actor, id);
  if (!can(actor, 'organisation.update', id)) throw forbidden();
  if (before.kind === 'municipality' && input.name !== undefined && input.name !== before.name) {
    throw new AppError(
      'validation_failed',
      'En kommuns namn kommer från referensdata och kan inte ändras',
      'A kommun name comes from reference data and cannot be changed',
    );
  }
  if (input.name !== undefined && !input.name.trim()) {
    throw new AppError('validation_failed', 'Namnet får inte vara tomt', 'The name must not be empty');
  }
  if (input.covers && before.kind !== 'police_area') {
    throw new AppError(
      'validation_failed',
      'Bara ett lokalpolisområde omfattar kommuner',
      'Only a police area covers kommuner',
    );
  }
  if (input.covers) await checkCovers(deps, actor, input.covers);
  await deps.db.transaction().execute(async (trx) => {
    await updateOrganisationRow(trx, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.partnerType !== undefined && before.kind === 'partner' ? { partner_type: input.partnerType } : {}),
      updated_at: deps.now(),
    });
    if (input.covers) await replaceCoverage(trx, id, [...new Set(input.covers)], true);
    const after = await organisationRowOrThrow(trx, id);
    await writeAudit(trx, actor, {
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: { ...before },
      after: { ...after, covers: input.covers ?? before.covers },
    });
  });
  return getOrganisation(deps, actor, id);
}

/** Public: kommuner and LPOs that use the product, for the public start page. */
export async function listActiveMunicipalities(deps: Deps): Promise<{ name: string; slug: string; code: string }[]> {
  const rows = await activeKommuner(deps.db);
  return rows.map((r) => ({ name: r.name, slug: r.slug ?? '', code: r.code ?? '' }));
}

/** Resolves a kommunkod ("2514") or an organisation id to an organisation id. */
export async function resolveOrganisationRef(deps: Deps, ref: string): Promise<string> {
  if (ref === 'platform') return platformId(deps);
  const row = /^\d{4}$/.test(ref)
    ? await organisationIdBy(deps.db, 'code', ref)
    : /^[0-9a-f-]{36}$/i.test(ref)
      ? await organisationIdBy(deps.db, 'id', ref)
      : undefined;
  if (!row) throw notFound(`Organisationen "${ref}"`, `Organisation "${ref}"`);
  return row.id;
}
