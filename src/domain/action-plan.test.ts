import { describe, expect, it } from 'vitest';
import {
  checkDecision,
  checkMeasure,
  checkPlanYears,
  linkSentenceSv,
  printOrder,
  planDueOn,
  planDueStage,
  type MeasureFields,
} from './action-plan.ts';
import { AppError } from './errors.ts';

function rule(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return ((error as AppError).details as { rule: string }).rule;
  }
}

const measure = (over: Partial<MeasureFields> = {}): MeasureFields => ({
  category: 'narkotika',
  text: 'Föräldravandringar varje fredag',
  responsible: 'Kommunen',
  followUp: 'Antal vandringar per termin',
  startsOn: null,
  endsOn: null,
  commitmentId: null,
  ...over,
});

describe('the åtgärdsplan rules', () => {
  it('a plan covers one to four years, in order', () => {
    expect(rule(() => checkPlanYears(2026, 2029))).toBeNull();
    expect(rule(() => checkPlanYears(2026, 2026))).toBeNull();
    expect(rule(() => checkPlanYears(2026, 2030))).toBe('years_too_many');
    expect(rule(() => checkPlanYears(2027, 2026))).toBe('years_reversed');
  });

  it('a measure belongs to a prioritised problem and says what, who and how it is followed up', () => {
    expect(rule(() => checkMeasure(measure(), ['narkotika']))).toBeNull();
    expect(rule(() => checkMeasure(measure(), ['trafik']))).toBe('problem_not_prioritised');
    expect(rule(() => checkMeasure(measure({ text: '  ' }), ['narkotika']))).toBe('text_missing');
    expect(rule(() => checkMeasure(measure({ responsible: null }), ['narkotika']))).toBe('responsible_missing');
    expect(rule(() => checkMeasure(measure({ followUp: '' }), ['narkotika']))).toBe('follow_up_missing');
    expect(rule(() => checkMeasure(measure({ startsOn: '2026-05-01', endsOn: '2026-04-01' }), ['narkotika']))).toBe(
      'dates_reversed',
    );
  });

  it('a measure that links a commitment may leave its text, responsible party and follow-up to the commitment', () => {
    const linked = measure({ text: null, responsible: null, followUp: null, commitmentId: 'c1' });
    expect(rule(() => checkMeasure(linked, ['narkotika']))).toBeNull();
  });

  it('a decision names the body, a day that has come, and covers every prioritised problem', () => {
    const problems = [
      { category: 'narkotika', label: 'Narkotika' },
      { category: 'trafik', label: 'Trafik' },
    ];
    const ok = { decidedBy: 'Kommunfullmäktige', decidedOn: '2026-03-02' };
    expect(rule(() => checkDecision(ok, '2026-03-02', problems, ['narkotika', 'trafik']))).toBeNull();
    expect(rule(() => checkDecision({ ...ok, decidedBy: ' ' }, '2026-03-02', problems, ['narkotika', 'trafik']))).toBe(
      'body_missing',
    );
    expect(rule(() => checkDecision(ok, '2026-03-01', problems, ['narkotika', 'trafik']))).toBe('decided_in_future');
    expect(rule(() => checkDecision(ok, '2026-03-02', [], []))).toBe('no_prioritised_problem');
    let message = '';
    try {
      checkDecision(ok, '2026-03-02', problems, ['narkotika']);
    } catch (error) {
      message = (error as AppError).message;
    }
    expect(message).toContain('saknas för: Trafik');
  });

  it('is due four years after its decision, with a reminder eight weeks before', () => {
    expect(planDueOn('2026-03-02')).toBe('2030-03-02');
    expect(planDueOn('2028-02-29')).toBe('2032-02-28');
    expect(planDueStage('2026-03-02', '2029-12-31')).toBe('current');
    expect(planDueStage('2026-03-02', '2030-01-05')).toBe('soon');
    expect(planDueStage('2026-03-02', '2030-03-02')).toBe('soon');
    expect(planDueStage('2026-03-02', '2030-03-03')).toBe('overdue');
  });

  it('prints measures in the order of the problems, then by position', () => {
    const ordered = printOrder(
      ['narkotika', 'trafik'],
      [
        { id: 'a', category: 'trafik', position: 1 },
        { id: 'b', category: 'narkotika', position: 3 },
        { id: 'c', category: 'narkotika', position: 2 },
        { id: 'd', category: 'skadegorelse', position: 4 },
      ],
    );
    expect(ordered.map((m) => m.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('the link sentence', () => {
  it('names one promise and one measure as the issue writes it', () => {
    expect(linkSentenceSv('Narkotika', [{ number: 3, setTitle: 'Kalix 2026' }], [2])).toBe(
      'Problemet Narkotika besvaras av löfte 3 och åtgärd 2.',
    );
  });

  it('uses the plural for several, and "samt" between the promises and the measures', () => {
    const promises = [
      { number: 5, setTitle: 'Kalix 2026' },
      { number: 3, setTitle: 'Kalix 2026' },
    ];
    expect(linkSentenceSv('Trafik', promises, [4, 1])).toBe(
      'Problemet Trafik besvaras av löftena 3 och 5 samt åtgärderna 1 och 4.',
    );
  });

  it('names the medborgarlöfte when the promises come from several', () => {
    const promises = [
      { number: 1, setTitle: 'Kalix 2026' },
      { number: 2, setTitle: 'Haparanda 2026' },
    ];
    expect(linkSentenceSv('Skadegörelse', promises, [])).toBe(
      'Problemet Skadegörelse besvaras av löftena 2 (Haparanda 2026) och 1 (Kalix 2026).',
    );
  });

  it('says so when nothing answers the problem yet', () => {
    expect(linkSentenceSv('Narkotika', [], [])).toBe(
      'Problemet Narkotika besvaras ännu inte av något löfte eller någon åtgärd.',
    );
    expect(linkSentenceSv('Narkotika', [], [1])).toBe('Problemet Narkotika besvaras av åtgärd 1.');
  });
});
