// CSV writing for exports and open data (RFC 4180: quoted when needed, CRLF line ends). A cell that
// starts like a spreadsheet formula is prefixed with ' so opening the file never runs it.
// Runs on the server.
type CsvCell = string | number | null | undefined;

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: readonly CsvCell[]): string => `${cells.map(cell).join(',')}\r\n`;
export const csvText = (rows: readonly (readonly CsvCell[])[]): string => rows.map(csvLine).join('');
