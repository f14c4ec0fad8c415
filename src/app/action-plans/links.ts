/**
 * "Problemet Narkotika besvaras av löfte 3 och åtgärd 2": the link from a
 * lägesbild's problems to the promises and the åtgärdsplan's measures that
 * answer them, for the lägesbild's exports and the follow-up report.
 */
import type { Db } from '../../db/connect.ts';
import { categoryLabel } from '../../domain/dialogues/categories.ts';
import type { ProblemView } from '../../contracts/situation.ts';
import { linkSentences, numberedMeasures } from './read.ts';
import { commitmentIdsOfSet, kommunerOfSet, latestPicture, pictureProblems, planRow } from './queries.ts';

/** The sentence of every prioritised or linked problem of the lägesbild, by category (measures of its plan in any state). */
export async function situationLinkSentences(
  db: Db,
  kommunId: string,
  year: number,
  problems: readonly ProblemView[],
): Promise<Record<string, string>> {
  const plan = await planRow(db, kommunId, year);
  const measures = plan ? await numberedMeasures(db, plan.id) : [];
  const shown = problems.filter((p) => p.prioritised || p.commitmentIds.length > 0);
  return Object.fromEntries(await linkSentences(db, shown, measures));
}

/** The problems of one kommun's lägesbild that a follow-up's promises answer, one sentence each. */
export type FollowUpLinks = { kommun: string; year: number; sentences: string[] };

/**
 * For a follow-up of a promise set: per kommun of the set, its latest
 * lägesbild up to `year` whose problems link commitments of this set, or
 * whose decided åtgärdsplan does, with each such problem's sentence.
 * Only decided plans count here: the follow-up is published.
 */
export async function followUpLinkSentences(db: Db, promiseSetId: string, year: number): Promise<FollowUpLinks[]> {
  const kommuner = await kommunerOfSet(db, promiseSetId);
  const inSet = await commitmentIdsOfSet(db, promiseSetId);
  const out: FollowUpLinks[] = [];
  for (const kommun of kommuner) {
    const picture = await latestPicture(db, kommun.id, year);
    if (!picture) continue;
    const rows = await pictureProblems(db, picture.id);
    const plan = await planRow(db, kommun.id, picture.year);
    const measures = plan?.status === 'decided' ? await numberedMeasures(db, plan.id) : [];
    const answers = (category: string, commitmentIds: readonly string[]) =>
      commitmentIds.some((id) => inSet.has(id)) ||
      measures.some((m) => m.category === category && m.commitment !== null && inSet.has(m.commitment.id));
    const problems = rows
      .filter((r) => answers(r.category, r.commitment_ids))
      .map((r) => ({ category: r.category, label: categoryLabel(r.category), commitmentIds: r.commitment_ids }));
    if (problems.length === 0) continue;
    const sentences = await linkSentences(db, problems, measures);
    out.push({
      kommun: kommun.name,
      year: picture.year,
      sentences: problems.map((p) => sentences.get(p.category) ?? ''),
    });
  }
  return out;
}
