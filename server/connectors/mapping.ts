// A connector's field mapping: which parts of a fetched JSON or CSV document are which KPI values.
// Runs on the server.
//
// JSON: {"kpis": {"<kpi id>": "<path>"}, "at"?: "<path>", "rows"?: "<path>"}. A path is dot-separated
// keys, numbers index arrays ("data.0.value"). Without `rows` the document yields one point per KPI;
// with `rows` (a path to an array) every element yields points, its `kpis`/`at` paths read from the
// element. CSV: {"kpis": {"<kpi id>": "<column>"}, "at"?: "<column>"}: every row yields points.
// A path that finds nothing is a MappingError naming the KPI; what it finds is checked by ingestion
// (shared/ingest.ts: numbers or numeric strings, `at` ISO 8601 or epoch ms, ranges, time window);
// without `at` the point is for the time of the poll.
import { z } from 'zod';
import { parseCsvRecords } from '../../shared/csv.ts';

/** A mapped point before validation: `value` and `at` as found in the source (ingestion checks them). */
export type RawPoint = { kpi: string; value: unknown; at?: unknown };

/** Deeper JSON than this is refused before it is parsed (a hostile source cannot blow the stack). */
export const MAX_JSON_DEPTH = 32;
const MAX_PATH_CHARS = 200;

const Path = z.string().min(1).max(MAX_PATH_CHARS);
export const Mapping = z.strictObject({
  kpis: z.record(z.string().min(1).max(100), Path).refine((k) => Object.keys(k).length > 0, 'no KPIs'),
  at: Path.optional(),
  rows: Path.optional(),
});
export type Mapping = z.infer<typeof Mapping>;

export class MappingError extends Error {
  override name = 'MappingError';
}

/** Parses a mapping's JSON text; throws MappingError with the first problem. */
export function parseMapping(text: string): Mapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MappingError('mapping is not JSON');
  }
  const r = Mapping.safeParse(json);
  if (!r.success) throw new MappingError(`mapping: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data;
}

/** Deepest array/object nesting of a JSON text, counted outside strings, stopping past `limit`. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return depth;
}

export function parseJsonBody(text: string): unknown {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new MappingError('JSON nested too deeply');
  try {
    return JSON.parse(text);
  } catch {
    throw new MappingError('malformed JSON');
  }
}

export function get(doc: unknown, path: string): unknown {
  let here = doc;
  for (const key of path.split('.')) {
    if (Array.isArray(here) && /^\d+$/.test(key)) here = here[Number(key)];
    else if (here !== null && typeof here === 'object' && Object.hasOwn(here, key)) {
      here = (here as Record<string, unknown>)[key];
    } else return undefined;
  }
  return here;
}

function pointsOf(read: (path: string) => unknown, m: Mapping, where: string): RawPoint[] {
  const found = (path: string, what: string) => {
    const v = read(path);
    if (v === undefined || v === null)
      throw new MappingError(`${where}${what}: nothing at ${path.slice(0, 60)}`);
    return v;
  };
  const at = m.at === undefined ? undefined : found(m.at, 'at');
  return Object.entries(m.kpis).map(([kpi, path]) => {
    const value = found(path, kpi);
    return at === undefined ? { kpi, value } : { kpi, value, at };
  });
}

export function mapJson(doc: unknown, m: Mapping): RawPoint[] {
  if (m.rows === undefined) return pointsOf((p) => get(doc, p), m, '');
  const rows = get(doc, m.rows);
  if (!Array.isArray(rows)) throw new MappingError('rows: not an array');
  return rows.flatMap((row, i) => pointsOf((p) => get(row, p), m, `row ${i + 1} `));
}

export function mapCsv(text: string, m: Mapping): RawPoint[] {
  const parsed = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) throw new MappingError(`malformed CSV: ${parsed.error} (line ${parsed.line})`);
  const [head, ...rows] = parsed.records.map((r) => r.map((f) => f.trim()));
  if (!head) throw new MappingError('CSV has no header');
  const wanted = [...Object.values(m.kpis), ...(m.at ? [m.at] : [])];
  const missing = wanted.find((c) => !head.includes(c));
  if (missing !== undefined) throw new MappingError(`CSV has no column ${missing.slice(0, 40)}`);
  return rows.flatMap((cells, i) => pointsOf((col) => cells[head.indexOf(col)], m, `row ${i + 2} `));
}
