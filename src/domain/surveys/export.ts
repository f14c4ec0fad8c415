/**
 * Results as tables for CSV and XLSX, in Swedish. They are made from the
 * already-suppressed results, so a hidden group stays hidden ("för få
 * svar") and free text stays redacted in every export.
 */
import type { Comparison } from './comparison.ts';
import { DIMENSION_LABELS } from './labels.ts';
import type { Breakdown, CountedResult, SurveyResults, TextResult } from './results.ts';
import type { ChoiceStats, ProblemStats, QuestionStats } from './stats.ts';
import { MIN_CELL } from './small-cell.ts';
import { textIn } from './types.ts';

export type Cell = string | number | null;

export interface ExportTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

export const RESULT_HEADER = [
  'Fråga-id',
  'Fråga',
  'Uppdelning',
  'Grupp',
  'Svarande',
  'Alternativ eller påstående',
  'Antal',
  'Andel (%)',
  'Index eller medel',
  'Anmärkning',
];

export const TOO_FEW_NOTE = `För få svar (färre än ${MIN_CELL})`;
const SECONDARY_NOTE = 'Dold så att en grupp med för få svar inte kan räknas fram';

const pct = (share: number): number => Math.round(share * 1000) / 10;
const dec = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : Math.round(v * 100) / 100;

interface Context {
  id: string;
  question: string;
  split: string;
  group: string;
}

function statsRows(c: Context, stats: QuestionStats): Cell[][] {
  const head = [c.id, c.question, c.split, c.group, stats.answered];
  if ('items' in stats) {
    const p = stats as ProblemStats;
    return [
      ...p.items.map((i) => [
        ...head,
        textIn(i.label, 'sv'),
        i.counted,
        null,
        dec(i.index),
        i.index === null ? TOO_FEW_NOTE : `Vet inte: ${i.dontKnow}`,
      ]),
      [...head, 'Alla påståenden', null, null, dec(p.overall), null],
    ];
  }
  const s = stats as ChoiceStats;
  const rows: Cell[][] = s.options.map((o) => [...head, textIn(o.label, 'sv'), o.count, pct(o.share), null, null]);
  if (s.mean !== undefined)
    rows.push([...head, 'Medelvärde', null, null, dec(s.mean), s.mean === null ? TOO_FEW_NOTE : null]);
  return rows;
}

function breakdownRows(q: CountedResult, b: Breakdown): Cell[][] {
  const split = DIMENSION_LABELS[b.dimension].sv;
  return b.groups.flatMap((g) => {
    const c = { id: q.questionId, question: q.text.sv, split, group: textIn(g.label, 'sv') };
    if (!g.stats)
      return [
        [
          c.id,
          c.question,
          split,
          c.group,
          null,
          null,
          null,
          null,
          null,
          g.suppressed === 'secondary' ? SECONDARY_NOTE : TOO_FEW_NOTE,
        ],
      ];
    return statsRows(c, g.stats);
  });
}

function textRows(q: TextResult): Cell[][] {
  const head = [q.questionId, q.text.sv];
  return [
    ...q.categories.map((c) => [
      ...head,
      'Kodning',
      'Totalt',
      q.answered,
      textIn(c.label, 'sv'),
      c.count,
      pct(c.share),
      null,
      null,
    ]),
    [...head, 'Kodning', 'Totalt', q.answered, 'Ej kodade', q.uncoded, null, null, null],
    ...q.answers.map((a) => [...head, 'Fritextsvar', null, null, a, null, null, null, 'Personuppgifter maskerade']),
  ];
}

export function resultTable(results: SurveyResults): ExportTable {
  if (results.suppressed) {
    return {
      name: 'Resultat',
      header: RESULT_HEADER,
      rows: [[null, null, 'Totalt', null, null, null, null, null, null, TOO_FEW_NOTE]],
    };
  }
  const rows = results.questions.flatMap((q): Cell[][] => {
    if (q.kind === 'text') return textRows(q);
    const total = q.total
      ? statsRows({ id: q.questionId, question: q.text.sv, split: DIMENSION_LABELS.total.sv, group: '' }, q.total)
      : [];
    return [...total, ...q.breakdowns.flatMap((b) => breakdownRows(q, b))];
  });
  return { name: 'Resultat', header: RESULT_HEADER, rows };
}

export function comparisonTable(comparison: Comparison): ExportTable {
  return {
    name: 'Jämförelse',
    header: [
      'Fråga-id',
      'Alternativ eller påstående',
      'Mått',
      'Nu',
      `Förra (${comparison.previousTitle.sv})`,
      'Förändring',
    ],
    rows: comparison.rows.map((r) => {
      const scale = (v: number) => (r.measure === 'share' ? pct(v) : dec(v));
      return [
        r.questionId,
        textIn(r.label, 'sv'),
        r.measure === 'share' ? 'Andel (%)' : 'Index 0–6',
        scale(r.current),
        scale(r.previous),
        scale(r.change),
      ];
    }),
  };
}
