import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { readActivityCsv, type CsvActivity, type RowProblem } from '../../domain/activity-csv.ts';
import { csvDocument } from '../../domain/csv.ts';
import { inLockOrder, insertPrepared, prepareActivity } from './activities.ts';
import { getPromiseSet } from '../promises/promise-sets.ts';

/** Area ids for names in a kommun; names not yet known become areas (places are created on the fly). */
async function areaIdsFor(trx: Db, municipalityId: string | null, names: string[]): Promise<string[]> {
  if (!municipalityId || !names.length) return [];
  const ids: string[] = [];
  for (const name of names) {
    const found = await trx.selectFrom('areas').select('id').where('municipality_id', '=', municipalityId)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst();
    ids.push(found?.id ?? (await trx.insertInto('areas').values({ municipality_id: municipalityId, name }).returning('id').executeTakeFirstOrThrow()).id);
  }
  return ids;
}

/** A file with any invalid row stores nothing; the report names every bad row and why. */
export async function importActivitiesCsv(deps: Deps, actor: Actor, text: string): Promise<{ imported: number }> {
  const { activities, problems } = readActivityCsv(text);
  const prepared: { a: CsvActivity; p: Awaited<ReturnType<typeof prepareActivity>> }[] = [];
  const all: RowProblem[] = [...problems];
  for (const a of activities) {
    try {
      prepared.push({ a, p: await prepareActivity(deps, actor, { commitmentId: a.commitmentId, date: a.date, quantity: a.quantity,
        outcomes: a.outcomes, note: a.note }) });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      all.push({ line: a.line, message: err.message, messageEn: err.messageEn });
    }
  }
  if (!activities.length && !all.length) {
    all.push({ line: 1, message: 'Filen innehåller inga aktiviteter', messageEn: 'The file holds no activities' });
  }
  if (all.length) {
    all.sort((x, y) => x.line - y.line);
    throw new AppError('validation_failed', `${all.length} rader har fel; inget sparades`, `${all.length} rows have errors; nothing was saved`, { rows: all });
  }
  await deps.db.transaction().execute(async (trx) => {
    for (const { a, p } of inLockOrder(prepared, (x) => x.p.input)) {
      const areaIds = await areaIdsFor(trx, p.municipalityId, a.places);
      await insertPrepared(trx, actor, { ...p, input: { ...p.input, areaIds } });
    }
  });
  return { imported: prepared.length };
}

/** A ready file to fill in: one example row per commitment, with its text beside its id. */
export async function activityCsvTemplate(deps: Deps, actor: Actor, setId: string): Promise<string> {
  const set = await getPromiseSet(deps, actor, setId);
  const indicators = [...new Set(set.focusAreas.flatMap((a) => a.commitments.flatMap((c) => c.followUp)))];
  const header = ['åtagande', 'åtagande (text)', 'datum', 'antal', 'platser', 'anteckning', ...indicators.map((i) => `utfall:${i}`)];
  return csvDocument([header, ...set.focusAreas.flatMap((a) => a.commitments.map((c) =>
    [c.id, c.text, '', '', '', '', ...indicators.map(() => '')]))]);
}
