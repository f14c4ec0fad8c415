import { createHash } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { openActivityCsv, type CsvActivity } from '../../domain/activity-csv.ts';
import type { RowProblem } from '../../domain/row-problem.ts';
import { csvDocument } from '../../domain/csv.ts';
import { getPromiseSet } from '../promises/promise-sets.ts';
import type { IdempotencyClaim } from '../idempotency.ts';
import { assertMayLogSomewhere, breathe, checkRows, SLICE, storeRows } from './intake.ts';
import { placeIds } from './places.ts';
import { recordActivitiesLogged } from '../events/record.ts';
import type { ImportResult } from '../../contracts/activities.ts';

export type { ImportResult } from '../../contracts/activities.ts';

/**
 * A file with any invalid row stores nothing; the report names every bad
 * row and why. Reading and checking happen before the transaction (one
 * query per commitment the file names, not per row), so the transaction
 * holds only the set-wise inserts (intake.ts).
 */
export async function importActivitiesCsv(
  deps: Deps,
  actor: Actor,
  text: string,
  claim?: IdempotencyClaim<ImportResult>,
): Promise<ImportResult> {
  assertMayLogSomewhere(actor);
  const reader = openActivityCsv(text);
  const activities: CsvActivity[] = [];
  const all: RowProblem[] = reader.headerProblem ? [reader.headerProblem] : [];
  for (const [i, row] of reader.rows.entries()) {
    if (i % SLICE === SLICE - 1) await breathe();
    const read = reader.read(row);
    if ('commitmentId' in read) activities.push(read);
    else all.push(read);
  }
  const { checked, problems: refused } = await checkRows(
    deps,
    actor,
    activities.map((a) => ({
      input: { commitmentId: a.commitmentId, date: a.date, quantity: a.quantity, outcomes: a.outcomes, note: a.note },
      places: a.places,
    })),
  );
  for (const { index, error } of refused)
    all.push({ line: activities[index]!.line, message: error.message, messageEn: error.messageEn });
  if (!activities.length && !all.length) {
    all.push({ line: 1, message: 'Filen innehåller inga aktiviteter', messageEn: 'The file holds no activities' });
  }
  if (all.length) {
    all.sort((x, y) => x.line - y.line);
    throw new AppError(
      'validation_failed',
      `${all.length} rader har fel; inget sparades`,
      `${all.length} rows have errors; nothing was saved`,
      { rows: all },
    );
  }
  const digest = createHash('sha256').update(text).digest('hex');
  // Places first, in a short transaction of their own: creating a kommun's new area names never waits on, or
  // holds, a commitment's lock. Should the import then fail, the new names stay as unused areas (curated in Områden).
  const places = await deps.db.transaction().execute((trx) => placeIds(trx, actor, checked));
  return deps.db.transaction().execute(async (trx) => {
    const stored = await storeRows(trx, actor, checked, places, {
      action: 'activity.import',
      extra: { sha256: digest, bytes: Buffer.byteLength(text) },
    });
    await recordActivitiesLogged(trx, deps.now(), stored);
    const result = { imported: checked.length };
    await claim?.remember(trx, result);
    return result;
  });
}

/** A ready file to fill in: one example row per commitment, with its text beside its id. */
export async function activityCsvTemplate(deps: Deps, actor: Actor, setId: string): Promise<string> {
  const set = await getPromiseSet(deps, actor, setId);
  const indicators = [...new Set(set.focusAreas.flatMap((a) => a.commitments.flatMap((c) => c.followUp)))];
  const header = [
    'åtagande',
    'åtagande (text)',
    'datum',
    'antal',
    'platser',
    'anteckning',
    ...indicators.map((i) => `utfall:${i}`),
  ];
  return csvDocument([
    header,
    ...set.focusAreas.flatMap((a) =>
      a.commitments.map((c) => [c.id, c.text, '', '', '', '', ...indicators.map(() => '')]),
    ),
  ]);
}
