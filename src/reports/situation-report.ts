/**
 * The lägesbild as PDF and as Word, both from the same report blocks
 * (situation-content.ts). `audience: 'public'` gives the ÖPPEN VERSION
 * without police material or evidence descriptions; 'internal' is marked
 * INTERN and carries police material, in a SEKRETESS section, only when the
 * view was built with it.
 */
import type { SituationView } from '../app/situation/situation.ts';
import type { ReportRenderOptions } from './report-blocks.ts';
import { renderReportDocx } from './report-docx.ts';
import { renderReportPdf } from './report-pdf.ts';
import { buildSituationReport, type SituationLinksInput, type SituationReportInput } from './situation-content.ts';

export type SituationRenderOptions = SituationReportInput & SituationLinksInput & ReportRenderOptions;

export function renderSituationPdf(view: SituationView, options: SituationRenderOptions): Promise<Buffer> {
  return renderReportPdf(buildSituationReport(view, options), options);
}

export function renderSituationDocx(view: SituationView, options: SituationRenderOptions): Promise<Buffer> {
  return renderReportDocx(buildSituationReport(view, options), options);
}
