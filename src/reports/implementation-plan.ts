/**
 * The genomförandeplan (implementation plan) of a promise set: its rows,
 * and the plan as CSV, PDF and Word. One import for callers; each format
 * lives in its own file.
 */
export {
  PLAN_COLUMNS_SV,
  implementationPlanGroups,
  implementationPlanRow,
  implementationPlanRows,
  rowCells,
  whenSv,
  type ImplementationPlanGroup,
  type ImplementationPlanRow,
} from './plan-rows.ts';
export { csvCell, neutraliseFormula, renderImplementationPlanCsv } from './plan-csv.ts';
export { renderImplementationPlanPdf } from './plan-pdf.ts';
export { renderImplementationPlanDocx } from './plan-docx.ts';
