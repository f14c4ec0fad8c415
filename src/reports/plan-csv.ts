/**
 * The genomförandeplan as CSV for Excel as Swedish offices use it: UTF-8
 * with a byte order mark (so Excel reads å ä ö), semicolons (the comma is
 * the Swedish decimal mark), CRLF line ends.
 */
import type { PromiseSetDocument } from '../domain/promise-set.ts';
import { csvDocument } from '../domain/csv.ts';
import { PLAN_COLUMNS_SV, implementationPlanRows, rowCells } from './plan-rows.ts';

export { csvCell, neutraliseFormula } from '../domain/csv.ts';

export function renderImplementationPlanCsv(doc: PromiseSetDocument): string {
  return csvDocument([
    ['Fokusområde', ...PLAN_COLUMNS_SV],
    ...implementationPlanRows(doc).map((row) => [row.focusArea, ...rowCells(row)]),
  ]);
}
