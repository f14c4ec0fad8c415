/**
 * How many stored answers give each text question. Counting them opens
 * every answer (0.5–0.8 s for 100 000 on a loaded machine), so this process
 * keeps the counts per survey with the stamp of the stored answers they were
 * counted at (queries/text-results.ts: how many rows and each row's
 * version), and counts again when the stamp has moved: after a batch is
 * stored, an area merge, or the retention pass removing free text. Only
 * numbers are kept, never a text. The codings (few) are read each time.
 */
import type { Db } from '../../db/connect.ts';
import type { TextCounts } from '../../domain/surveys/results.ts';
import { codedTextCounts, givenTextCounts, storedAnswersStamp } from './queries/text-results.ts';

const kept = new WeakMap<Db, Map<string, { stamp: string; given: number[] }>>();

async function givenCounts(db: Db, surveyId: string, textIds: string[]): Promise<number[]> {
  let map = kept.get(db);
  if (!map) kept.set(db, (map = new Map()));
  const key = `${surveyId}|${textIds.join('|')}`;
  const held = map.get(key);
  if (held && held.stamp === (await storedAnswersStamp(db, surveyId))) return held.given;
  // Counted and stamped in one statement, so the counts are never kept under a later stamp.
  const fresh = await givenTextCounts(db, surveyId, textIds);
  map.delete(key);
  if (map.size >= 100) map.delete(map.keys().next().value!);
  map.set(key, fresh);
  return fresh.given;
}

/** Per text question, its stored answers counted: given, uncoded, and per category set by staff. */
export async function storedTextCounts(db: Db, surveyId: string, textIds: string[]): Promise<Map<string, TextCounts>> {
  if (!textIds.length) return new Map();
  const [given, codings] = await Promise.all([
    givenCounts(db, surveyId, textIds),
    codedTextCounts(db, surveyId, textIds),
  ]);
  return new Map(
    textIds.map((id, i) => [
      id,
      {
        answered: given[i]!,
        uncoded: given[i]! - (codings.coded.get(id) ?? 0),
        byCategory: codings.byCategory.get(id) ?? new Map(),
      },
    ]),
  );
}
