/**
 * The printed åtgärdsplan (law 2023:196) as report blocks: the lägesbild's
 * summary (its analysis and the prioritised problems with their cause
 * analysis), then per prioritised problem the sentence that says what
 * answers it and the table of its measures (what, who, when, how it is
 * followed up; a linked commitment reads as it does in its medborgarlöfte),
 * and the decision with the day the plan must be decided anew.
 */
import type { ActionPlanView, MeasureView } from '../contracts/action-plans.ts';
import type { SituationTexts } from '../contracts/situation.ts';
import { proseBlocks, type Report, type ReportBlock } from './report-blocks.ts';
import { formatDateSv, joinSv, municipalityLabelSv } from './text-sv.ts';

export type ActionPlanReportInput = { kommunName: string; situationTexts: SituationTexts };

export const ACTION_PLAN_HEADINGS_SV = [
  '1. Lägesbildens sammanfattning',
  '2. Åtgärder per prioriterat problem',
  '3. Beslut',
] as const;

export const MEASURE_COLUMNS_SV = ['Nr', 'Åtgärd', 'Ansvarig', 'När', 'Uppföljning'] as const;

function yearsSv(plan: ActionPlanView): string {
  return plan.yearFrom === plan.yearTo ? String(plan.yearFrom) : `${plan.yearFrom}–${plan.yearTo}`;
}

/** "1 mars 2026 – 30 juni 2026, varje termin"; a dash when nothing is said. */
export function whenSv(measure: Pick<MeasureView, 'startsOn' | 'endsOn' | 'whenText'>): string {
  const days =
    measure.startsOn && measure.endsOn
      ? `${formatDateSv(measure.startsOn)} – ${formatDateSv(measure.endsOn)}`
      : measure.startsOn
        ? `från ${formatDateSv(measure.startsOn)}`
        : measure.endsOn
          ? `till ${formatDateSv(measure.endsOn)}`
          : '';
  const words = [days, measure.whenText?.trim() ?? ''].filter((part) => part !== '');
  return words.length ? words.join(', ') : '–';
}

function responsibleSv(measure: MeasureView): string {
  const partners = measure.partners.length ? `\nI samverkan med ${joinSv(measure.partners)}` : '';
  return `${measure.shown.responsible || '–'}${partners}`;
}

function measureText(measure: MeasureView): string {
  const linked =
    measure.commitment && measure.text?.trim()
      ? `\nKopplad till löfte ${measure.commitment.number} i ${measure.commitment.promiseSetTitle}`
      : measure.commitment
        ? ` (${measure.commitment.promiseSetTitle})`
        : '';
  return `${measure.shown.text}${linked}`;
}

function measureTable(measures: readonly MeasureView[]): ReportBlock {
  return {
    kind: 'table',
    columns: MEASURE_COLUMNS_SV.map((title, index) => ({ title, share: [0.06, 0.38, 0.2, 0.16, 0.2][index] ?? 0.2 })),
    rows: measures.map((m) => [String(m.number), measureText(m), responsibleSv(m), whenSv(m), m.shown.followUp || '–']),
  };
}

function summaryBlocks(plan: ActionPlanView, texts: SituationTexts): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: ACTION_PLAN_HEADINGS_SV[0] },
    {
      kind: 'paragraph',
      tone: 'normal',
      text: `Planen bygger på lägesbilden ${plan.situationYear}. Analysen i lägesbilden:`,
    },
    ...proseBlocks(texts.analysis, 'Ingen analys är skriven i lägesbilden ännu.'),
    { kind: 'heading', level: 2, text: 'Prioriterade problem' },
  ];
  if (plan.problems.length === 0)
    return [...blocks, { kind: 'paragraph', tone: 'muted', text: 'Lägesbilden har inga prioriterade problem ännu.' }];
  return [
    ...blocks,
    {
      kind: 'table',
      columns: [
        { title: 'Rang', share: 0.1 },
        { title: 'Problem', share: 0.25 },
        { title: 'Orsaksanalys', share: 0.65 },
      ],
      rows: plan.problems.map((p) => [
        String(p.rank),
        p.label,
        p.causeText?.trim() || 'Ingen orsaksanalys är skriven.',
      ]),
    },
  ];
}

function measureBlocks(plan: ActionPlanView): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: ACTION_PLAN_HEADINGS_SV[1] }];
  for (const problem of plan.problems) {
    const measures = plan.measures.filter((m) => m.category === problem.category);
    blocks.push({ kind: 'heading', level: 2, text: problem.label });
    blocks.push({ kind: 'paragraph', tone: 'normal', text: problem.linkSentence });
    blocks.push(
      measures.length
        ? measureTable(measures)
        : { kind: 'paragraph', tone: 'alert', text: 'Problemet har ingen åtgärd ännu.' },
    );
  }
  const prioritised = new Set(plan.problems.map((p) => p.category));
  const others = plan.measures.filter((m) => !prioritised.has(m.category));
  if (others.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Åtgärder för problem som inte längre är prioriterade' });
    blocks.push(measureTable(others));
  }
  return blocks;
}

function decisionBlocks(plan: ActionPlanView): ReportBlock[] {
  const text =
    plan.status === 'decided' && plan.decidedBy && plan.decidedOn
      ? `Planen är beslutad av ${plan.decidedBy} den ${formatDateSv(plan.decidedOn)}. ` +
        `Den ska beslutas på nytt senast ${formatDateSv(plan.dueOn ?? '')} (lagen kräver ett nytt beslut minst vart fjärde år).`
      : 'Planen är ett utkast och är ännu inte beslutad.';
  return [
    { kind: 'heading', level: 1, text: ACTION_PLAN_HEADINGS_SV[2] },
    { kind: 'paragraph', tone: 'normal', text },
  ];
}

export function buildActionPlanReport(plan: ActionPlanView, input: ActionPlanReportInput): Report {
  const kommun = municipalityLabelSv(input.kommunName);
  const decided = plan.status === 'decided' && plan.decidedBy && plan.decidedOn;
  return {
    kicker: 'ÅTGÄRDSPLAN',
    title: plan.title,
    subtitle: [
      `${kommun} – gäller ${yearsSv(plan)}`,
      'Åtgärder mot de prioriterade problemen i lägesbilden, enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete',
      decided ? `Beslutad av ${plan.decidedBy} den ${formatDateSv(plan.decidedOn!)}` : '',
    ].filter((line) => line !== ''),
    isDraft: plan.status !== 'decided',
    mark: null,
    subject: `Åtgärdsplan ${yearsSv(plan)}`,
    author: kommun,
    blocks: [...summaryBlocks(plan, input.situationTexts), ...measureBlocks(plan), ...decisionBlocks(plan)],
  };
}
