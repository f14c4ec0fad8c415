/**
 * How much each of a kommun's areas is used. By id: activities
 * (activity_areas), dialogues and walks, EST reports, findings, and
 * survey answers to the area question. By name: commitments of the
 * kommun's promise sets, whose places are text in the promise document
 * (areas are made from them, never linked back).
 */
import type { Db } from '../../db/connect.ts';
import { areaNameKey, NO_USAGE, type AreaUsage } from '../../domain/areas/areas.ts';
import {
  activityCounts,
  dialogueCounts,
  findingCounts,
  kommunCommitmentPlaces,
  surveyAnswerCounts,
} from './queries.ts';

type Counts = Map<string, AreaUsage>;

function add(counts: Counts, areaId: string | null, kind: keyof AreaUsage, n: number | string): void {
  if (!areaId) return;
  const usage = counts.get(areaId);
  if (usage) usage[kind] += Number(n);
}

async function countActivities(db: Db, kommunId: string, counts: Counts): Promise<void> {
  const rows = await activityCounts(db, kommunId, [...counts.keys()]);
  for (const r of rows) add(counts, r.area_id, 'activities', r.n);
}

async function countDialogues(db: Db, kommunId: string, counts: Counts): Promise<void> {
  const rows = await dialogueCounts(db, kommunId, [...counts.keys()]);
  for (const r of rows) add(counts, r.area_id, r.kind === 'est' ? 'estReports' : 'dialogues', r.n);
  const findings = await findingCounts(db, kommunId, [...counts.keys()]);
  for (const r of findings) add(counts, r.area_id, 'findings', r.n);
}

/** Answers to the area question of the kommun's surveys. */
async function countSurveyAnswers(db: Db, kommunId: string, counts: Counts): Promise<void> {
  const rows = await surveyAnswerCounts(db, kommunId, [...counts.keys()]);
  for (const r of rows) add(counts, r.area_id, 'surveyAnswers', r.n);
}

/** Commitments (not removed) of promise sets covering the kommun that name the area as a place or a target's place. */
async function countCommitments(db: Db, kommunId: string, counts: Counts, names: Map<string, string>): Promise<void> {
  const rows = await kommunCommitmentPlaces(db, kommunId);
  for (const r of rows) {
    const places = [
      ...(r.places as unknown as string[]),
      ...(r.targets as unknown as { place?: string | null }[]).map((t) => t.place ?? ''),
    ];
    const ids = new Set(
      places
        .filter(Boolean)
        .map((p) => names.get(areaNameKey(p)))
        .filter((id): id is string => !!id),
    );
    for (const id of ids) add(counts, id, 'commitments', 1);
  }
}

/** Usage of the given areas of one kommun: all of its areas for the list, one or two when deleting or merging. */
export async function usageOf(
  db: Db,
  kommunId: string,
  areas: readonly { id: string; name: string }[],
): Promise<Counts> {
  const counts: Counts = new Map(areas.map((a) => [a.id, { ...NO_USAGE }]));
  if (!areas.length) return counts;
  const names = new Map(areas.map((a) => [areaNameKey(a.name), a.id]));
  await countActivities(db, kommunId, counts);
  await countDialogues(db, kommunId, counts);
  await countSurveyAnswers(db, kommunId, counts);
  await countCommitments(db, kommunId, counts, names);
  return counts;
}
