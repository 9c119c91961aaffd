// Reads an uploaded XLSForm workbook (.xlsx bytes) with read-excel-file and turns it into a form
// definition (shared/pendataan/xlsform.ts), checking aggregate KPIs against the owning OPD. A file that
// is not a readable workbook is one error, never a throw. Runs on the server.
import readXlsxFile from 'read-excel-file/node';
import { checkDefinition } from '../../shared/pendataan/form.ts';
import { parseXlsform, type SheetRows, type XlsformResult } from '../../shared/pendataan/xlsform.ts';

/** Largest accepted workbook, bytes. */
export const MAX_XLSFORM_BYTES = 2 * 1024 * 1024;

export async function readXlsform(bytes: Buffer, kpis: ReadonlySet<string>): Promise<XlsformResult> {
  let sheets: SheetRows[];
  try {
    // Cells are read as string | number | boolean | Date | null (the library's documented values).
    sheets = (await readXlsxFile(bytes)) as SheetRows[];
  } catch (e) {
    const message = `not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, errors: [{ sheet: '', row: 0, column: '', message }] };
  }
  const parsed = parseXlsform(sheets);
  if (!parsed.ok) return parsed;
  const unknownKpi = checkDefinition(parsed.form, kpis);
  if (unknownKpi.length === 0) return parsed;
  return {
    ok: false,
    errors: unknownKpi.map((e) => ({
      sheet: 'aggregates',
      row: Number(e.field.split('.')[1] ?? -1) + 2,
      column: 'kpi',
      message: e.message,
    })),
  };
}
