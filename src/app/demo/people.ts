/**
 * The people who carry the full demo: for every demo kommun a coordinator
 * (kommunen), a kommunpolis (polisen) and leadership on both sides, who
 * review and approve follow-ups. The accounts of seed.ts cover Östra
 * Norrbotten and Kalix; the rest are made here, only for the full demo,
 * through the same user and membership use cases as the admin pages.
 */
import type { Deps } from '../deps.ts';
import { CLI_ACTOR } from '../audit.ts';
import { actorForUser } from '../access.ts';
import { createUser } from '../admin/users.ts';
import type { Actor, Role } from '../../domain/access/permissions.ts';

export interface DemoPerson {
  email: string;
  name: string;
  /** kommunkod, or the name of a police area */
  org: string;
  role: Role;
  title: string;
}

/** Accounts made for the full demo only (the test fixture keeps to seed.ts's accounts). */
export const DEMO_STORY_ACCOUNTS: readonly DemoPerson[] = [
  {
    email: 'samordnare.overtornea@demo.medborgarlofte.se',
    name: 'Lena Alatalo',
    org: '2518',
    role: 'coordinator',
    title: 'Folkhälsosamordnare, Övertorneå kommun',
  },
  {
    email: 'kommunalrad.overtornea@demo.medborgarlofte.se',
    name: 'Eva Kangas',
    org: '2518',
    role: 'leader',
    title: 'Kommunstyrelsens ordförande, Övertorneå',
  },
  {
    email: 'kommunalrad.haparanda@demo.medborgarlofte.se',
    name: 'Olof Kärrman',
    org: '2583',
    role: 'leader',
    title: 'Kommunstyrelsens ordförande, Haparanda',
  },
  {
    email: 'kommunalrad.norsjo@demo.medborgarlofte.se',
    name: 'Malin Strömgren',
    org: '2417',
    role: 'leader',
    title: 'Kommunstyrelsens ordförande, Norsjö',
  },
  {
    email: 'kommunalrad.asele@demo.medborgarlofte.se',
    name: 'Anders Grahn',
    org: '2463',
    role: 'leader',
    title: 'Kommunstyrelsens ordförande, Åsele',
  },
  {
    email: 'kommunpolis.skelleftea@demo.medborgarlofte.se',
    name: 'Jonas Wiklander',
    org: 'Skellefteå',
    role: 'officer',
    title: 'Kommunpolis, LPO Skellefteå',
  },
  {
    email: 'lpochef.skelleftea@demo.medborgarlofte.se',
    name: 'Henrik Abrahamsson',
    org: 'Skellefteå',
    role: 'leader',
    title: 'Lokalpolisområdeschef Skellefteå',
  },
  {
    email: 'kommunpolis.sodralappland@demo.medborgarlofte.se',
    name: 'Maria Forsberg',
    org: 'Södra Lappland',
    role: 'officer',
    title: 'Kommunpolis, LPO Södra Lappland',
  },
  {
    email: 'lpochef.sodralappland@demo.medborgarlofte.se',
    name: 'Sofia Dahlberg',
    org: 'Södra Lappland',
    role: 'leader',
    title: 'Lokalpolisområdeschef Södra Lappland',
  },
];

/** Who acts for each side in one kommun. */
export interface KommunCast {
  kommunId: string;
  code: string;
  /** The kommun's name, e.g. "Kalix". */
  name: string;
  coordinator: Actor;
  officer: Actor;
  kommunLeader: Actor;
  policeLeader: Actor;
  /** Names and roles as they sign the promise. */
  signatories: { kommun: { name: string; role: string }; police: { name: string; role: string } };
}

/** kommunkod → its police area, its coordinator, kommunpolis and the two leaders (e-mail local parts). */
const CASTS: Record<string, { coordinator: string; officer: string; kommunLeader: string; policeLeader: string }> = {
  '2518': {
    coordinator: 'samordnare.overtornea',
    officer: 'kommunpolis.ostranorrbotten',
    kommunLeader: 'kommunalrad.overtornea',
    policeLeader: 'lpochef.ostranorrbotten',
  },
  '2514': {
    coordinator: 'samordnare.kalix',
    officer: 'kommunpolis.ostranorrbotten',
    kommunLeader: 'kommunalrad.kalix',
    policeLeader: 'lpochef.ostranorrbotten',
  },
  '2583': {
    coordinator: 'samordnare.haparanda',
    officer: 'kommunpolis.ostranorrbotten',
    kommunLeader: 'kommunalrad.haparanda',
    policeLeader: 'lpochef.ostranorrbotten',
  },
  '2417': {
    coordinator: 'samordnare.norsjo',
    officer: 'kommunpolis.skelleftea',
    kommunLeader: 'kommunalrad.norsjo',
    policeLeader: 'lpochef.skelleftea',
  },
  '2463': {
    coordinator: 'samordnare.asele',
    officer: 'kommunpolis.sodralappland',
    kommunLeader: 'kommunalrad.asele',
    policeLeader: 'lpochef.sodralappland',
  },
};

async function orgOf(deps: Deps, ref: string): Promise<{ id: string; name: string }> {
  const q = deps.db.selectFrom('organisations').select(['id', 'name']);
  // A police area may share its name with a kommun (Skellefteå): names are looked up among police areas only.
  return (
    /^\d{4}$/.test(ref) ? q.where('code', '=', ref) : q.where('name', '=', ref).where('kind', '=', 'police_area')
  ).executeTakeFirstOrThrow();
}

/** Makes the story's accounts, with the demo password, through the user use case. */
export async function createStoryAccounts(deps: Deps, password: string): Promise<void> {
  for (const p of DEMO_STORY_ACCOUNTS) {
    const organisationId = (await orgOf(deps, p.org)).id;
    await createUser(deps, CLI_ACTOR, {
      email: p.email,
      name: p.name,
      password,
      organisationId,
      role: p.role,
    });
  }
}

async function person(deps: Deps, localPart: string): Promise<{ actor: Actor; name: string }> {
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', '=', `${localPart}@demo.medborgarlofte.se`)
    .executeTakeFirstOrThrow();
  return { actor: (await actorForUser(deps.db, row.id))!, name: row.name };
}

export async function castFor(deps: Deps, code: string): Promise<KommunCast> {
  const c = CASTS[code]!;
  const [coordinator, officer, kommunLeader, policeLeader] = await Promise.all(
    [c.coordinator, c.officer, c.kommunLeader, c.policeLeader].map((p) => person(deps, p)),
  );
  const titleOf = (localPart: string) =>
    [...DEMO_STORY_ACCOUNTS].find((a) => a.email.startsWith(`${localPart}@`))?.title.split(',')[0];
  const kommun = await orgOf(deps, code);
  return {
    kommunId: kommun.id,
    code,
    name: kommun.name,
    coordinator: coordinator!.actor,
    officer: officer!.actor,
    kommunLeader: kommunLeader!.actor,
    policeLeader: policeLeader!.actor,
    signatories: {
      kommun: { name: kommunLeader!.name, role: titleOf(c.kommunLeader) ?? 'Kommunstyrelsens ordförande' },
      police: { name: policeLeader!.name, role: titleOf(c.policeLeader) ?? 'Lokalpolisområdeschef' },
    },
  };
}
