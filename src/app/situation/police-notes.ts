import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { isProblemCategory } from '../../domain/dialogues/categories.ts';
import { isPoliceFor } from './police.ts';
import type { NewPoliceNote, PoliceNoteView } from '../../contracts/situation.ts';
import { deletePoliceNoteRow, insertPoliceNote, policeNotesOf } from './queries.ts';

export type { PoliceNoteView } from '../../contracts/situation.ts';

/** Non-police get "not found", as if the notes did not exist. */
async function assertPolice(deps: Deps, actor: Actor, municipalityId: string): Promise<void> {
  if (!can(actor, 'situation.read', municipalityId) || !(await isPoliceFor(deps, actor, municipalityId))) {
    throw notFound('Sidan', 'Resource');
  }
}

/** Adding and removing notes takes a police role that writes the lägesbild; the others read them. */
async function assertPoliceWriter(deps: Deps, actor: Actor, municipalityId: string): Promise<void> {
  await assertPolice(deps, actor, municipalityId);
  if (!(await isPoliceFor(deps, actor, municipalityId, 'situation.write'))) {
    throw new AppError(
      'forbidden',
      'Din roll kan läsa polisens underlag men inte ändra det',
      'Your role may read the police material but not change it',
    );
  }
}

/** May the actor add and remove notes here? Shown beside the notes so the staff app offers only what works. */
export async function mayWritePoliceNotes(deps: Deps, actor: Actor, municipalityId: string): Promise<boolean> {
  return isPoliceFor(deps, actor, municipalityId, 'situation.write');
}

export async function addPoliceNote(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  input: NewPoliceNote & { year: number },
): Promise<PoliceNoteView> {
  await assertPoliceWriter(deps, actor, municipalityId);
  if (!isProblemCategory(input.category))
    throw new AppError('validation_failed', `Okänd problemkategori: ${input.category}`, `Unknown problem category`);
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertPoliceNote(trx, {
      municipalityId,
      year: input.year,
      category: input.category,
      seriousness: input.seriousness,
      text: input.text,
      by: actor.label,
    });
    // The audit log never holds the note's text: only that a note was added.
    await writeAudit(trx, actor, {
      action: 'police_note.create',
      entityType: 'police_note',
      entityId: row.id,
      organisationId: municipalityId,
      after: { year: input.year, category: input.category },
    });
    return {
      id: row.id,
      year: row.year,
      category: row.category,
      seriousness: row.seriousness,
      text: row.text,
      createdAt: row.created_at.toISOString(),
    };
  });
}

export async function listPoliceNotes(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  year: number,
): Promise<PoliceNoteView[]> {
  await assertPolice(deps, actor, municipalityId);
  const rows = await policeNotesOf(deps.db, municipalityId, year);
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    category: r.category,
    seriousness: r.seriousness,
    text: r.text,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function deletePoliceNote(deps: Deps, actor: Actor, municipalityId: string, id: string): Promise<void> {
  await assertPoliceWriter(deps, actor, municipalityId);
  await deps.db.transaction().execute(async (trx) => {
    const gone = await deletePoliceNoteRow(trx, municipalityId, id);
    if (!gone) throw notFound('Anteckningen', 'Note');
    await writeAudit(trx, actor, {
      action: 'police_note.delete',
      entityType: 'police_note',
      entityId: id,
      organisationId: municipalityId,
    });
  });
}
