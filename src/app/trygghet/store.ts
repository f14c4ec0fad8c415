/**
 * What follows a new file for an import: its rows replace the stored ones,
 * kept by the key item + place, so a result that stays keeps its id; and
 * the stored rows as the API shows them (numbers, in the order of places).
 */
import type { Db } from '../../db/connect.ts';
import { areaNameKey } from '../../domain/areas/areas.ts';
import { resultKey, type OutsideRow } from '../../domain/trygghet/parse.ts';
import type { OutsideLevel, OutsideMeasure, OutsideSource } from '../../domain/trygghet/sources.ts';
import type { OutsideImportView, OutsideResultView } from '../../contracts/outside-surveys.ts';
import {
  areaNamesOf,
  deleteResults,
  importsWithResults,
  insertResults,
  resultColumns,
  resultsOfImport,
  updateResult,
  type ResultRow,
} from './queries.ts';

export interface ReplaceCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** Area names as the kommun spells them, where the file names one of its areas in another case or spacing. */
export async function withKommunSpelling(trx: Db, municipalityId: string, rows: OutsideRow[]): Promise<OutsideRow[]> {
  if (!rows.some((r) => r.level === 'area')) return rows;
  const byKey = new Map((await areaNamesOf(trx, municipalityId)).map((name) => [areaNameKey(name), name]));
  return rows.map((r) =>
    r.level === 'area' && r.areaName ? { ...r, areaName: byKey.get(areaNameKey(r.areaName)) ?? r.areaName } : r,
  );
}

function same(stored: ResultRow, r: OutsideRow): boolean {
  const want = resultColumns(r);
  return (Object.keys(want) as (keyof typeof want)[]).every((k) => {
    const b = want[k];
    const a = stored[k];
    if (typeof b === 'number') return a !== null && Number(a) === b;
    return a === b;
  });
}

/** The import's rows become `rows`: new keys added, changed ones updated in place, missing ones removed. */
export async function replaceResults(
  trx: Db,
  imp: { id: string; municipalityId: string; source: OutsideSource; year: number },
  rows: OutsideRow[],
  now: Date,
): Promise<ReplaceCounts> {
  const stored = await resultsOfImport(trx, imp.id);
  const byKey = new Map(
    stored.map((s) => [resultKey({ level: s.level as OutsideLevel, areaName: s.area_name, item: s.item }), s]),
  );
  let updated = 0;
  let unchanged = 0;
  const fresh: OutsideRow[] = [];
  for (const r of rows) {
    const old = byKey.get(resultKey(r));
    byKey.delete(resultKey(r));
    if (!old) fresh.push(r);
    else if (same(old, r)) unchanged++;
    else {
      await updateResult(trx, old.id, r, now);
      updated++;
    }
  }
  const gone = [...byKey.values()].map((s) => s.id);
  await deleteResults(trx, gone);
  await insertResults(trx, imp, fresh, now);
  return { added: fresh.length, updated, unchanged, removed: gone.length };
}

const LEVEL_ORDER: Record<string, number> = { kommun: 0, area: 1, lpo: 2, lan: 3, riket: 4 };

/** The kommun's own figures first, then its areas (by name), its LPO, its län and the country. */
export function byPlace(
  a: { level: string; area_name: string | null },
  b: { level: string; area_name: string | null },
) {
  return LEVEL_ORDER[a.level]! - LEVEL_ORDER[b.level]! || (a.area_name ?? '').localeCompare(b.area_name ?? '', 'sv');
}

export function resultView(r: ResultRow): OutsideResultView {
  return {
    id: r.id,
    // Written only from the domain's lists (and held to them by the table's checks).
    level: r.level as OutsideLevel,
    areaName: r.area_name,
    item: r.item,
    category: r.category,
    measure: r.measure as OutsideMeasure,
    value: Number(r.value),
    answers: r.answers,
    ciLow: r.ci_low === null ? null : Number(r.ci_low),
    ciHigh: r.ci_high === null ? null : Number(r.ci_high),
  };
}

/** The kommun's imports (of one year, or all), newest year first, each with its results in the order of places. */
export async function importViews(db: Db, municipalityId: string, year?: number): Promise<OutsideImportView[]> {
  const { imports, results } = await importsWithResults(db, municipalityId, year);
  return imports.map((i) => ({
    id: i.id,
    source: i.source as OutsideSource,
    year: i.year,
    fileName: i.file_name,
    rows: i.rows,
    importedBy: i.imported_by,
    importedAt: i.imported_at.toISOString(),
    results: results
      .filter((r) => r.import_id === i.id)
      .sort(byPlace)
      .map(resultView),
  }));
}
