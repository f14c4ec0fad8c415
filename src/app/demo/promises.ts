/**
 * Demo promise sets: five promise documents of the project's own writing in
 * documents/ (fictional texts for the demo kommuner, in the style real
 * kommuner use; the real documents never enter the repository), read by the
 * importer, signed and published, with activities logged by the demo
 * kommunpolis. Kalix's document states no period; in the demo it runs this
 * calendar year, so the overview, reminders and public page have live data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Deps } from '../deps.ts';
import { CLI_ACTOR } from '../audit.ts';
import { actorForUser } from '../access.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { importPromiseText } from '../../domain/promise-import/index.ts';
import { addDays, periodBuckets, requiredFor } from '../../domain/progress/index.ts';
import { swedishDay } from '../../domain/calendar.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { createPromiseSet, transitionPromiseSet, type Signature } from '../promises/promise-sets.ts';
import { logActivities, type ActivityInput } from '../activities/activities.ts';

const DOCUMENTS = new URL('./documents/', import.meta.url);

/** The demo's promise documents (file names in documents/), in a stable order. */
export function demoDocumentFiles(): string[] {
  return readdirSync(DOCUMENTS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The text of one demo promise document, e.g. demoDocumentText('kalix.txt'). */
export function demoDocumentText(file: string): string {
  return readFileSync(new URL(file, DOCUMENTS), 'utf8');
}

function signaturesFor(doc: PromiseSetDocument, day: string): Signature[] {
  const from = doc.signatories.map((s) => ({
    name: s.name,
    role: s.role,
    party: /polis/i.test(s.role) ? 'polisen' : 'kommunen',
    signedAt: doc.signedAt ?? day,
  }));
  if (!from.some((s) => s.party === 'polisen'))
    from.push({ name: 'Birgitta Nyström', role: 'Lokalpolisområdeschef', party: 'polisen', signedAt: day });
  if (!from.some((s) => s.party === 'kommunen'))
    from.push({
      name: 'Kommunstyrelsens ordförande',
      role: 'Kommunstyrelsens ordförande',
      party: 'kommunen',
      signedAt: day,
    });
  return from;
}

/** About nine in ten of what each bucket asks for, spread over its days; the last commitment of each set is left behind. */
function demoActivities(set: PromiseSetDocument, today: string): ActivityInput[] {
  const out: ActivityInput[] = [];
  if (!set.period) return out;
  const commitments = set.focusAreas.flatMap((a) => a.commitments);
  commitments.forEach((c, i) => {
    if (c.target.kind !== 'count' || i === commitments.length - 1) return;
    for (const b of periodBuckets(set.period!, c.target.per, c.target.every, today)) {
      if (b.from > today) break;
      const required = requiredFor(c.target.count, b.daysInside, b.daysOfBucket);
      const n = Math.min(40, Math.round(required * 0.9));
      for (let k = 0; k < n; k++) {
        const date = addDays(b.from, Math.floor(((k + 0.5) * b.daysInside) / Math.max(n, 1)));
        if (date <= today) out.push({ commitmentId: c.id!, date, quantity: 1 });
      }
    }
  });
  return out;
}

/** The demo person who logs in a kommun: the LPO's kommunpolis where it reaches, else the kommun's coordinator. */
async function loggerFor(deps: Deps, preferredUserId: string, municipalityId: string): Promise<Actor> {
  const preferred = (await actorForUser(deps.db, preferredUserId))!;
  if (can(preferred, 'activity.write', municipalityId)) return preferred;
  const coordinator = await deps.db
    .selectFrom('memberships')
    .select('user_id')
    .where('organisation_id', '=', municipalityId)
    .where('role', '=', 'coordinator')
    .executeTakeFirstOrThrow();
  return (await actorForUser(deps.db, coordinator.user_id))!;
}

export async function seedDemoPromises(deps: Deps, officerUserId: string): Promise<number> {
  const today = swedishDay(deps.now());
  const year = today.slice(0, 4);
  let sets = 0;
  for (const file of demoDocumentFiles()) {
    const doc = importPromiseText(demoDocumentText(file)) as PromiseSetDocument;
    if (!doc.period) doc.period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const stored = await createPromiseSet(deps, CLI_ACTOR, doc);
    await transitionPromiseSet(deps, CLI_ACTOR, stored.id, 'agree', signaturesFor(doc, doc.period.from));
    await transitionPromiseSet(deps, CLI_ACTOR, stored.id, 'publish');
    const activities = demoActivities(stored, today);
    const kommun = await deps.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', stored.municipalities[0]!.code)
      .executeTakeFirstOrThrow();
    const logger = await loggerFor(deps, officerUserId, kommun.id);
    for (let i = 0; i < activities.length; i += 500) await logActivities(deps, logger, activities.slice(i, i + 500));
    sets++;
  }
  return sets;
}
