/**
 * The uppföljning of a medborgarlöfte as PDF and as Word, both from the same
 * report blocks (follow-up-content.ts). A follow-up that is not yet approved
 * or published is marked UTKAST.
 */
import type { FollowUpView } from '../app/follow-ups/view.ts';
import { buildFollowUpReport } from './follow-up-content.ts';
import type { ReportRenderOptions } from './report-blocks.ts';
import { renderReportDocx } from './report-docx.ts';
import { renderReportPdf } from './report-pdf.ts';

export type FollowUpRenderOptions = ReportRenderOptions;

export function renderFollowUpPdf(view: FollowUpView, options: FollowUpRenderOptions = {}): Promise<Buffer> {
  return renderReportPdf(buildFollowUpReport(view), options);
}

export function renderFollowUpDocx(view: FollowUpView, options: FollowUpRenderOptions = {}): Promise<Buffer> {
  return renderReportDocx(buildFollowUpReport(view), options);
}
