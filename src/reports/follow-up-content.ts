/**
 * The printed uppföljning of a medborgarlöfte for one period, as report
 * blocks: the result in one sentence with the count per verdict, a chart of
 * how far each promise got, per focus area a table of what was done and how
 * it was judged, the written sections, and who reviewed and approved it.
 */
import type { FollowUpItemView, FollowUpView } from '../app/follow-ups/view.ts';
import { VERDICTS, VERDICT_SV } from '../domain/follow-up.ts';
import { countVerdicts, followUpHeadline } from '../domain/progress/status.ts';
import { followUpChart } from './follow-up-chart.ts';
import { activitiesSv, groupByFocusArea, outcomeSv, type FocusAreaGroup } from './follow-up-items.ts';
import { CHART_WIDTH, proseBlocks, type Report, type ReportBlock } from './report-blocks.ts';
import { capitalise, formatDateSv, formatGeneratedAtSv, joinSv, municipalityLabelSv } from './text-sv.ts';
import { joinTitle } from '../domain/reader-text.ts';

export const FOLLOW_UP_STATUS_SV: Record<FollowUpView['status'], string> = {
  draft: 'Utkast',
  reviewed: 'Granskad',
  approved: 'Godkänd',
  published: 'Publicerad',
};

export const FOLLOW_UP_COLUMNS_SV = ['Åtagande', 'Utfall', 'Bedömning', 'Kommentar'] as const;

export function isDraftFollowUp(view: FollowUpView): boolean {
  return view.status !== 'approved' && view.status !== 'published';
}

/** The headline in the one vocabulary: "3 uppfyllda, 4 i fas, 1 ligger efter", or at the end "6 av 8 uppfyllda". */
export function fulfilledSentenceSv(items: readonly FollowUpItemView[]): string {
  return followUpHeadline(countVerdicts(items.map((item) => item.verdict)), 'sv');
}

export function followUpTitleSv(view: FollowUpView): string {
  const own = view.promiseSetTitle?.trim();
  const setTitle = own ? own : ['Medborgarlöfte', joinSv(view.municipalities)].filter((p) => p !== '').join(' ');
  // "Kalix – medborgarlöften" already says what it is: "Uppföljning – Kalix – medborgarlöften".
  return /medborgarlöfte/iu.test(setTitle)
    ? joinTitle(['Uppföljning', setTitle])
    : `Uppföljning av medborgarlöfte – ${setTitle}`;
}

export function verdictCellSv(item: FollowUpItemView): string {
  return item.confirmed ? VERDICT_SV[item.verdict] : `${VERDICT_SV[item.verdict]} (förslag)`;
}

function summaryBlock(view: FollowUpView): ReportBlock {
  const counts = countVerdicts(view.items.map((item) => item.verdict));
  const lines = VERDICTS.filter((v) => counts[v] > 0 || v === 'uppfyllt').map((v) => `${VERDICT_SV[v]}: ${counts[v]}`);
  const proposals = view.items.filter((item) => !item.confirmed).length;
  if (proposals > 0) {
    lines.push(
      proposals === 1
        ? '1 bedömning är ett förslag som ännu inte har bekräftats.'
        : `${proposals} bedömningar är förslag som ännu inte har bekräftats.`,
    );
  }
  const activities = view.items.reduce((sum, item) => sum + item.activities, 0);
  lines.push(`${capitalise(activitiesSv(activities))} registrerade under perioden (${view.label.toLowerCase()}).`);
  return { kind: 'facts', headline: fulfilledSentenceSv(view.items), lines };
}

function tableBlocks(groups: FocusAreaGroup[]): ReportBlock[] {
  const columns = FOLLOW_UP_COLUMNS_SV.map((title, index) => ({
    title,
    share: [0.42, 0.16, 0.14, 0.28][index] ?? 0.25,
  }));
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: 'Löftena och utfallet' }];
  if (groups.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Uppföljningen omfattar inga löften.', tone: 'muted' });
  for (const group of groups) {
    blocks.push({ kind: 'heading', level: 2, text: group.focusArea === '' ? 'Övriga löften' : group.focusArea });
    blocks.push({
      kind: 'table',
      columns,
      rows: group.items.map(({ number, item }) => [
        `${number}. ${item.text.trim()}`,
        `${outcomeSv(item)}\n${activitiesSv(item.activities, item.span)}`,
        verdictCellSv(item),
        item.comment?.trim() ?? '',
      ]),
    });
  }
  return blocks;
}

function whenSv(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : formatGeneratedAtSv(date);
}

function approvalBlocks(view: FollowUpView): ReportBlock[] {
  const rows = [
    ...view.reviews.map((r) => ['Granskad', r.by, capitalise(r.party), whenSv(r.at)]),
    ...view.approvals.map((a) => ['Godkänd', a.by, capitalise(a.party), whenSv(a.at)]),
  ];
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: 'Granskning och godkännande' }];
  if (rows.length === 0)
    return [
      ...blocks,
      { kind: 'paragraph', text: 'Uppföljningen är ännu inte granskad eller godkänd.', tone: 'muted' },
    ];
  const columns = [
    { title: 'Steg', share: 0.18 },
    { title: 'Vem', share: 0.4 },
    { title: 'Part', share: 0.2 },
    { title: 'Datum', share: 0.22 },
  ];
  blocks.push({ kind: 'table', columns, rows });
  if (view.approvals.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Uppföljningen är ännu inte godkänd.', tone: 'muted' });
  return blocks;
}

function subtitle(view: FollowUpView): string[] {
  const lines = [
    joinSv(view.municipalities.map(municipalityLabelSv)),
    `${view.label}: ${formatDateSv(view.period.from)} – ${formatDateSv(view.period.to)}`,
    `Status: ${FOLLOW_UP_STATUS_SV[view.status]}`,
  ];
  if (view.dueDate && isDraftFollowUp(view)) lines.push(`Ska vara klar senast ${formatDateSv(view.dueDate)}`);
  return lines.filter((line) => line !== '');
}

export function buildFollowUpReport(view: FollowUpView): Report {
  const groups = groupByFocusArea(view.items);
  const chart = followUpChart(groups, CHART_WIDTH);
  return {
    kicker: 'UPPFÖLJNING',
    title: followUpTitleSv(view),
    subtitle: subtitle(view),
    isDraft: isDraftFollowUp(view),
    mark: null,
    subject: `Uppföljning ${view.label}`,
    author: joinSv(['Polisen', ...view.municipalities.map(municipalityLabelSv)]),
    blocks: [
      { kind: 'heading', level: 1, text: 'Resultat i korthet' },
      summaryBlock(view),
      ...(chart ? [chart] : []),
      ...tableBlocks(groups),
      { kind: 'heading', level: 1, text: 'Sammanfattning' },
      ...proseBlocks(view.summary, 'Ingen sammanfattning är skriven ännu.'),
      { kind: 'heading', level: 1, text: 'Vad invånarna sa' },
      ...proseBlocks(view.citizensSaid, 'Inget är skrivet ännu om vad invånarna sa.'),
      { kind: 'heading', level: 1, text: 'Vad händer nu' },
      ...proseBlocks(view.nextSteps, 'Inget är skrivet ännu om vad som händer nu.'),
      ...approvalBlocks(view),
    ],
  };
}
