import type { FollowUpView } from './view.ts';
import { followUpReportInput, type FollowUpReportInput } from './report-data.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { getFollowUp } from './followups.ts';
import { csvDocument } from '../../domain/csv.ts';
import { VERDICT_SV } from '../../domain/follow-up.ts';
import { spanWords } from '../../domain/progress/figure.ts';
import { renderFollowUpPdf } from '../../reports/index.ts';

/** The numbers of a follow-up as CSV (Swedish Excel opens it directly). */
export function followUpCsv(f: FollowUpView): string {
  const header = [
    'Fokusområde',
    'Åtagande',
    'Gjort',
    'Krav',
    // Every number says its span: "hittills i år" for a yearly target, "under tertialen" otherwise.
    'Räknat',
    'Aktiviteter under perioden',
    'Föreslagen bedömning',
    'Bedömning',
    'Kommentar',
  ];
  return csvDocument([
    header,
    ...f.items.map((i) => [
      i.focusArea,
      i.text,
      i.done,
      i.required ?? '',
      spanWords(i.span, 'sv'),
      i.activities,
      VERDICT_SV[i.proposed],
      VERDICT_SV[i.verdict],
      i.comment ?? '',
    ]),
  ]);
}

/** The approved report as PDF, with its numbers as CSV beside it. */
export async function followUpAttachments(
  f: FollowUpReportInput,
): Promise<{ filename: string; content: Buffer; contentType: string }[]> {
  const base = `uppfoljning-${f.period.from}`;
  return [
    { filename: `${base}.pdf`, content: await renderFollowUpPdf(f), contentType: 'application/pdf' },
    { filename: `${base}.csv`, content: Buffer.from(followUpCsv(f), 'utf8'), contentType: 'text/csv; charset=utf-8' },
  ];
}

/** The staff export: the follow-up the actor may read (else 404), with places and names. */
export async function followUpReportFor(deps: Deps, actor: Actor, id: string): Promise<FollowUpReportInput> {
  const { municipalityIds: _ids, ...view } = await getFollowUp(deps, actor, id);
  return followUpReportInput(deps.db, view, 'internal');
}
