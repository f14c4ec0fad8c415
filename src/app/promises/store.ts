/**
 * Storing a promise set document: its rows (queries/document.ts), then what
 * follows from them in the same transaction: the activity pieces summed
 * again (the period or a target may have changed what counts) and the
 * places named in commitments made areas of the kommun.
 */
import type { Db } from '../../db/connect.ts';
import { rebuildPieces } from '../activities/queries/pieces.ts';
import { ensureAreas } from '../areas/ensure.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { writeContentRows, type ResolvedMunicipality } from './queries/document.ts';

export { readDocument, type ResolvedMunicipality } from './queries/document.ts';

/** Writes the content of `doc` under promise set `id` and sums the set's activities again. */
export async function writeContent(
  trx: Db,
  id: string,
  doc: PromiseSetDocument,
  municipalities: ResolvedMunicipality[],
  now: Date,
): Promise<void> {
  await writeContentRows(trx, id, doc, municipalities, now);
  await rebuildPieces(trx, id);
}

/** Places named in commitments become areas of the (first) kommun, created on the fly by the areas' own rules. */
export async function placesAsAreas(
  trx: Db,
  actor: Actor,
  municipalityId: string | null,
  doc: PromiseSetDocument,
): Promise<void> {
  if (!municipalityId) return;
  const names = doc.focusAreas
    .flatMap((area) => area.commitments.flatMap((c) => [...c.places, ...c.targets.map((t) => t.place ?? '')]))
    .filter((p) => p.trim());
  if (names.length) await ensureAreas(trx, actor, municipalityId, names, 'places');
}
