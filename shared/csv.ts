// CSV text → records (RFC 4180: comma-separated, fields optionally quoted, "" escapes a quote, LF or
// CRLF line ends; blank lines skipped). Pure, runs on the server and the client.

/** The records of a CSV text, or the error and the 1-based line where it starts. */
export function parseCsvRecords(text: string): { records: string[][] } | { error: string; line: number } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      if (c === '\n') line++;
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === '"') return { error: 'quote inside an unquoted field', line };
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((f) => f !== '')) records.push(record);
      record = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) return { error: 'unterminated quoted field', line: quoteLine };
  record.push(field);
  if (record.some((f) => f !== '')) records.push(record);
  return { records };
}
