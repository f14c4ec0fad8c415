/**
 * The åtgärdsplan as PDF (tagged, as every report-blocks PDF) and as Word,
 * both from the same report blocks (action-plan-content.ts). A plan not yet
 * decided is marked UTKAST.
 */
import type { ActionPlanView } from '../contracts/action-plans.ts';
import { buildActionPlanReport, type ActionPlanReportInput } from './action-plan-content.ts';
import type { ReportRenderOptions } from './report-blocks.ts';
import { renderReportDocx } from './report-docx.ts';
import { renderReportPdf } from './report-pdf.ts';

export type ActionPlanRenderOptions = ActionPlanReportInput & ReportRenderOptions;

export function renderActionPlanPdf(plan: ActionPlanView, options: ActionPlanRenderOptions): Promise<Buffer> {
  return renderReportPdf(buildActionPlanReport(plan, options), options);
}

export function renderActionPlanDocx(plan: ActionPlanView, options: ActionPlanRenderOptions): Promise<Buffer> {
  return renderReportDocx(buildActionPlanReport(plan, options), options);
}
