/**
 * The uppföljning of a medborgarlöfte as PDF and as Word, both from the same
 * report blocks (follow-up-content.ts). A follow-up that is not yet approved
 * or published is marked UTKAST. Given the activity log and the signatories
 * (src/app/follow-ups/report-data.ts), it says who did what and lists the
 * activities in an appendix.
 */
import type { FollowUpReportInput } from '../app/follow-ups/report-data.ts';
import { buildFollowUpReport } from './follow-up-content.ts';
import type { ReportRenderOptions } from './report-blocks.ts';
import { renderReportDocx } from './report-docx.ts';
import { renderReportPdf } from './report-pdf.ts';

export type FollowUpRenderOptions = ReportRenderOptions;

export function renderFollowUpPdf(view: FollowUpReportInput, options: FollowUpRenderOptions = {}): Promise<Buffer> {
  return renderReportPdf(buildFollowUpReport(view), options);
}

export function renderFollowUpDocx(view: FollowUpReportInput, options: FollowUpRenderOptions = {}): Promise<Buffer> {
  return renderReportDocx(buildFollowUpReport(view), options);
}
