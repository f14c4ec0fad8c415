/**
 * Reading the åtgärdsplan: the plan row, its measures numbered by their
 * place in the plan (set to print order when it is decided, so the numbers
 * of a decided plan never move) with their linked commitments read live, the prioritised problems
 * of the lägesbild it is based on (the open ranking: a plan is exported and
 * never rests on the police's confidential notes), and the link sentence of
 * each problem.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { can } from '../../domain/access/permissions.ts';
import { notFound } from '../../domain/errors.ts';
import { categoryLabel } from '../../domain/dialogues/categories.ts';
import { linkSentenceSv, planDueOn, planDueStage } from '../../domain/action-plan.ts';
import { swedishDay } from '../../domain/calendar.ts';
import type { ActionPlanView, LinkedCommitment, MeasureView } from '../../contracts/action-plans.ts';
import type { ProblemView } from '../../contracts/situation.ts';
import { buildSituation } from '../situation/situation.ts';
import { commitmentRefs } from './commitment-refs.ts';
import { measureRows, planRow, type MeasureRow } from './queries.ts';

export function assertPlanRead(actor: Actor, kommunId: string): void {
  if (!can(actor, 'situation.read', kommunId)) throw notFound('Åtgärdsplanen', 'Action plan');
}

/** A commitment's parties as a line reads them: "Polisen, kommunen". */
function partiesOf(parties: readonly string[]): string {
  const line = parties.join(', ');
  return line.charAt(0).toLocaleUpperCase('sv-SE') + line.slice(1);
}

function measureView(row: MeasureRow, number: number, commitment: LinkedCommitment | null): MeasureView {
  const own = (value: string | null) => (value?.trim() ? value.trim() : null);
  return {
    id: row.id,
    number,
    category: row.category,
    problemLabel: categoryLabel(row.category),
    text: row.text,
    responsible: row.responsible,
    partners: row.partners,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    whenText: row.when_text,
    followUp: row.follow_up,
    commitment,
    shown: {
      text: own(row.text) ?? (commitment ? `Löfte ${commitment.number}: ${commitment.text}` : ''),
      responsible: own(row.responsible) ?? partiesOf(commitment?.responsible ?? []),
      followUp: own(row.follow_up) ?? commitment?.followUp.join('; ') ?? '',
    },
  };
}

/** Per problem category: the promises (linked in the lägesbild or through a measure) and measure numbers answering it. */
export async function linkSentences(
  db: Db,
  problems: readonly Pick<ProblemView, 'category' | 'label' | 'commitmentIds'>[],
  measures: readonly Pick<MeasureView, 'category' | 'number' | 'commitment'>[],
): Promise<Map<string, string>> {
  const refs = await commitmentRefs(db, [...new Set(problems.flatMap((p) => p.commitmentIds))]);
  const out = new Map<string, string>();
  for (const p of problems) {
    const own = measures.filter((m) => m.category === p.category);
    const promises = new Map<string, LinkedCommitment>();
    for (const id of p.commitmentIds) {
      const ref = refs.get(id);
      if (ref && !ref.removed) promises.set(id, ref);
    }
    for (const m of own) if (m.commitment && !m.commitment.removed) promises.set(m.commitment.id, m.commitment);
    const promiseRefs = [...promises.values()].map((c) => ({ number: c.number, setTitle: c.promiseSetTitle }));
    out.set(
      p.category,
      linkSentenceSv(
        p.label,
        promiseRefs,
        own.map((m) => m.number),
      ),
    );
  }
  return out;
}

/** The plan's measures, numbered by position, each with its linked commitment as it reads today. */
export async function numberedMeasures(db: Db, planId: string): Promise<MeasureView[]> {
  const rows = await measureRows(db, planId);
  const refs = await commitmentRefs(
    db,
    rows.flatMap((m) => (m.commitment_id ? [m.commitment_id] : [])),
  );
  return rows.map((row, index) =>
    measureView(row, index + 1, row.commitment_id ? (refs.get(row.commitment_id) ?? null) : null),
  );
}

/** The plan with its measures and the problems it answers, or null when the lägesbild has none yet. */
export async function buildPlanView(deps: Deps, kommunId: string, year: number): Promise<ActionPlanView | null> {
  const plan = await planRow(deps.db, kommunId, year);
  if (!plan) return null;
  const situation = await buildSituation(deps, kommunId, year, false);
  const prioritised = situation.problems.filter((p) => p.prioritised);
  const measures = await numberedMeasures(deps.db, plan.id);
  const sentences = await linkSentences(deps.db, prioritised, measures);
  const linked = await commitmentRefs(
    deps.db,
    prioritised.flatMap((p) => p.commitmentIds),
  );
  const decidedOn = plan.status === 'decided' ? plan.decided_on : null;
  return {
    id: plan.id,
    municipalityId: kommunId,
    situationYear: year,
    title: plan.title,
    yearFrom: plan.year_from,
    yearTo: plan.year_to,
    status: plan.status,
    decidedBy: plan.decided_by,
    decidedOn: plan.decided_on,
    dueOn: decidedOn ? planDueOn(decidedOn) : null,
    dueStage: decidedOn ? planDueStage(decidedOn, swedishDay(deps.now())) : null,
    problems: prioritised.map((p) => ({
      category: p.category,
      label: p.label,
      rank: p.rank,
      causeText: p.cause.text,
      linkSentence: sentences.get(p.category) ?? '',
      commitments: p.commitmentIds.flatMap((id) => {
        const ref = linked.get(id);
        return ref && !ref.removed ? [ref] : [];
      }),
    })),
    measures,
  };
}

export async function getActionPlan(deps: Deps, actor: Actor, kommunId: string, year: number): Promise<ActionPlanView> {
  assertPlanRead(actor, kommunId);
  const view = await buildPlanView(deps, kommunId, year);
  if (!view) throw notFound('Åtgärdsplanen', 'Action plan');
  return view;
}
