/**
 * What a change of a kommun's areas does to the area question of its
 * surveys. An option's value is the area's id and its label the area's
 * name when the survey was saved or published; answers store the id. So a
 * renamed area is relabelled everywhere (answers already given then show
 * under the new name), a merged duplicate's option gives way to the kept
 * area's, and a deleted (unused) area stops being offered. Each function
 * answers null when the questions do not change, so callers write only
 * the surveys that do.
 */
import type { Question } from '../surveys/types.ts';

type AreaQuestion = Extract<Question, { kind: 'area' }>;
type Option = AreaQuestion['options'][number];

const byName = (a: Option, b: Option) => a.label.sv.localeCompare(b.label.sv, 'sv');

function changeAreaQuestion(
  questions: readonly Question[],
  change: (q: AreaQuestion) => Option[] | null,
): Question[] | null {
  let changed = false;
  const next = questions.map((q) => {
    if (q.kind !== 'area') return q;
    const options = change(q);
    if (!options) return q;
    changed = true;
    return { ...q, options };
  });
  return changed ? next : null;
}

export function relabelAreaOption(questions: readonly Question[], areaId: string, name: string): Question[] | null {
  return changeAreaQuestion(questions, (q) => {
    const option = q.options.find((o) => o.value === areaId);
    if (!option || option.label.sv === name) return null;
    return q.options.map((o) => (o.value === areaId ? { ...o, label: { sv: name } } : o)).sort(byName);
  });
}

/** The duplicate's option goes; the kept area's is added when the survey did not offer it, so moved answers keep a label. */
export function mergeAreaOption(
  questions: readonly Question[],
  duplicateId: string,
  kept: { id: string; name: string },
): Question[] | null {
  return changeAreaQuestion(questions, (q) => {
    if (!q.options.some((o) => o.value === duplicateId)) return null;
    const rest = q.options.filter((o) => o.value !== duplicateId);
    if (!rest.some((o) => o.value === kept.id)) rest.push({ value: kept.id, label: { sv: kept.name } });
    return rest.sort(byName);
  });
}

export function dropAreaOption(questions: readonly Question[], areaId: string): Question[] | null {
  return changeAreaQuestion(questions, (q) =>
    q.options.some((o) => o.value === areaId) ? q.options.filter((o) => o.value !== areaId) : null,
  );
}
