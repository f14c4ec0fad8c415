/** Reports: the medborgarlöfte and its genomförandeplan, the uppföljning and the lägesbild, as PDF, Word and CSV. */
export { renderPromiseSetPdf } from './promise-pdf.ts';
export { renderPromiseSetDocx } from './promise-docx.ts';
export { buildPromiseContent, type PromiseRenderOptions } from './promise-content.ts';
export {
  implementationPlanGroups,
  implementationPlanRows,
  renderImplementationPlanCsv,
  renderImplementationPlanDocx,
  renderImplementationPlanPdf,
  type ImplementationPlanRow,
} from './implementation-plan.ts';
export { describeRecurrenceEn, describeRecurrenceSv, describeTargetEn, describeTargetSv } from './target-text.ts';
export { renderFollowUpDocx, renderFollowUpPdf, type FollowUpRenderOptions } from './follow-up-report.ts';
export { renderSituationDocx, renderSituationPdf, type SituationRenderOptions } from './situation-report.ts';
export { situationForPrint, type SituationAudience } from './situation-audience.ts';
export { renderBarChartSvg, type BarChartSpec, type ChartSvg } from './charts.ts';
