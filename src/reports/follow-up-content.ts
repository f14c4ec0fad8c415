/**
 * The printed uppföljning of a medborgarlöfte for one period, as report
 * blocks: the result in one sentence with the count per verdict, a chart of
 * how far each promise got, per focus area a table of what was done and how
 * it was judged (and who did it: Polisen, the kommun, partners), the
 * written sections, who reviewed and approved it and who signed the promise
 * (with titles), and an appendix listing the period's activities
 * (follow-up-appendix.ts).
 */
import type { FollowUpItemView, FollowUpView } from '../app/follow-ups/view.ts';
import type { FollowUpReportInput } from '../app/follow-ups/report-data.ts';
import { appendixBlocks, doneByAllSv, doneBySv, signatoryBlocks } from './follow-up-appendix.ts';
import { VERDICTS, VERDICT_SV } from '../domain/follow-up.ts';
import { countVerdicts, followUpHeadline } from '../domain/progress/status.ts';
import { followUpChart } from './follow-up-chart.ts';
import { activitiesSv, groupByFocusArea, outcomeSv, type FocusAreaGroup } from './follow-up-items.ts';
import { CHART_WIDTH, proseBlocks, type Report, type ReportBlock } from './report-blocks.ts';
import { capitalise, formatDateSv, formatGeneratedAtSv, joinSv, municipalityLabelSv } from './text-sv.ts';
import { joinTitle } from '../domain/reader-text.ts';
import { outcomeBlocks } from './outcome-blocks.ts';

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

function summaryBlock(view: FollowUpReportInput): ReportBlock {
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
  const doneBy = doneByAllSv(view);
  if (doneBy) lines.push(doneBy);
  return { kind: 'facts', headline: fulfilledSentenceSv(view.items), lines };
}

function tableBlocks(view: FollowUpReportInput, groups: FocusAreaGroup[]): ReportBlock[] {
  const columns = FOLLOW_UP_COLUMNS_SV.map((title, index) => ({
    title,
    share: [0.36, 0.22, 0.14, 0.28][index] ?? 0.25,
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
        [outcomeSv(item), activitiesSv(item.activities, item.span), doneBySv(view, item.commitmentId)]
          .filter((line) => line !== null)
          .join('\n'),
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

function approvalBlocks(view: FollowUpReportInput): ReportBlock[] {
  const title = (list: (string | null)[] | undefined, index: number) => list?.[index] ?? '';
  const rows = [
    ...view.reviews.map((r, i) => [
      'Granskad',
      r.by,
      title(view.titles?.reviews, i),
      capitalise(r.party),
      whenSv(r.at),
    ]),
    ...view.approvals.map((a, i) => [
      'Godkänd',
      a.by,
      title(view.titles?.approvals, i),
      capitalise(a.party),
      whenSv(a.at),
    ]),
  ];
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: 'Granskning och godkännande' }];
  if (rows.length === 0)
    return [
      ...blocks,
      { kind: 'paragraph', text: 'Uppföljningen är ännu inte granskad eller godkänd.', tone: 'muted' },
    ];
  const columns = [
    { title: 'Steg', share: 0.13 },
    { title: 'Vem', share: 0.27 },
    { title: 'Titel', share: 0.26 },
    { title: 'Part', share: 0.13 },
    { title: 'Datum', share: 0.21 },
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

/** What the promises answer in the lägesbild: "Problemet Narkotika besvaras av löfte 3 och åtgärd 2". */
function problemLinkBlocks(view: FollowUpReportInput): ReportBlock[] {
  const links = (view.problemLinks ?? []).filter((l) => l.sentences.length > 0);
  if (links.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: 'Problemen i lägesbilden som löftena besvarar' },
    ...links.flatMap((l): ReportBlock[] => [
      { kind: 'paragraph', tone: 'normal', text: `Lägesbilden ${l.year} för ${municipalityLabelSv(l.kommun)}:` },
      ...l.sentences.map((text): ReportBlock => ({ kind: 'bullet', text })),
    ]),
  ];
}

export function buildFollowUpReport(view: FollowUpReportInput): Report {
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
      ...tableBlocks(view, groups),
      ...problemLinkBlocks(view),
      ...outcomeBlocks(view.outcomes ?? []),
      { kind: 'heading', level: 1, text: 'Sammanfattning' },
      ...proseBlocks(view.summary, 'Ingen sammanfattning är skriven ännu.'),
      { kind: 'heading', level: 1, text: 'Vad invånarna sa' },
      ...proseBlocks(view.citizensSaid, 'Inget är skrivet ännu om vad invånarna sa.'),
      { kind: 'heading', level: 1, text: 'Vad händer nu' },
      ...proseBlocks(view.nextSteps, 'Inget är skrivet ännu om vad som händer nu.'),
      ...approvalBlocks(view),
      ...signatoryBlocks(view),
      ...appendixBlocks(
        view,
        groups.flatMap((g) => g.items),
      ),
    ],
  };
}
