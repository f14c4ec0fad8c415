/**
 * The access policies that go beyond "may this actor do this action here"
 * (permissions.ts), written as data and pure functions: which party an
 * organisation speaks for when it signs, how a commitment's text names a
 * partner organisation, and which single grant allows an action. The use
 * cases load the rows (organisation kinds, a partner's name) and ask these;
 * no use case copies an actor down to one grant to find out.
 */
import { grantAllows, type Action, type Actor, type Grant } from './permissions.ts';
import type { Party } from '../follow-up-workflow.ts';

/** The actor's grants that allow `action` on at least one of `organisationIds`, in the actor's order. */
export function grantsAllowing(actor: Actor, action: Action, organisationIds: readonly string[]): Grant[] {
  return actor.grants.filter((g) => organisationIds.some((o) => grantAllows(g, action, o)));
}

/** The first staff grant (any role but partner) that allows `action` there: staff act for the whole kommun. */
export function staffGrantAllowing(
  actor: Actor,
  action: Action,
  organisationIds: readonly string[],
): Grant | undefined {
  return grantsAllowing(actor, action, organisationIds).find((g) => g.role !== 'partner');
}

/** Which party an organisation speaks for when its people review or approve a follow-up. */
export const PARTY_OF_KIND: Readonly<Record<string, Party>> = Object.freeze({
  police_area: 'polisen',
  region: 'polisen',
  municipality: 'kommunen',
});

/**
 * The parties the actor may sign for with `action` on these kommuner: the
 * party of each organisation whose grant allows it. `kindOf` gives the
 * kind of each organisation the actor holds a grant in (loaded by the
 * caller).
 */
export function signingParties(
  actor: Actor,
  action: Action,
  municipalityIds: readonly string[],
  kindOf: ReadonlyMap<string, string>,
): Set<Party> {
  const parties = new Set<Party>();
  for (const g of grantsAllowing(actor, action, municipalityIds)) {
    const party = PARTY_OF_KIND[kindOf.get(g.organisationId) ?? ''];
    if (party) parties.add(party);
  }
  return parties;
}

/** How a commitment's text names each kind of partner organisation (the importer's normalised words). */
export const PARTNER_TERMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  skola: ['skolan', 'skolor', 'skolorna'],
  socialtjanst: ['socialtjänsten', 'ifo', 'individ- och familjeomsorgen'],
  fritidsgard: ['fritidsgården', 'fritidsgårdar', 'fritidsgårdarna', 'fritid'],
  bostadsbolag: ['bostadsbolaget', 'bostadsbolagen', 'hyresvärden', 'hyresvärdar'],
  raddningstjanst: ['räddningstjänsten'],
  grannsamverkan: ['grannsamverkan'],
  naringsliv: ['näringslivet', 'handlare', 'företagare'],
});

/**
 * Does a commitment name this partner organisation among those responsible
 * or taking part: by its own name, or by the words for its kind ("skolan"
 * names every school)? Whole entries only, case aside.
 */
export function namesPartner(named: readonly string[], partner: { name: string; partnerType: string | null }): boolean {
  const entries = named.map((s) => s.toLowerCase());
  const terms = [partner.name.toLowerCase(), ...(PARTNER_TERMS[partner.partnerType ?? ''] ?? [])];
  return terms.some((t) => entries.includes(t));
}
