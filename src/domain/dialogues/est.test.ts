import { describe, expect, it } from 'vitest';
import { completeAnswers, estAnswersSchema, isoWeekKey, parseIsoWeek, weeksInIsoYear } from './est.ts';
import { mergeEstReports, periodRange, rankAreas, weekInRange, type EstReportRow } from './est-merge.ts';

describe('ISO weeks', () => {
  it('finds the Monday of a week, including weeks that start in the previous year', () => {
    expect(parseIsoWeek('2026-W07')).toEqual({ year: 2026, week: 7, monday: '2026-02-09' });
    expect(parseIsoWeek('2026-W01')?.monday).toBe('2025-12-29');
    expect(parseIsoWeek('2020-W53')?.monday).toBe('2020-12-28');
  });

  it('refuses weeks that do not exist', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-7')).toBeNull();
  });

  it('names the week of a day', () => {
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
    expect(isoWeekKey('2026-02-11')).toBe('2026-W07');
  });
});

describe('EST answers', () => {
  it('counts items left out as 0 and keeps checklist order', () => {
    const all = completeAnswers({ narkotika: { level: 2, note: ' sprutor i trapphuset ' } });
    expect(all).toHaveLength(8);
    expect(all.find((a) => a.item === 'narkotika')).toEqual({
      item: 'narkotika',
      level: 2,
      note: 'sprutor i trapphuset',
    });
    expect(all.find((a) => a.item === 'klotter')).toEqual({ item: 'klotter', level: 0, note: null });
  });

  it('rejects an unknown checklist item and a level outside 0–2 with Swedish messages', () => {
    const unknown = estAnswersSchema.safeParse({ kotter: { level: 1 } });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toContain('Okänd punkt');
    const high = estAnswersSchema.safeParse({ klotter: { level: 3 } });
    expect(high.error?.issues[0]?.message).toContain('påtagligt');
  });
});

const row = (
  areaId: string,
  week: string,
  weekStart: string,
  reporter: string,
  levels: Record<string, number>,
  notes: Record<string, string> = {},
): EstReportRow => ({
  reportId: `${areaId}-${week}-${reporter}`,
  areaId,
  areaName: areaId === 'a' ? 'Centrum' : 'Näsbyn',
  week,
  weekStart,
  reporter: { id: reporter, name: reporter },
  note: null,
  answers: Object.entries(levels).map(([item, level]) => ({ item, level, note: notes[item] ?? null })),
});

describe('merging reports per area and week', () => {
  it('takes the highest and the sum per item, lists reporters and notes', () => {
    const merged = mergeEstReports([
      row(
        'a',
        '2026-W07',
        '2026-02-09',
        'Kommunen',
        { klotter: 1, narkotika: 2 },
        { narkotika: 'Langning vid kiosken' },
      ),
      row('a', '2026-W07', '2026-02-09', 'Bostadsbolaget', { klotter: 2, narkotika: 1 }),
      row('b', '2026-W07', '2026-02-09', 'Kommunen', { klotter: 1 }),
    ]);
    expect(merged).toHaveLength(2);
    const centrum = merged[0]!;
    expect(centrum.areaName).toBe('Centrum');
    expect(centrum.reporters.map((r) => r.name)).toEqual(['Bostadsbolaget', 'Kommunen']);
    expect(centrum.items.find((i) => i.key === 'klotter')).toMatchObject({ max: 2, sum: 3 });
    expect(centrum.items.find((i) => i.key === 'narkotika')).toMatchObject({
      max: 2,
      sum: 3,
      notes: [{ reporter: 'Kommunen', note: 'Langning vid kiosken' }],
    });
    expect(centrum.total).toBe(4);
  });

  it('ranks areas by their merged weekly totals, so more reporters do not mean more need', () => {
    const ranked = rankAreas(
      mergeEstReports([
        row('a', '2026-W07', '2026-02-09', 'K', { klotter: 1 }),
        row('a', '2026-W07', '2026-02-09', 'B', { klotter: 1 }),
        row('a', '2026-W07', '2026-02-09', 'P', { klotter: 1 }),
        row('b', '2026-W07', '2026-02-09', 'K', { klotter: 1, brander: 1 }),
        row('b', '2026-W08', '2026-02-16', 'K', { brander: 2 }),
      ]),
    );
    expect(ranked.map((a) => [a.rank, a.areaName, a.total])).toEqual([
      [1, 'Näsbyn', 4],
      [2, 'Centrum', 1],
    ]);
    expect(ranked[0]!.topItems).toEqual(['brander', 'klotter']);
    expect(ranked[0]!.items.find((i) => i.key === 'brander')).toMatchObject({ total: 3, weeksObserved: 2 });
    expect(ranked[1]!.reportCount).toBe(3);
  });
});

describe('periods', () => {
  it('reads quarters, tertials, half years and years', () => {
    expect(periodRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange('2026-T2')).toEqual({ from: '2026-05-01', to: '2026-08-31' });
    expect(periodRange('2024-H1')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange('2026-T4')).toBeNull();
    expect(periodRange('Q1')).toBeNull();
  });

  it('puts a week in the period holding its Thursday', () => {
    expect(weekInRange('2025-12-29', '2026-01-01', '2026-03-31')).toBe(true);
    expect(weekInRange('2026-03-30', '2026-01-01', '2026-03-31')).toBe(false);
  });
});
