/**
 * The parts of the uppföljning that tell who did what and who signed: per
 * promise the organisations that did its activities ("Polisen (5) och Kalix
 * kommun (2)"), the signatories of the promise set with their titles, and
 * the appendix that lists every activity of the period with its date,
 * places and organisation. The public version has no places and no names
 * (src/app/follow-ups/report-data.ts decides what it is given).
 */
import type { FollowUpActivityLine, FollowUpReportInput } from '../app/follow-ups/report-data.ts';
import type { NumberedItem } from './follow-up-items.ts';
import type { ReportBlock } from './report-blocks.ts';
import { capitalise, joinSv, municipalityLabelSv } from './text-sv.ts';

const PARTY_ORDER: Record<FollowUpActivityLine['party'], number> = { polisen: 0, kommunen: 1, partner: 2, annan: 3 };
const PARTY_SV: Record<string, string> = { polisen: 'Polisen', kommunen: 'Kommunen' };

/** "Polisen", "Kalix kommun", a partner by its name. */
export function doerSv(line: FollowUpActivityLine): string {
  const name = line.organisation?.trim() ?? '';
  if (line.party === 'polisen') return 'Polisen';
  if (line.party === 'kommunen' && name !== '') return municipalityLabelSv(name);
  return name === '' ? 'Ej angiven part' : name;
}

/** The organisations that did the activities, most first within police, kommun, partners: "Polisen (5) och Kalix kommun (2)". */
export function doersSv(lines: readonly FollowUpActivityLine[]): string {
  const counts = new Map<string, { n: number; order: number }>();
  for (const line of lines) {
    const label = doerSv(line);
    const seen = counts.get(label) ?? { n: 0, order: PARTY_ORDER[line.party] };
    counts.set(label, { ...seen, n: seen.n + 1 });
  }
  const sorted = [...counts].sort(
    (a, b) => a[1].order - b[1].order || b[1].n - a[1].n || a[0].localeCompare(b[0], 'sv'),
  );
  return joinSv(sorted.map(([label, { n }]) => `${label} (${n})`));
}

/** The promise's activities of the period, when the report was given them. */
export function linesOf(input: FollowUpReportInput, commitmentId: string): FollowUpActivityLine[] {
  return (input.activityLog ?? []).filter((line) => line.commitmentId === commitmentId);
}

/** "Utfört av Polisen (5) och Kalix kommun (2)", or nothing when there is no log or no activity. */
export function doneBySv(input: FollowUpReportInput, commitmentId: string): string | null {
  const lines = linesOf(input, commitmentId);
  return lines.length > 0 ? `Utfört av ${doersSv(lines)}` : null;
}

/** The overall line for the summary box: who did the period's activities. */
export function doneByAllSv(input: FollowUpReportInput): string | null {
  const lines = input.activityLog ?? [];
  return lines.length > 0 ? `Aktiviteterna utfördes av ${doersSv(lines)}.` : null;
}

/** Who signed the promise set, with their titles; the public version by title and party only. */
export function signatoryBlocks(input: FollowUpReportInput): ReportBlock[] {
  const list = input.signatories ?? [];
  if (list.length === 0) return [];
  const named = list.some((s) => s.name !== null);
  const party = (p: string | null) => (p ? (PARTY_SV[p] ?? capitalise(p)) : '');
  return [
    { kind: 'heading', level: 2, text: 'Medborgarlöftet undertecknades av' },
    named
      ? {
          kind: 'table',
          columns: [
            { title: 'Namn', share: 0.4 },
            { title: 'Titel', share: 0.4 },
            { title: 'Part', share: 0.2 },
          ],
          rows: list.map((s) => [s.name ?? '', s.role, party(s.party)]),
        }
      : {
          kind: 'table',
          columns: [
            { title: 'Titel', share: 0.6 },
            { title: 'Part', share: 0.4 },
          ],
          rows: list.map((s) => [s.role, party(s.party)]),
        },
  ];
}

function appendixTable(input: FollowUpReportInput, lines: FollowUpActivityLine[]): ReportBlock {
  if (input.audience === 'public') {
    return {
      kind: 'table',
      columns: [
        { title: 'Datum', share: 0.3 },
        { title: 'Utfört av', share: 0.7 },
      ],
      rows: lines.map((line) => [line.date, doerSv(line)]),
    };
  }
  return {
    kind: 'table',
    columns: [
      { title: 'Datum', share: 0.2 },
      { title: 'Plats', share: 0.45 },
      { title: 'Utfört av', share: 0.35 },
    ],
    rows: lines.map((line) => [line.date, line.places.join(', ') || '–', doerSv(line)]),
  };
}

/**
 * Bilaga: per promise, numbered as in the tables, the activities of the
 * period in date order. Left out when the report was given no log.
 */
export function appendixBlocks(input: FollowUpReportInput, items: readonly NumberedItem[]): ReportBlock[] {
  if (!input.activityLog) return [];
  const intro =
    input.audience === 'public'
      ? 'Aktiviteterna under perioden per löfte: datum och vem som utförde dem.'
      : 'Aktiviteterna under perioden per löfte: datum, plats och vem som utförde dem.';
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: 'Bilaga: Aktiviteter under perioden', newPage: true },
    { kind: 'paragraph', text: intro, tone: 'normal' },
  ];
  for (const { number, item } of items) {
    const lines = linesOf(input, item.commitmentId);
    blocks.push({ kind: 'heading', level: 2, text: `${number}. ${item.text.trim()}` });
    blocks.push(
      lines.length > 0
        ? appendixTable(input, lines)
        : { kind: 'paragraph', text: 'Inga aktiviteter under perioden.', tone: 'muted' },
    );
  }
  return blocks;
}
