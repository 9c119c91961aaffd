// Ingestion payloads for one organisation: JSON (one `{kpi, value, at?}` or an array of them) or CSV
// text (header `kpi,value,at`, `at` optional) → metric points, or errors naming the row and field.
// Every way in (push API, staff form, connectors, simulator) goes through these rules. Pure: the time
// is passed in. Runs on the server and the client.
import { parseCsvRecords } from './csv.ts';
import { type KpiRules, valueProblem } from './kpi.ts';

export const MAX_BATCH_POINTS = 1000;
/** A point may be this far ahead of the receiver's clock (clock skew), in ms. */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;
/** Points older than this (5 years) are rejected, in ms. */
export const MAX_AGE_MS = 5 * 365.25 * 24 * 3600_000;
/** At most this many errors are reported for one payload. */
export const MAX_REPORTED_ERRORS = 100;

export type IngestFormat = 'json' | 'csv';
export type IngestPoint = { kpi: string; value: number; at: number };
/** `row` is 1-based (CSV header excluded); 0 means the payload as a whole. */
export type IngestError = { row: number; field: 'body' | 'kpi' | 'value' | 'at'; message: string };
export type IngestResult = { ok: true; points: IngestPoint[] } | { ok: false; errors: IngestError[] };
export type IngestContext = { rules: ReadonlyMap<string, KpiRules>; nowMs: number };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const EPOCH_MS = /^\d{1,15}$/;

/** A number, or a string holding a plain decimal number (no thousands separators). */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const n = typeof raw === 'string' && NUMBER.test(raw.trim()) ? Number(raw.trim()) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** ISO 8601 (date, or date-time with a zone) or epoch milliseconds → epoch ms; undefined when invalid. */
export function parseTime(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (EPOCH_MS.test(s)) return Number(s);
  if (!ISO_TIME.test(s)) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) return undefined;
  // Date.parse rolls 2025-02-30 over into March: reject dates that do not exist.
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return day.getUTCMonth() === (m ?? 1) - 1 && day.getUTCDate() === d ? ms : undefined;
}

function checkPoint(row: number, raw: Record<string, unknown>, ctx: IngestContext, errors: IngestError[]) {
  const before = errors.length;
  const kpi = typeof raw.kpi === 'string' ? raw.kpi.trim() : '';
  const rules = ctx.rules.get(kpi);
  if (kpi === '') errors.push({ row, field: 'kpi', message: 'kpi is required' });
  else if (!rules) errors.push({ row, field: 'kpi', message: `unknown KPI "${kpi.slice(0, 80)}"` });
  const value = parseNumber(raw.value);
  if (value === undefined) errors.push({ row, field: 'value', message: 'value must be a number' });
  else if (rules) {
    const problem = valueProblem(rules, value);
    if (problem) errors.push({ row, field: 'value', message: problem });
  }
  const missingAt = raw.at === undefined || raw.at === null || raw.at === '';
  const at = missingAt ? ctx.nowMs : parseTime(raw.at);
  if (at === undefined)
    errors.push({
      row,
      field: 'at',
      message: 'at must be ISO 8601 (with a time zone) or epoch milliseconds',
    });
  else if (at > ctx.nowMs + MAX_FUTURE_SKEW_MS)
    errors.push({ row, field: 'at', message: 'at is in the future' });
  else if (at < ctx.nowMs - MAX_AGE_MS) errors.push({ row, field: 'at', message: 'at is over 5 years old' });
  if (errors.length > before || value === undefined || at === undefined) return undefined;
  return { kpi, value, at };
}

function checkRows(rows: Array<Record<string, unknown>>, ctx: IngestContext): IngestResult {
  if (rows.length === 0) return { ok: false, errors: [{ row: 0, field: 'body', message: 'no points' }] };
  if (rows.length > MAX_BATCH_POINTS) {
    const message = `batch too large: ${rows.length} points, at most ${MAX_BATCH_POINTS}`;
    return { ok: false, errors: [{ row: 0, field: 'body', message }] };
  }
  const errors: IngestError[] = [];
  const points: IngestPoint[] = [];
  rows.forEach((raw, i) => {
    const point = checkPoint(i + 1, raw, ctx, errors);
    if (point) points.push(point);
  });
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) }
    : { ok: true, points };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(payload: unknown, ctx: IngestContext): IngestResult {
  let value = payload;
  if (typeof payload === 'string') {
    try {
      value = JSON.parse(payload);
    } catch (e) {
      return {
        ok: false,
        errors: [{ row: 0, field: 'body', message: `malformed JSON: ${(e as Error).message}` }],
      };
    }
  }
  const list = Array.isArray(value) ? value : [value];
  const bad = list.findIndex((v) => !isRecord(v));
  if (list.length <= MAX_BATCH_POINTS && bad >= 0) {
    const message = 'expected an object {kpi, value, at?} or an array of them';
    return { ok: false, errors: [{ row: Array.isArray(value) ? bad + 1 : 0, field: 'body', message }] };
  }
  return checkRows(list as Array<Record<string, unknown>>, ctx);
}

function parseCsv(text: string, ctx: IngestContext): IngestResult {
  const fail = (row: number, message: string): IngestResult => ({
    ok: false,
    errors: [{ row, field: 'body', message: `malformed CSV: ${message}` }],
  });
  const parsed = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) return fail(Math.max(0, parsed.line - 1), parsed.error);
  const [header, ...rows] = parsed.records;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  if (!columns.includes('kpi') || !columns.includes('value'))
    return fail(0, 'the header must name the columns kpi,value and optionally at');
  const wrong = rows.findIndex((r) => r.length !== columns.length);
  if (wrong >= 0 && rows.length <= MAX_BATCH_POINTS)
    return fail(wrong + 1, `expected ${columns.length} fields, got ${rows[wrong]?.length}`);
  return checkRows(
    rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))),
    ctx,
  );
}

/** Validates one payload (parsed JSON or JSON text, or CSV text): all points, or every error found. */
export function parseIngest(payload: unknown, format: IngestFormat, ctx: IngestContext): IngestResult {
  if (format === 'json') return parseJson(payload, ctx);
  if (typeof payload !== 'string')
    return { ok: false, errors: [{ row: 0, field: 'body', message: 'CSV must be text' }] };
  return parseCsv(payload, ctx);
}
