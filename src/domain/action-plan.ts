/**
 * The åtgärdsplan (law 2023:196) as pure rules: a plan is decided from the
 * ranked problems of one lägesbild, with measures that each answer a
 * prioritised problem; it is decided by a named body on a date and must be
 * decided anew at least every fourth year. Also the one sentence every
 * export uses to say what answers a problem ("Problemet Narkotika besvaras
 * av löfte 3 och åtgärd 2").
 */
import { AppError } from './errors.ts';
import { addDays } from './progress/index.ts';

/** A plan covers at most this many years, and must be decided anew this many years after its decision. */
export const PLAN_YEARS = 4;
/** The coordinators are reminded this many days (eight weeks) before the plan is due: time for a board meeting. */
export const REMINDER_DAYS_BEFORE = 56;

function invalid(field: string, rule: string, sv: string, en: string): AppError {
  return new AppError('validation_failed', sv, en, { field, rule });
}

/** The years the plan covers: in order, at most PLAN_YEARS of them. */
export function checkPlanYears(yearFrom: number, yearTo: number): void {
  if (yearTo < yearFrom)
    throw invalid(
      'yearTo',
      'years_reversed',
      'Planen kan inte sluta före det år den börjar',
      'The plan cannot end before it starts',
    );
  if (yearTo - yearFrom + 1 > PLAN_YEARS)
    throw invalid(
      'yearTo',
      'years_too_many',
      `En åtgärdsplan gäller högst ${PLAN_YEARS} år: den ska beslutas på nytt minst vart fjärde år`,
      `An action plan covers at most ${PLAN_YEARS} years: it must be decided anew at least every fourth year`,
    );
}

/** What a measure says itself; a linked commitment fills what it leaves empty. */
export type MeasureFields = {
  category: string;
  text: string | null;
  responsible: string | null;
  followUp: string | null;
  startsOn: string | null;
  endsOn: string | null;
  commitmentId: string | null;
};

/** A measure answers a prioritised problem, says what is done, by whom and how it is followed up (or links a commitment that does). */
export function checkMeasure(measure: MeasureFields, prioritised: readonly string[]): void {
  if (!prioritised.includes(measure.category))
    throw invalid(
      'category',
      'problem_not_prioritised',
      'En åtgärd ska höra till ett prioriterat problem i lägesbilden',
      'A measure must belong to a prioritised problem of the situation picture',
    );
  const linked = measure.commitmentId !== null;
  const missing = (value: string | null) => !linked && !value?.trim();
  if (missing(measure.text))
    throw invalid(
      'text',
      'text_missing',
      'Skriv vad åtgärden är, eller koppla ett löfte',
      'Say what the measure is, or link a promise',
    );
  if (missing(measure.responsible))
    throw invalid(
      'responsible',
      'responsible_missing',
      'Ange vem som ansvarar för åtgärden',
      'Say who is responsible for the measure',
    );
  if (missing(measure.followUp))
    throw invalid('followUp', 'follow_up_missing', 'Ange hur åtgärden följs upp', 'Say how the measure is followed up');
  if (measure.startsOn && measure.endsOn && measure.endsOn < measure.startsOn)
    throw invalid(
      'endsOn',
      'dates_reversed',
      'Åtgärden kan inte sluta före den börjar',
      'The measure cannot end before it starts',
    );
}

export type Decision = { decidedBy: string; decidedOn: string };

/** A decision names the body and a day that has come; every prioritised problem has at least one measure. */
export function checkDecision(
  decision: Decision,
  today: string,
  prioritised: readonly { category: string; label: string }[],
  measureCategories: readonly string[],
): void {
  if (!decision.decidedBy.trim())
    throw invalid(
      'decidedBy',
      'body_missing',
      'Ange vilket organ som beslutar planen, t.ex. Kommunfullmäktige',
      'Name the body deciding the plan',
    );
  if (decision.decidedOn > today)
    throw invalid(
      'decidedOn',
      'decided_in_future',
      'Beslutsdagen kan inte ligga i framtiden',
      'The decision date cannot be in the future',
    );
  if (prioritised.length === 0)
    throw invalid(
      'measures',
      'no_prioritised_problem',
      'Lägesbilden har inga prioriterade problem att besluta åtgärder för',
      'The situation picture has no prioritised problems',
    );
  const bare = prioritised.filter((p) => !measureCategories.includes(p.category));
  if (bare.length > 0)
    throw invalid(
      'measures',
      'problem_without_measure',
      `Varje prioriterat problem behöver minst en åtgärd; saknas för: ${bare.map((p) => p.label).join(', ')}`,
      `Every prioritised problem needs at least one measure; missing for: ${bare.map((p) => p.category).join(', ')}`,
    );
}

/** The day the plan must have been decided anew: PLAN_YEARS after its decision. */
export function planDueOn(decidedOn: string): string {
  const year = Number(decidedOn.slice(0, 4)) + PLAN_YEARS;
  const monthDay = decidedOn.slice(4) === '-02-29' ? '-02-28' : decidedOn.slice(4);
  return `${year}${monthDay}`;
}

export type DueStage = 'current' | 'soon' | 'overdue';

/** 'soon' from REMINDER_DAYS_BEFORE before the due day, 'overdue' after it. */
export function planDueStage(decidedOn: string, today: string): DueStage {
  const due = planDueOn(decidedOn);
  if (today > due) return 'overdue';
  return addDays(today, REMINDER_DAYS_BEFORE) >= due ? 'soon' : 'current';
}

/**
 * Measures in print order: problems in the lägesbild's order, then each
 * problem's measures by position. A measure's number is its place in the
 * plan's own order (position), which the decision sets to this print order:
 * so "åtgärd 2" of a decided plan stays åtgärd 2 when the lägesbild's
 * ranking later moves.
 */
export function printOrder<M extends { category: string; position: number }>(
  problemOrder: readonly string[],
  measures: readonly M[],
): M[] {
  const rank = (category: string) => {
    const index = problemOrder.indexOf(category);
    return index < 0 ? problemOrder.length : index;
  };
  return [...measures].sort(
    (a, b) => rank(a.category) - rank(b.category) || a.category.localeCompare(b.category) || a.position - b.position,
  );
}

/** A promise as the link sentence names it: its number in its medborgarlöfte, and that set's title when several sets are named. */
export type PromiseRef = { number: number; setTitle: string };

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

function promisesSv(promises: readonly PromiseRef[]): string {
  const sets = [...new Set(promises.map((p) => p.setTitle))];
  const word = promises.length === 1 ? 'löfte' : 'löftena';
  if (sets.length <= 1) return `${word} ${joinAnd(promises.map((p) => String(p.number)))}`;
  return `${word} ${joinAnd(promises.map((p) => `${p.number} (${p.setTitle})`))}`;
}

function measuresSv(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'åtgärd' : 'åtgärderna'} ${joinAnd(numbers.map(String))}`;
}

/**
 * "Problemet Narkotika besvaras av löfte 3 och åtgärd 2"; with several:
 * "… av löftena 3 och 5 samt åtgärderna 1 och 2"; with none: "… besvaras
 * ännu inte av något löfte eller någon åtgärd".
 */
export function linkSentenceSv(label: string, promises: readonly PromiseRef[], measures: readonly number[]): string {
  const head = `Problemet ${label} besvaras`;
  const sortedPromises = [...promises].sort((a, b) => a.setTitle.localeCompare(b.setTitle) || a.number - b.number);
  const sortedMeasures = [...measures].sort((a, b) => a - b);
  const parts = [
    ...(sortedPromises.length ? [promisesSv(sortedPromises)] : []),
    ...(sortedMeasures.length ? [measuresSv(sortedMeasures)] : []),
  ];
  if (parts.length === 0) return `${head} ännu inte av något löfte eller någon åtgärd.`;
  const several = sortedPromises.length > 1 || sortedMeasures.length > 1;
  return `${head} av ${parts.join(several ? ' samt ' : ' och ')}.`;
}
