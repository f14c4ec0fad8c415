/**
 * Changing the åtgärdsplan: its head (created on first save), its measures
 * (add, edit, remove), the decision by a named body on a date, and taking a
 * decided plan back to draft to revise it. Authorised with the lägesbild's
 * actions (situation.read to see it, situation.write to change it); a
 * decided plan is changed only after it is taken back; every change audited.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { AppError, conflict, forbidden, notFound } from '../../domain/errors.ts';
import { swedishDay } from '../../domain/calendar.ts';
import {
  checkDecision,
  checkMeasure,
  checkPlanYears,
  printOrder,
  type MeasureFields,
} from '../../domain/action-plan.ts';
import type { ActionPlanView, Decision, MeasureEdit, MeasureInput, PlanEdit } from '../../contracts/action-plans.ts';
import { buildSituation } from '../situation/situation.ts';
import { assertPlanRead, getActionPlan } from './read.ts';
import {
  appendMeasure,
  commitmentCoversKommun,
  deleteMeasure,
  measureRows,
  planRow,
  updateMeasure,
  updatePlan,
  upsertPlan,
  type PlanRow,
} from './queries.ts';

function assertWrite(actor: Actor, kommunId: string): void {
  assertPlanRead(actor, kommunId);
  if (!can(actor, 'situation.write', kommunId)) throw forbidden();
}

async function existingPlan(deps: Deps, kommunId: string, year: number): Promise<PlanRow> {
  const plan = await planRow(deps.db, kommunId, year);
  if (!plan) throw notFound('Åtgärdsplanen', 'Action plan');
  return plan;
}

function assertDraft(plan: PlanRow): void {
  if (plan.status === 'decided')
    throw conflict(
      'Åtgärdsplanen är beslutad. Ta tillbaka den till utkast för att ändra den.',
      'The action plan is decided. Take it back to draft to change it.',
    );
}

/** The lägesbild's problems in its (open) order. */
async function problemsOf(deps: Deps, kommunId: string, year: number) {
  const situation = await buildSituation(deps, kommunId, year, false);
  return situation.problems.map((p) => ({ category: p.category, label: p.label, prioritised: p.prioritised }));
}

async function prioritisedProblems(deps: Deps, kommunId: string, year: number) {
  return (await problemsOf(deps, kommunId, year)).filter((p) => p.prioritised);
}

async function touch(trx: Deps['db'], deps: Deps, planId: string): Promise<void> {
  await updatePlan(trx, planId, { updated_at: deps.now() });
}

/** Creates the plan of the lägesbild of `year`, or changes its title and years. */
export async function savePlan(
  deps: Deps,
  actor: Actor,
  kommunId: string,
  year: number,
  edit: PlanEdit,
): Promise<ActionPlanView> {
  assertWrite(actor, kommunId);
  checkPlanYears(edit.yearFrom, edit.yearTo);
  const existing = await planRow(deps.db, kommunId, year);
  if (existing) assertDraft(existing);
  await deps.db.transaction().execute(async (trx) => {
    const values = { title: edit.title, year_from: edit.yearFrom, year_to: edit.yearTo };
    const row = await upsertPlan(trx, kommunId, year, values, deps.now());
    await writeAudit(trx, actor, {
      action: existing ? 'action_plan.update' : 'action_plan.create',
      entityType: 'action_plan',
      entityId: row.id,
      organisationId: kommunId,
      before: existing ? { title: existing.title, yearFrom: existing.year_from, yearTo: existing.year_to } : undefined,
      after: { situationYear: year, ...edit },
    });
  });
  return getActionPlan(deps, actor, kommunId, year);
}

function fieldsOf(input: MeasureInput): MeasureFields {
  return {
    category: input.category,
    text: input.text ?? null,
    responsible: input.responsible ?? null,
    followUp: input.followUp ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    commitmentId: input.commitmentId ?? null,
  };
}

async function checkMeasureInput(deps: Deps, kommunId: string, year: number, input: MeasureInput): Promise<void> {
  const prioritised = await prioritisedProblems(deps, kommunId, year);
  checkMeasure(
    fieldsOf(input),
    prioritised.map((p) => p.category),
  );
  if (input.commitmentId && !(await commitmentCoversKommun(deps.db, input.commitmentId, kommunId)))
    throw new AppError(
      'validation_failed',
      'Löftet finns inte i något medborgarlöfte för kommunen',
      'The commitment is in no promise set of the kommun',
      { field: 'commitmentId', rule: 'commitment_not_in_kommun' },
    );
}

function measureValues(input: MeasureInput) {
  const trimmed = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    category: input.category,
    text: trimmed(input.text),
    responsible: trimmed(input.responsible),
    partners: JSON.stringify(input.partners ?? []),
    starts_on: input.startsOn ?? null,
    ends_on: input.endsOn ?? null,
    when_text: trimmed(input.whenText),
    follow_up: trimmed(input.followUp),
    commitment_id: input.commitmentId ?? null,
  };
}

export async function addMeasure(
  deps: Deps,
  actor: Actor,
  kommunId: string,
  year: number,
  input: MeasureInput,
): Promise<ActionPlanView> {
  assertWrite(actor, kommunId);
  const plan = await existingPlan(deps, kommunId, year);
  assertDraft(plan);
  await checkMeasureInput(deps, kommunId, year, input);
  await deps.db.transaction().execute(async (trx) => {
    const row = await appendMeasure(trx, plan.id, measureValues(input));
    await touch(trx, deps, plan.id);
    await writeAudit(trx, actor, {
      action: 'action_plan.measure_add',
      entityType: 'action_plan_measure',
      entityId: row.id,
      organisationId: kommunId,
      after: { planId: plan.id, ...input },
    });
  });
  return getActionPlan(deps, actor, kommunId, year);
}

async function measureOf(deps: Deps, plan: PlanRow, id: string) {
  const row = (await measureRows(deps.db, plan.id)).find((m) => m.id === id);
  if (!row) throw notFound('Åtgärden', 'Measure');
  return row;
}

export async function editMeasure(
  deps: Deps,
  actor: Actor,
  kommunId: string,
  year: number,
  id: string,
  edit: MeasureEdit,
): Promise<ActionPlanView> {
  assertWrite(actor, kommunId);
  const plan = await existingPlan(deps, kommunId, year);
  const row = await measureOf(deps, plan, id);
  assertDraft(plan);
  const merged: MeasureInput = {
    category: edit.category ?? row.category,
    text: edit.text !== undefined ? edit.text : row.text,
    responsible: edit.responsible !== undefined ? edit.responsible : row.responsible,
    partners: edit.partners ?? row.partners,
    startsOn: edit.startsOn !== undefined ? edit.startsOn : row.starts_on,
    endsOn: edit.endsOn !== undefined ? edit.endsOn : row.ends_on,
    whenText: edit.whenText !== undefined ? edit.whenText : row.when_text,
    followUp: edit.followUp !== undefined ? edit.followUp : row.follow_up,
    commitmentId: edit.commitmentId !== undefined ? edit.commitmentId : row.commitment_id,
  };
  await checkMeasureInput(deps, kommunId, year, merged);
  await deps.db.transaction().execute(async (trx) => {
    await updateMeasure(trx, id, measureValues(merged));
    await touch(trx, deps, plan.id);
    await writeAudit(trx, actor, {
      action: 'action_plan.measure_edit',
      entityType: 'action_plan_measure',
      entityId: id,
      organisationId: kommunId,
      before: { category: row.category, text: row.text, responsible: row.responsible, commitmentId: row.commitment_id },
      after: { ...edit },
    });
  });
  return getActionPlan(deps, actor, kommunId, year);
}

export async function removeMeasure(
  deps: Deps,
  actor: Actor,
  kommunId: string,
  year: number,
  id: string,
): Promise<void> {
  assertWrite(actor, kommunId);
  const plan = await existingPlan(deps, kommunId, year);
  const row = await measureOf(deps, plan, id);
  assertDraft(plan);
  await deps.db.transaction().execute(async (trx) => {
    await deleteMeasure(trx, id);
    await touch(trx, deps, plan.id);
    await writeAudit(trx, actor, {
      action: 'action_plan.measure_remove',
      entityType: 'action_plan_measure',
      entityId: id,
      organisationId: kommunId,
      before: { category: row.category, text: row.text, commitmentId: row.commitment_id },
    });
  });
}

/** The decision: a named body on a day that has come, with a measure for every prioritised problem. */
export async function decidePlan(
  deps: Deps,
  actor: Actor,
  kommunId: string,
  year: number,
  decision: Decision,
): Promise<ActionPlanView> {
  assertWrite(actor, kommunId);
  const plan = await existingPlan(deps, kommunId, year);
  assertDraft(plan);
  const measures = await measureRows(deps.db, plan.id);
  const problems = await problemsOf(deps, kommunId, year);
  checkDecision(
    decision,
    swedishDay(deps.now()),
    problems.filter((p) => p.prioritised),
    measures.map((m) => m.category),
  );
  const ordered = printOrder(
    problems.map((p) => p.category),
    measures,
  );
  await deps.db.transaction().execute(async (trx) => {
    // The decided plan is numbered as it is printed: åtgärd 1, 2, 3 … down the problems, fixed from now on.
    for (const [index, measure] of ordered.entries()) {
      if (measure.position !== index + 1) await updateMeasure(trx, measure.id, { position: index + 1 });
    }
    await updatePlan(trx, plan.id, {
      status: 'decided',
      decided_by: decision.decidedBy.trim(),
      decided_on: decision.decidedOn,
      updated_at: deps.now(),
    });
    await writeAudit(trx, actor, {
      action: 'action_plan.decide',
      entityType: 'action_plan',
      entityId: plan.id,
      organisationId: kommunId,
      after: { ...decision, measures: measures.length },
    });
  });
  return getActionPlan(deps, actor, kommunId, year);
}

/** Back to draft to revise it; the earlier decision stays in the audit log. */
export async function reopenPlan(deps: Deps, actor: Actor, kommunId: string, year: number): Promise<ActionPlanView> {
  assertWrite(actor, kommunId);
  const plan = await existingPlan(deps, kommunId, year);
  if (plan.status !== 'decided')
    throw conflict('Åtgärdsplanen är redan ett utkast', 'The action plan is already a draft');
  await deps.db.transaction().execute(async (trx) => {
    await updatePlan(trx, plan.id, { status: 'draft', decided_by: null, decided_on: null, updated_at: deps.now() });
    await writeAudit(trx, actor, {
      action: 'action_plan.reopen',
      entityType: 'action_plan',
      entityId: plan.id,
      organisationId: kommunId,
      before: { decidedBy: plan.decided_by, decidedOn: plan.decided_on },
    });
  });
  return getActionPlan(deps, actor, kommunId, year);
}
