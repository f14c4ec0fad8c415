import type { Deps } from '../deps.ts';
import { SYSTEM_ACTOR, writeAudit } from '../audit.ts';
import { hashPassword } from '../auth/crypto.ts';
import type { Role } from '../../domain/access/permissions.ts';
import { slugify } from '../../domain/municipality/municipality.ts';
import { seedDemoStory, type DemoStoryReport } from './story.ts';
import { DEMO_STORY_ACCOUNTS } from './people.ts';

/** Every demo account shares this password; the console prints it when the demo is seeded and at start. */
export const DEMO_PASSWORD = 'demo-lofte-2026';

interface DemoAccount {
  email: string;
  name: string;
  /** kommunkod, or the name of a demo organisation */
  org: string;
  role: Role;
  title: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.medborgarlofte.se',
    name: 'Alva Administratör',
    org: 'platform',
    role: 'admin',
    title: 'Plattformsadministratör',
  },
  {
    email: 'samordnare.kalix@demo.medborgarlofte.se',
    name: 'Karin Lind',
    org: '2514',
    role: 'coordinator',
    title: 'Brottsförebyggande samordnare, Kalix kommun',
  },
  {
    email: 'samordnare.haparanda@demo.medborgarlofte.se',
    name: 'Matti Niemi',
    org: '2583',
    role: 'coordinator',
    title: 'Brottsförebyggande samordnare, Haparanda stad',
  },
  {
    email: 'kommunpolis.ostranorrbotten@demo.medborgarlofte.se',
    name: 'Johan Berg',
    org: 'Östra Norrbotten',
    role: 'officer',
    title: 'Kommunpolis, LPO Östra Norrbotten',
  },
  {
    email: 'lpochef.ostranorrbotten@demo.medborgarlofte.se',
    name: 'Birgitta Nyström',
    org: 'Östra Norrbotten',
    role: 'leader',
    title: 'Lokalpolisområdeschef Östra Norrbotten',
  },
  {
    email: 'kommunalrad.kalix@demo.medborgarlofte.se',
    name: 'Tomas Lundgren',
    org: '2514',
    role: 'leader',
    title: 'Kommunstyrelsens ordförande, Kalix',
  },
  {
    email: 'skola.kalix@demo.medborgarlofte.se',
    name: 'Sara Lundqvist',
    org: 'Furuhedsskolan',
    role: 'partner',
    title: 'Rektor, Furuhedsskolan (Kalix)',
  },
  {
    email: 'samordnare.norsjo@demo.medborgarlofte.se',
    name: 'Erik Holmgren',
    org: '2417',
    role: 'coordinator',
    title: 'Samordnare, Norsjö kommun',
  },
  {
    email: 'samordnare.asele@demo.medborgarlofte.se',
    name: 'Anna Jonsson',
    org: '2463',
    role: 'coordinator',
    title: 'Samordnare, Åsele kommun',
  },
];

/** The five demo kommuner (one demo promise document each, in documents/) use the product in the demo. */
const DEMO_KOMMUNER = ['2518', '2514', '2583', '2417', '2463'];

const DEMO_STRUCTURE = {
  region: 'Polisregion Nord',
  policeAreas: [
    { name: 'Östra Norrbotten', covers: ['2518', '2514', '2583', '2521', '2513'] },
    { name: 'Skellefteå', covers: ['2482', '2417', '2418'] },
    { name: 'Södra Lappland', covers: ['2481', '2463', '2462', '2425', '2421', '2422'] },
  ],
  partners: [
    { name: 'Furuhedsskolan', kommun: '2514', type: 'skola' },
    { name: 'Socialtjänsten Kalix (IFO)', kommun: '2514', type: 'socialtjanst' },
    { name: 'Haparandabostäder', kommun: '2583', type: 'bostadsbolag' },
    { name: 'Räddningstjänsten Haparanda', kommun: '2583', type: 'raddningstjanst' },
  ],
};

export async function isDatabaseEmpty(deps: Deps): Promise<boolean> {
  const row = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Seeds the demo organisations and accounts in one transaction and, unless
 * `promises: false` (the tests' fixture), the full demo (story.ts).
 * Returns what the full demo built, or null.
 */
export async function seedDemo(
  deps: Deps,
  options: { promises?: boolean } = { promises: true },
): Promise<DemoStoryReport | null> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actor = SYSTEM_ACTOR('demo');
  await deps.db.transaction().execute(async (trx) => {
    const orgIds = new Map<string, string>();
    const kommuner = await trx.selectFrom('organisations').select(['id', 'code', 'kind']).execute();
    for (const k of kommuner) orgIds.set(k.kind === 'platform' ? 'platform' : (k.code ?? k.id), k.id);
    await trx.updateTable('organisations').set({ active: true }).where('code', 'in', DEMO_KOMMUNER).execute();
    const region = await trx
      .insertInto('organisations')
      .values({ kind: 'region', name: DEMO_STRUCTURE.region, parent_id: orgIds.get('platform') })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const lpo of DEMO_STRUCTURE.policeAreas) {
      const row = await trx
        .insertInto('organisations')
        .values({
          kind: 'police_area',
          name: lpo.name,
          parent_id: region.id,
          active: true,
          slug: `lpo-${slugify(lpo.name)}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.set(lpo.name, row.id);
      await trx
        .insertInto('organisation_coverage')
        .values(lpo.covers.map((code) => ({ organisation_id: row.id, covered_id: orgIds.get(code)! })))
        .execute();
    }
    for (const p of DEMO_STRUCTURE.partners) {
      const row = await trx
        .insertInto('organisations')
        .values({ kind: 'partner', name: p.name, parent_id: orgIds.get(p.kommun), partner_type: p.type })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.set(p.name, row.id);
    }
    for (const a of DEMO_ACCOUNTS) {
      const user = await trx
        .insertInto('users')
        .values({ email: a.email, name: a.name, password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('memberships')
        .values({ user_id: user.id, organisation_id: orgIds.get(a.org)!, role: a.role })
        .execute();
    }
    await writeAudit(trx, actor, {
      action: 'demo.seed',
      entityType: 'platform',
      entityId: null,
      organisationId: orgIds.get('platform') ?? null,
      after: { accounts: DEMO_ACCOUNTS.length },
    });
  });
  return options.promises ? seedDemoStory(deps, DEMO_PASSWORD) : null;
}

/** What the full demo built, in a line for the console. */
export function demoReportText(r: DemoStoryReport): string {
  return `Demodata: ${r.kommuner} kommuner med lägesbild och medborgarlöften, ${r.answers} enkätsvar, ${r.activities} aktiviteter och ${r.followUps} publicerade uppföljningar.`;
}

/** The accounts a newcomer can sign in with: seed.ts's and, after the full demo, the story's (people.ts). */
export function demoCredentialsText(baseUrl: string): string {
  const all = [...DEMO_ACCOUNTS, ...DEMO_STORY_ACCOUNTS];
  const width = Math.max(...all.map((a) => a.email.length));
  return [
    `Demokonton (lösenord för alla: ${DEMO_PASSWORD}) — logga in på ${baseUrl}/app/`,
    ...all.map((a) => `  ${a.email.padEnd(width)}  ${a.role.padEnd(11)}  ${a.title}`),
  ].join('\n');
}
