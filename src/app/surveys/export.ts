/** Result exports: CSV (Excel-friendly: BOM, semicolons, decimal comma) and XLSX, from the suppressed, redacted results. */
import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { csvDocument } from '../../domain/csv.ts';
import { comparisonTable, resultTable, type Cell, type ExportTable } from '../../domain/surveys/export.ts';
import { slugify } from '../../domain/municipality/municipality.ts';
import { getSurveyResults } from './results.ts';
import { xlsxWorkbook } from './xlsx.ts';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Uint8Array;
}

const csvValue = (v: Cell): string => (typeof v === 'number' ? String(v).replace('.', ',') : (v ?? ''));

export function tableCsv(table: ExportTable): string {
  return csvDocument([table.header, ...table.rows].map((row) => row.map(csvValue)));
}

export async function exportResults(deps: Deps, actor: Actor, id: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  const staff = await getSurveyResults(deps, actor, id, 'all');
  const base = `enkat-${slugify(staff.title.sv) || 'resultat'}`;
  const main = resultTable(staff.results);
  if (format === 'csv') {
    return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: tableCsv(main) };
  }
  const tables = staff.comparison?.rows.length ? [main, comparisonTable(staff.comparison)] : [main];
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: xlsxWorkbook(tables),
  };
}
